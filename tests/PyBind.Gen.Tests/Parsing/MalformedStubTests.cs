using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Model;
using PyBind.Gen.Stubs;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Parsing;

/// <summary>Malformed stubs: a located PYB0005 for each problem, and the rest of the stub still bound.</summary>
public class MalformedStubTests
{
    private static Diagnostic SingleError(string body, out ParsedStub stub)
    {
        stub = TestStubs.Read(TestStubs.WithHeader("m", body), "/stubs/m.pyi");
        Diagnostic diagnostic = Assert.Single(stub.Diagnostics, d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error).ToDiagnostic();
        Assert.Equal("PYB0005", diagnostic.Id);
        Assert.Equal("/stubs/m.pyi", diagnostic.Location.GetLineSpan().Path);
        return diagnostic;
    }

    /// <summary>Line and column are 1-based in the body (as an editor shows them); the header is skipped.</summary>
    [Theory]
    [InlineData("def f(x: int -> None: ...\n", 1, 6, "'(' was never closed")]
    [InlineData("def f(x: int y: int) -> None: ...\n", 1, 14, "expected ')'")]
    [InlineData("def f(x: int) -> None ...\n", 1, 23, "expected ':'")]
    [InlineData("class A\n    x: int\n", 1, 8, "expected ':'")]
    [InlineData("def f(a=1, b): ...\n", 1, 12, "without a default follows")]
    [InlineData("def f(a, a): ...\n", 1, 10, "duplicate parameter 'a'")]
    [InlineData("def f(*, **k): ...\n", 1, 7, "named parameters must follow a bare '*'")]
    [InlineData("def f(**k, a): ...\n", 1, 12, "no parameter may follow")]
    [InlineData("x: int = 1 2\n", 1, 12, "expected end of line")]
    [InlineData("\n\n  x: int\n", 3, 1, "unexpected indent")]
    [InlineData("def f() -> None:\nx: int\n", 2, 1, "expected an indented block")]
    [InlineData("x: list[int\n", 1, 8, "'[' was never closed")]
    [InlineData("@typing.overload\nx: int\n", 2, 1, "expected 'def' or 'class' after a decorator")]
    [InlineData("x: int = lambda: 0\n", 1, 10, "a lambda is not allowed")]
    public void SyntaxError_IsReportedAtItsLineAndColumn(string body, int line, int column, string message)
    {
        Diagnostic diagnostic = SingleError(body, out _);

        LinePosition start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (start.Line + 1 - TestStubs.HeaderLines, start.Character + 1));
        Assert.Contains(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SyntaxError_CostsOnlyItsStatement()
    {
        SingleError("""
            def before() -> None: ...
            def broken(x: int -> None:
                "Docs."
                ...
            class Kept:
                def method(self) -> None: ...
            def after() -> None: ...
            """, out ParsedStub stub);

        Assert.Equal(["before", "after"], stub.Module!.Functions.Select(f => f.PythonName));
        Assert.Equal(["method"], Assert.Single(stub.Module.Classes).Methods.Select(m => m.PythonName));
    }

    [Fact]
    public void SyntaxErrorInsideAClass_CostsOnlyThatMember()
    {
        SingleError("class A:\n    def good(self) -> None: ...\n    def bad(self, -> None: ...\n    def also_good(self) -> None: ...\n", out ParsedStub stub);

        Assert.Equal(["good", "also_good"], Assert.Single(stub.Module!.Classes).Methods.Select(m => m.PythonName));
    }

    [Fact]
    public void MethodWithoutSelf_IsMalformed()
    {
        Diagnostic diagnostic = SingleError("class A:\n    def f() -> None: ...\n", out _);

        Assert.Contains("has no 'self' or 'cls' parameter", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void MalformedStringAnnotation_PointsAtTheString()
    {
        Diagnostic diagnostic = SingleError("x: 'list[int'\n", out _);

        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Contains("in the string annotation", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Input deep enough to exhaust the stack of a recursive parser (or of the recursive walks after it) is one
    /// located syntax error, never a crash of the compiler: a StackOverflowException cannot be caught.
    /// </summary>
    [Theory]
    [InlineData("brackets", 7, 1010)]
    [InlineData("parentheses", 1, 210)]
    [InlineData("signs", 1, 10)]
    [InlineData("attributes", 1, 4)]
    [InlineData("subscripts", 1, 4)]
    [InlineData("sums", 1, 10)]
    public void ExpressionNestedTooDeeply_IsASyntaxErrorOfItsStatement_NotAStackOverflow(string shape, int line, int column)
    {
        const int n = 100_000;
        string body = shape switch
        {
            "brackets" => "import typing\n\n\n\n\n\ndef f(x: " + Repeat("list[", 5000) + "int" + Repeat("]", 5000) + ") -> None: ...\n",
            "parentheses" => "X: int = " + Repeat("(", 5000) + "1" + Repeat(")", 5000) + "\n",
            "signs" => "X: int = " + Repeat("-", n) + "1\n",
            "attributes" => "Y: a" + Repeat(".b", n) + "\n",
            "subscripts" => "V: a" + Repeat("[0]", n) + "\n",
            _ => "W: int = 1" + Repeat(" + 1", n) + "\n",
        };

        Diagnostic diagnostic = SingleError(body + "def kept() -> None: ...\n", out ParsedStub stub);

        LinePosition start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (start.Line + 1 - TestStubs.HeaderLines, start.Character + 1));
        Assert.Contains("nested too deeply", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(["kept"], stub.Module!.Functions.Select(f => f.PythonName));
    }

    [Fact]
    public void ExpressionAtTheDepthLimit_IsAccepted()
    {
        int depth = PyiParser.MaxExpressionDepth - 1;
        ModuleSpec module = TestStubs.Module("def f(x: " + Repeat("list[", depth) + "int" + Repeat("]", depth) + ") -> None: ...\n");

        PyTypeSpec type = module.Functions.Single().Signatures.Single().Parameters.Single().Type;
        for (int i = 0; i < depth; i++)
        {
            type = Assert.IsType<PyClassType>(type).TypeArguments.Single();
        }

        Assert.Equal("int", type.Display);
    }

    [Fact]
    public void ALongUnion_IsNotADeepExpression()
    {
        ModuleSpec module = TestStubs.Module(string.Concat(Enumerable.Range(0, 5000).Select(i => $"class C{i}: ...\n"))
            + "def f(x: " + string.Join(" | ", Enumerable.Range(0, 5000).Select(i => $"C{i}")) + ") -> None: ...\n");

        PyUnionType union = Assert.IsType<PyUnionType>(module.Functions.Single().Signatures.Single().Parameters.Single().Type);
        Assert.Equal(5000, union.Members.Count);
        Assert.Equal("C4999", ((PyClassType)union.Members[4999]).QualifiedName);
    }

    [Fact]
    public void ClassesNestedMoreThanAHundredDeep_AreASyntaxErrorAtTheFirstTooDeepBlock()
    {
        var body = new System.Text.StringBuilder();
        for (int i = 0; i < 150; i++)
        {
            body.Append(' ', 4 * i).Append("class C").Append(i).Append(":\n");
        }

        body.Append(' ', 4 * 150).Append("x: int\n").Append("def kept() -> None: ...\n");
        Diagnostic diagnostic = SingleError(body.ToString(), out ParsedStub stub);

        // Line 102 is the first indented 101 levels deep.
        Assert.Equal(102, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1 - TestStubs.HeaderLines);
        Assert.Contains("too many levels of indentation", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(["kept"], stub.Module!.Functions.Select(f => f.PythonName));
        Assert.Equal("C0", Assert.Single(stub.Module.Classes).PythonName);
    }

    [Fact]
    public void AliasChainDeeperThanTheLimit_IsTypedAnyWithAnInfo_NotAStackOverflow()
    {
        string body = "import typing\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"A{i}: typing.TypeAlias = A{i + 1}\n"))
            + "A20000: typing.TypeAlias = int\ndef f(x: A0) -> A19990: ...\n";
        ParsedStub stub = TestStubs.Read(TestStubs.WithHeader("m", body), "/stubs/m.pyi");

        Assert.DoesNotContain(stub.Diagnostics, d => d.Descriptor.DefaultSeverity >= DiagnosticSeverity.Warning);
        Assert.Contains(stub.Diagnostics, d => d.Descriptor.Id == "PYB0009" && d.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture).Contains("nested more than 256 levels deep", System.StringComparison.Ordinal));
        SignatureSpec signature = stub.Module!.Functions.Single().Signatures.Single();
        Assert.Equal("int", ((PyAliasType)signature.ReturnType).Target is PyAliasType { Target: var inner } ? Unalias(inner).Display : null);
    }

    private static PyTypeSpec Unalias(PyTypeSpec type)
    {
        while (type is PyAliasType alias)
        {
            type = alias.Target;
        }

        return type;
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("\"\"\"")]
    [InlineData("class")]
    [InlineData("def f(")]
    [InlineData("@")]
    [InlineData("x: 'a' 'b' b'c'")]
    [InlineData("\t\t\tx: int\n  y: int\n")]
    [InlineData("def f(x: int = {'a': [1, (2,]}) -> None: ...")]
    public void ArbitraryInput_NeverThrows(string body)
    {
        ParsedStub stub = TestStubs.Read(TestStubs.WithHeader("m", body));

        Assert.NotNull(stub.Module);
        Assert.DoesNotContain(stub.Diagnostics, d => d.Descriptor.Id == "PYB0012");
    }
}
