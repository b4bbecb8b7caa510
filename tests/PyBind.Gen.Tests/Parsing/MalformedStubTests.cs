using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
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
