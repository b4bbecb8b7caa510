using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Emission;

/// <summary>
/// The C# signatures the planner and the type mapper choose, one rule per test, read from the compiled output
/// (<c>long F(long a, double? b = null)</c>, minimally qualified).
/// </summary>
public class SignatureTests
{
    private static readonly SymbolDisplayFormat s_format = SymbolDisplayFormat.MinimallyQualifiedFormat
        .WithParameterOptions(SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeParamsRefOut)
        .WithMemberOptions(SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType)
        .WithGenericsOptions(SymbolDisplayGenericsOptions.IncludeTypeParameters)
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static GeneratorHarness Bind(string body) =>
        GeneratorHarness.Create(["using PyBind;\nnamespace App;\n[PyImport(\"sig\")] public static partial class Sig;"], ("/stubs/sig.pyi", TestStubs.WithHeader("sig", "import collections.abc\nimport typing\n" + body)));

    private static string[] Signatures(GeneratorHarness harness, string name, string type = "App.Sig")
    {
        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        return harness.OutputCompilation.GetTypeByMetadataName(type)!.GetMembers(name).OfType<IMethodSymbol>()
            .Select(m => m.ToDisplayString(s_format))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    [Fact]
    public void ScalarsMapToTheirCSharpTypes_AndOptionalsAreNullable()
    {
        string[] signatures = Signatures(Bind("def f(a: int, b: float, c: str, d: bool, e: complex = ..., g: bytes | None = None) -> float: ..."), "F");

        Assert.Equal(["double F(long a, double b, string c, bool d, Complex? e = null, byte[]? g = null)"], signatures);
    }

    [Fact]
    public void OverloadsRequiringDifferentKeywords_AfterStarArgs_KeepEveryParameterOnce()
    {
        // xarray.plot.line: 'row' required in one overload, 'col' in the other; merging them sorted the optional
        // parameters over *args' place (CS0100: 'labels2' twice, args lost).
        string[] signatures = Signatures(Bind("""
            @typing.overload
            def line(darray: typing.Any, *args: typing.Any, row: int, col: int | None = None, _labels: bool = True, **kwargs: typing.Any) -> int: ...
            @typing.overload
            def line(darray: typing.Any, *args: typing.Any, row: int | None = None, col: int, _labels: bool = True, **kwargs: typing.Any) -> int: ...
            """), "Line");

        Assert.Equal(
            [
                "long Line(object? darray, long? row = null, IEnumerable<object?>? args = null, long? col = null, bool? labels = null, IEnumerable<KeyValuePair<string, object?>>? kwargs = null)",
                "long Line(object? darray, long? row = null, long? col = null, params object?[] args)",
            ],
            signatures);
    }

    [Fact]
    public void NestedClassDerivingFromALaterSibling_HidesItsCallWithNew()
    {
        // matplotlib.patches.BoxStyle: Roundtooth(Sawtooth) comes first, and both define __call__ (CS0108 without 'new').
        string[] signatures = Signatures(Bind("""
            class BoxStyle:
                class Roundtooth(sig.BoxStyle.Sawtooth):
                    def __call__(self, x0: float, y0: float) -> float: ...
                class Sawtooth:
                    def __call__(self, x0: float, y0: float) -> float: ...
            """), "Invoke", "App.Sig+BoxStyle+Roundtooth");

        Assert.Equal(["double Invoke(double x0, double y0)"], signatures);
    }

    [Fact]
    public void FunctionNamedMain_InAnExecutable_IsNoEntryPoint()
    {
        // flask.cli.main() bound as a static void Main() was a second entry point (CS0017); tqdm.main(fp=..., argv=None)
        // one with the wrong signature (CS0028).
        GeneratorHarness harness = Bind("""
            def main() -> None: ...
            class Command:
                @staticmethod
                def main(argv: list[str] | None = None) -> None: ...
            """);
        var executable = (CSharpCompilation)harness.OutputCompilation;
        executable = executable.WithOptions(executable.Options.WithOutputKind(OutputKind.ConsoleApplication))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("static class Program { static void Main() { } }"));

        Assert.Equal(["void Main_()"], Signatures(harness, "Main_"));
        Assert.Equal(["void Main_(IEnumerable<string>? argv = null)"], Signatures(harness, "Main_", "App.Sig+Command"));
        Assert.Empty(executable.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Fact]
    public void APositionalOnlyOverload_AndOneTakingStartAndStop_StayApart_WhereTheirTypesDiffer()
    {
        // numpy.arange: merged, the second argument of Arange(3, 7) went to the keyword-only `like`.
        string[] signatures = Signatures(Bind("""
            @typing.overload
            def arange(stop: int, /, *, like: list[int] | None = ...) -> list[int]: ...
            @typing.overload
            def arange(start: int, stop: int, step: int = ..., *, like: list[int] | None = ...) -> list[int]: ...
            """), "Arange");

        Assert.Equal(
            [
                "IList<long> Arange(long start, long stop, long? step = null, PyOptional<IEnumerable<long>?> like = default(PyOptional<IEnumerable<long>?>))",
                "IList<long> Arange(long stop, PyOptional<IEnumerable<long>?> like = default(PyOptional<IEnumerable<long>?>))",
            ],
            signatures);
    }

    [Fact]
    public void APositionalOnlyOverloadMergedWithALongerOne_TakesTheLongersNamesByPlace()
    {
        // numpy.arange's Any overloads: the positional-only `stop` is the longer overload's `start`; by name it took
        // the longer's `stop` too, and Arange(a, b) sent b as `step`.
        string[] signatures = Signatures(Bind("""
            @typing.overload
            def arange(stop: typing.Any, /, *, dtype: typing.Any) -> list[float]: ...
            @typing.overload
            def arange(start: typing.Any, stop: typing.Any, step: typing.Any = ..., dtype: typing.Any = ...) -> list[float]: ...
            """), "Arange");

        Assert.Equal(["IList<double> Arange(object? start, object? stop = null, object? step = null, object? dtype = null)"], signatures);
    }

    [Fact]
    public void AnOverloadWhoseFirstParameterIsKeywordOnly_TakesNoPositionalArgument_WhereAnotherOverloadDoes()
    {
        // arrow.get(*, locale=...) beside get(obj, /): Arrow.Get("2013-05-11") was get(locale="2013-05-11").
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"sig\")] public static partial class Sig;",
             "namespace App; static class Calls { static void M() { Sig.Get(\"2013-05-11\"); Sig.Get(5L); } }"],
            ("/stubs/sig.pyi", TestStubs.WithHeader("sig", """
                import typing
                @typing.overload
                def get(*, locale: str = ..., tz: str | None = None) -> int: ...
                @typing.overload
                def get(obj: typing.Any, /, *, locale: str = ...) -> int: ...
                """)));

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        SyntaxTree calls = harness.OutputCompilation.SyntaxTrees.Single(t => t.ToString().Contains("static class Calls", StringComparison.Ordinal));
        SemanticModel model = harness.OutputCompilation.GetSemanticModel(calls);
        string[] firstParameters = [.. calls.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
            .Select(call => ((IMethodSymbol)model.GetSymbolInfo(call).Symbol!).Parameters[0].Name)];
        Assert.Equal(["obj", "obj"], firstParameters);
    }

    [Fact]
    public void OverloadsMergedIntoAnOptionalTypeParameter_DefaultToPyOptional_NotToNull()
    {
        // attrs' field(): 'default' is None in one overload, _T | None in another, _T in a third (C# had T? = null: CS1750).
        string[] signatures = Signatures(Bind("""
            _T = typing.TypeVar('_T')

            @typing.overload
            def field(*, default: None = ..., factory: collections.abc.Callable[[], _T] | None = ...) -> typing.Any: ...
            @typing.overload
            def field(*, default: _T | None = ..., factory: collections.abc.Callable[[], _T] | None = ...) -> _T: ...
            @typing.overload
            def field(*, default: _T, factory: collections.abc.Callable[[], _T] | None = ...) -> _T: ...
            """), "Field");

        // Signatures() also checks that the binding compiles without errors or warnings. The first overload (returning Any)
        // stays apart from the two returning _T, which merge into one whose 'default' is a PyOptional.
        Assert.Equal(2, signatures.Length);
        Assert.Matches(@"^PyObject Field<T>\(PyOptional<Func<T>\?> factory = ", signatures[0]);
        Assert.Matches(@"^T Field<T>\(PyOptional<T\??> @default = default\(PyOptional<T\??>\), ", signatures[1]);
    }

    private const string DrawOverloads = """
        @typing.overload
        def draw(loc: float = ..., size: None = ...) -> float: ...
        @typing.overload
        def draw(loc: float | collections.abc.Sequence[float] = ..., size: int | None = ...) -> list[float]: ...
        """;

    [Fact]
    public void OverloadsACallCannotTellApart_ThatReturnDifferentTypes_StayApart_TheFirstInTheStubWinning()
    {
        // numpy.random.Generator.normal: a float without a size, an array with one. As Python picks the first overload
        // that matches, [OverloadResolutionPriority] picks the first C# method that applies.
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"sig\")] public static partial class Sig;",
             "namespace App; static class Calls { static void M() { double a = Sig.Draw(); double b = Sig.Draw(1.5); System.Collections.Generic.IList<double> c = Sig.Draw(1.5, size: 3); System.Collections.Generic.IList<double> d = Sig.Draw(new[] { 1.0, 2.0 }); } }"],
            ("/stubs/sig.pyi", TestStubs.WithHeader("sig", "import collections.abc\nimport typing\n" + DrawOverloads)));

        Assert.Equal(
            ["double Draw(double? loc = null)", "IList<double> Draw(double? loc = null, PyOptional<long?> size = default(PyOptional<long?>))", "IList<double> Draw(IEnumerable<double> loc, PyOptional<long?> size = default(PyOptional<long?>))"],
            Signatures(harness, "Draw").OrderBy(s => s.Length));
        Assert.Equal(["Draw(IEnumerable<double>, PyOptional<long?>): 0", "Draw(double?): 1", "Draw(double?, PyOptional<long?>): 0"], Priorities(harness, "Draw"));
        Assert.DoesNotContain(harness.GeneratorDiagnostics, d => d.Id == "PYB0009");
    }

    [Fact]
    public void OverloadsThatReturnDifferentTypes_Merge_WhereTheFirstIsWiderInCSharpThanInItsStub()
    {
        // scale: SupportsAbs[float] is object? in C#: the first overload would take the list meant for the second, and
        // convert the list Python returns to a double.
        GeneratorHarness harness = Bind("""
            @typing.overload
            def mag(x: float, scale: typing.SupportsAbs[float] = ...) -> float: ...
            @typing.overload
            def mag(x: float, scale: list[float] = ...) -> list[float]: ...
            """);

        Assert.All(Signatures(harness, "Mag"), s => Assert.StartsWith("PyObject Mag(double x", s, StringComparison.Ordinal));
        Diagnostic info = Assert.Single(harness.GeneratorDiagnostics, d => d.Id == "PYB0009");
        Assert.Contains("share one C# signature", info.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeCSharp13_OverloadsACallCannotTellApart_MergeAndReturnPyObject()
    {
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"sig\")] public static partial class Sig;"],
            GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp12),
            ("/stubs/sig.pyi", TestStubs.WithHeader("sig", "import collections.abc\nimport typing\n" + DrawOverloads)));

        Assert.Contains("PyObject Draw(double? loc = null, PyOptional<long?> size = default(PyOptional<long?>))", Signatures(harness, "Draw"));
        Diagnostic info = Assert.Single(harness.GeneratorDiagnostics, d => d.Id == "PYB0009");
        Assert.Contains("overloads returning double and System.Collections.Generic.IList<double> share one C# signature", info.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOptionalUnionOfContainersOrTuples_IsAMethodPerMember_NotObject()
    {
        // numpy's names= and out=: each member a C# type (string or strings, a pair or an int), every natural call compiling.
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"sig\")] public static partial class Sig;",
             "namespace App; static class Calls { static void M() { Sig.Pick(); Sig.Pick(null); Sig.Pick(\"a\"); Sig.Pick(new[] { \"a\", \"b\" }); Sig.Pick(new System.Collections.Generic.List<string>(), span: 3); Sig.Pick(span: (1, 2)); Sig.Pick(names: \"a\", span: 3); } }"],
            ("/stubs/sig.pyi", TestStubs.WithHeader("sig", "import collections.abc\nimport typing\ndef pick(names: str | collections.abc.Sequence[str] | None = None, span: tuple[int, int] | int | None = None) -> int: ...")));

        Assert.Equal(
            [
                "long Pick(IEnumerable<string>? names, (long, long)? span = null)",
                "long Pick(IEnumerable<string>? names, long? span)",
                "long Pick(long? span, string? names = null)",
                "long Pick(string? names = null, (long, long)? span = null)",
            ],
            Signatures(harness, "Pick"));
        Assert.DoesNotContain(harness.GeneratorDiagnostics, d => d.Id == "PYB0009");
    }

    [Fact]
    public void AnOptionalParameterThatTakesNone_ButDefaultsToSomethingElse_IsPyOptional()
    {
        string[] signatures = Signatures(Bind("def f(axis: int | None = 0, other: int | None = None) -> None: ..."), "F");

        Assert.Equal(["void F(PyOptional<long?> axis = default(PyOptional<long?>), long? other = null)"], signatures);
    }

    [Fact]
    public void OptionalPositionalOnlyParameters_BecomeOneOverloadPerArity()
    {
        string[] signatures = Signatures(Bind("def f(a: int, b: int = ..., c: str = ..., /, *, d: bool = ...) -> None: ..."), "F");

        Assert.Equal(
            ["void F(long a, bool? d = null)", "void F(long a, long b, bool? d = null)", "void F(long a, long b, string c, bool? d = null)"],
            signatures);
    }

    [Fact]
    public void ARequiredUnion_IsOneOverloadPerMember_AndAnOptionalOneKeepsItsFirstMemberOptional()
    {
        string[] required = Signatures(Bind("def f(x: int | str) -> None: ..."), "F");
        string[] optional = Signatures(Bind("def f(x: int, flags: int | bool = ...) -> None: ..."), "F");

        Assert.Equal(["void F(long x)", "void F(string x)"], required);
        Assert.Equal(["void F(long x, bool flags)", "void F(long x, long? flags = null)"], optional);
    }

    private const string UnionsWithNone = """
        def f(x: int | list[int] | None) -> int: ...
        def g(x: str | bytes | None, y: int) -> int: ...
        def h(x: int | float | None) -> int: ...
        def k(x: float | str | bytes | None = None) -> int: ...
        """;

    private const string NullForNone = """
        namespace App;
        static class UsesNone
        {
            static void M()
            {
                Sig.F(null); Sig.G(null, 1); Sig.H(null); Sig.K(null);
                Sig.F(2); Sig.F(new long[] { 1 }); Sig.H(2); Sig.H(2.5); Sig.G("a", 1); Sig.K(1.5); Sig.K("a");
            }
        }
        """;

    [Fact]
    public void AUnionWithNone_TakesANullLiteral_InTheFirstOverloadWhoseReferenceTypeTakesNone()
    {
        GeneratorHarness harness = Bind(UnionsWithNone).AddSource(NullForNone);

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        Assert.Equal(["F(IEnumerable<long>?): 1", "F(long?): 0"], Priorities(harness, "F"));
        Assert.Equal(["G(byte[]?, long): 0", "G(string?, long): 1"], Priorities(harness, "G"));
        Assert.Equal(["K(byte[]?): 0", "K(double?): 0", "K(string?): 1"], Priorities(harness, "K"));
    }

    [Fact]
    public void AnOverloadTakingOnlyNone_DoesNotOutrankTheOthers_ForArgumentsThatAreNotNull()
    {
        // babel's Locale.parse(identifier: None) -> None before parse(identifier: str | Locale) -> Locale: its object?
        // parameter, ranked up to carry null, took every argument, and Parse("de_AT") returned void.
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"sig\")] public static partial class Sig;",
             "namespace App; static class Calls { static void M(Sig.Locale l) { Sig.Locale.Parse(\"de_AT\"); Sig.Locale.Parse(l); Sig.Locale.Parse(null); } }"],
            ("/stubs/sig.pyi", TestStubs.WithHeader("sig", """
                import typing
                class Locale:
                    @typing.overload
                    @classmethod
                    def parse(cls, identifier: None, sep: str = ...) -> None: ...
                    @typing.overload
                    @classmethod
                    def parse(cls, identifier: str | Locale, sep: str = ...) -> Locale: ...
                """)));

        // null still compiles (no CS0121 between string and Locale): the first specific reference type carries it, with
        // C#'s nullable warning, as the None-only overload can no longer be ranked up.
        Assert.Equal(["CS8625"], harness.OutputProblems().Select(d => d.Id));
        SyntaxTree calls = harness.OutputCompilation.SyntaxTrees.Single(t => t.ToString().Contains("static class Calls", StringComparison.Ordinal));
        SemanticModel model = harness.OutputCompilation.GetSemanticModel(calls);
        string[] called = [.. calls.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
            .Select(call => ((IMethodSymbol)model.GetSymbolInfo(call).Symbol!).ToDisplayString(s_format))];
        Assert.Equal(
            ["Locale Parse(string identifier, string? sep = null)", "Locale Parse(Locale identifier, string? sep = null)",
             "Locale Parse(string identifier, string? sep = null)"],
            called);
    }

    [Fact]
    public void OnlyValueTypesTakingNone_AreLeftToCSharp_WhichPrefersTheNarrowerNumber()
    {
        GeneratorHarness harness = Bind(UnionsWithNone).AddSource(NullForNone);

        Assert.Equal(["H(double?): 0", "H(long?): 0"], Priorities(harness, "H"));
    }

    private static string[] Priorities(GeneratorHarness harness, string name) =>
        [.. harness.OutputCompilation.GetTypeByMetadataName("App.Sig")!.GetMembers(name).OfType<IMethodSymbol>()
            .Select(m => $"{m.Name}({string.Join(", ", m.Parameters.Select(p => p.Type.ToDisplayString(s_format)))}): {Priority(m)}")
            .Order(StringComparer.Ordinal)];

    private static int Priority(IMethodSymbol method) =>
        method.GetAttributes().SingleOrDefault(a => a.AttributeClass?.Name == "OverloadResolutionPriorityAttribute")?.ConstructorArguments[0].Value as int? ?? 0;

    [Fact]
    public void BeforeCSharp13_NoPriorityIsWritten_AndValueTypesStillTakeNull()
    {
        CSharpParseOptions csharp12 = GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp12);
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"sig\")] public static partial class Sig;", "namespace App; static class UsesNone { static void M() { Sig.H(null); Sig.F(2); Sig.H(2); } }"],
            csharp12,
            ("/stubs/sig.pyi", TestStubs.WithHeader("sig", "import collections.abc\nimport typing\n" + UnionsWithNone)));

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        Assert.DoesNotContain(harness.Result.GeneratedSources, s => s.SourceText.ToString().Contains("OverloadResolutionPriority", StringComparison.Ordinal));
    }

    [Fact]
    public void TypingExtensionsBuffer_IsTheBufferProtocol_WithoutADiagnostic()
    {
        // A stub made for Python 3.11 says typing_extensions.Buffer (collections.abc.Buffer from 3.12): a protocol, not a
        // typing.Buffer without a stub.
        GeneratorHarness harness = Bind("""
            import typing_extensions
            def view(data: typing_extensions.Buffer) -> typing_extensions.Buffer: ...
            def view_abc(data: collections.abc.Buffer) -> collections.abc.Buffer: ...
            def size(data: typing_extensions.Sequence[int]) -> typing_extensions.Literal[1, 2]: ...
            """);

        Assert.Equal(["PyObject View(object? data)"], Signatures(harness, "View"));
        Assert.Equal(["PyObject ViewAbc(object? data)"], Signatures(harness, "ViewAbc"));
        Assert.Equal(["long Size(IEnumerable<long> data)"], Signatures(harness, "Size"));
        Assert.DoesNotContain(harness.GeneratorDiagnostics, d => d.Id == "PYB0009");
    }

    [Fact]
    public void EveryMemberTypedLessPreciselyThanItsStub_HasAPYB0009SayingWhy()
    {
        GeneratorHarness harness = Bind("""
            import asyncio
            import numpy
            def fut(f: asyncio.Future[int]) -> int: ...
            def either(f: asyncio.Future[int] | int) -> int: ...
            def anything(x: asyncio.Future[int] | typing.Any) -> int: ...
            ORIGIN: numpy.ndarray[typing.Any, numpy.dtype[numpy.float64]]
            """);

        Assert.Equal(["long Fut(object? f)"], Signatures(harness, "Fut"));
        Assert.Equal(["long Anything(object? x)"], Signatures(harness, "Anything"));
        Dictionary<string, string> messages = harness.GeneratorDiagnostics.Where(d => d.Id == "PYB0009")
            .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(m => m.Split('\'')[1], StringComparer.Ordinal);
        Assert.Equal(["sig.ORIGIN", "sig.either", "sig.fut"], messages.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("'asyncio.Future' has no stub, so it is typed as object", messages["sig.fut"], StringComparison.Ordinal);
        Assert.Contains("'asyncio.Future' has no stub, so it is typed as object", messages["sig.either"], StringComparison.Ordinal);
        Assert.Contains("'numpy.ndarray' has no stub, so it is typed as PyObject ([PyImport(\"numpy\")] on a class of the project binds it)", messages["sig.ORIGIN"], StringComparison.Ordinal);
    }

    [Fact]
    public void OverloadsWithOneCSharpSignature_MergeIntoOne_ReturningPyObject_AndSaySo()
    {
        GeneratorHarness harness = Bind("""
            @typing.overload
            def f(x: int) -> int: ...
            @typing.overload
            def f(x: typing.SupportsIndex) -> str: ...
            """);

        Assert.Equal(["PyObject F(long x)"], Signatures(harness, "F"));
        Diagnostic info = Assert.Single(harness.GeneratorDiagnostics, d => d.Id == "PYB0009");
        Assert.Contains("'sig.f'", info.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("/stubs/sig.pyi", info.Location.GetLineSpan().Path);
    }

    [Fact]
    public void ALiteralThatSelectsAnOverload_IsRequiredThere_AndLeftOutOfTheOverloadThatOmittingItSelects()
    {
        string[] signatures = Signatures(Bind("""
            @typing.overload
            def f(x: int, full: typing.Literal[False] = ...) -> int: ...
            @typing.overload
            def f(x: int, full: typing.Literal[True] = ...) -> tuple[int, str]: ...
            """), "F");

        Assert.Equal(["(long, string) F(long x, bool full)", "long F(long x)"], signatures);
    }

    [Fact]
    public void FlagsThatEachSelectAnOverload_ShareOneMethod_AndOmittingThemSelectsTheFirst()
    {
        // numpy.unique's shape: return_index, return_inverse, return_counts each Literal[False] = ... or Literal[True] = ...
        // C# cannot tell (ar, bool a) from (ar, bool b), so the flags are one method's optional parameters returning
        // what any of them may (PyObject); omitting every flag is the first overload, typed. (Once, `c` alone was lost
        // and (ar, bool c) returned the (a, c) overload's 3-tuple for a 2-tuple.)
        GeneratorHarness harness = Bind("""
            from typing import Literal as L
            @typing.overload
            def u(ar: int, a: L[False] = ..., b: L[False] = ..., c: L[False] = ...) -> str: ...
            @typing.overload
            def u(ar: int, a: L[True] = ..., b: L[False] = ..., c: L[False] = ...) -> tuple[str, int]: ...
            @typing.overload
            def u(ar: int, a: L[False] = ..., b: L[True] = ..., c: L[False] = ...) -> tuple[str, float]: ...
            @typing.overload
            def u(ar: int, a: L[False] = ..., b: L[False] = ..., c: L[True] = ...) -> tuple[str, bytes]: ...
            @typing.overload
            def u(ar: int, a: L[True] = ..., b: L[True] = ..., c: L[False] = ...) -> tuple[str, int, float]: ...
            @typing.overload
            def u(ar: int, a: L[True] = ..., b: L[False] = ..., c: L[True] = ...) -> tuple[str, int, bytes]: ...
            @typing.overload
            def u(ar: int, a: L[False] = ..., b: L[True] = ..., c: L[True] = ...) -> tuple[str, float, bytes]: ...
            @typing.overload
            def u(ar: int, a: L[True] = ..., b: L[True] = ..., c: L[True] = ...) -> tuple[str, int, float, bytes]: ...
            """);
        harness.AddSource("""
            namespace Use;
            public static class Calls
            {
                public static string Plain() => App.Sig.U(1);
                public static PyBind.PyObject Counts() => App.Sig.U(1, c: true);
            }
            """);

        Assert.Equal(
            [
                "(string, long, double, byte[]) U(long ar, bool a, bool b, bool c)",
                "PyObject U(long ar, bool? a = null, bool? b = null, bool? c = null)",
                "string U(long ar)",
            ],
            Signatures(harness, "U"));
    }

    [Fact]
    public void ALiteralWithADefault_BeforeACatchAllOverload_IsWhatOmittingItSelects()
    {
        // pandas.read_csv: a required Literal[True] first (omitting it never selects that overload), then the overload
        // whose Literal[False] default omitting selects, then a catch-all taking any bool. Python takes the first overload
        // that matches, so a call without iterator or chunksize returns a DataFrame, not the catch-all's union.
        GeneratorHarness harness = Bind("""
            class Frame: ...
            class Reader: ...
            @typing.overload
            def read(path: str, *, sep: str = ..., iterator: typing.Literal[True], chunksize: int | None = ...) -> Reader: ...
            @typing.overload
            def read(path: str, *, sep: str = ..., iterator: bool = ..., chunksize: int) -> Reader: ...
            @typing.overload
            def read(path: str, *, sep: str = ..., iterator: typing.Literal[False] = ..., chunksize: None = ...) -> Frame: ...
            @typing.overload
            def read(path: str, *, sep: str = ..., iterator: bool = ..., chunksize: int | None = ...) -> Frame | Reader: ...
            """);
        harness.AddSource("""
            namespace Use;
            public static class Calls
            {
                public static void All()
                {
                    App.Sig.Frame frame = App.Sig.Read("a.csv");
                    App.Sig.Reader lines = App.Sig.Read("a.csv", iterator: true);
                    App.Sig.Reader chunks = App.Sig.Read("a.csv", chunksize: 10);
                }
            }
            """);

        Assert.Equal(
            [
                "Frame Read(string path, string? sep = null)",
                "PyObject Read(string path, string? sep = null, bool? iterator = null, PyOptional<long?> chunksize = default(PyOptional<long?>))",
                "Reader Read(string path, bool iterator, string? sep = null, PyOptional<long?> chunksize = default(PyOptional<long?>))",
                "Reader Read(string path, long chunksize, string? sep = null, bool? iterator = null)",
            ],
            Signatures(harness, "Read"));
    }

    [Fact]
    public void AModulesAliasOfAClass_IsAFactoryPerConstructor_ReturningTheClass()
    {
        // sympy.Matrix is MutableDenseMatrix (through MutableMatrix): Python calls the alias as the class, and C# has no
        // alias of a nested type, so the module gets a method per constructor. No factory where there is nothing to
        // construct (an exception, a private alias) or where the alias is the class's own C# name.
        GeneratorHarness harness = Bind("""
            class MutableDenseMatrix:
                def __init__(self, rows: list[list[int]]) -> None: ...
            class Failure(Exception): ...
            MutableMatrix: typing.TypeAlias = MutableDenseMatrix
            Matrix: typing.TypeAlias = MutableMatrix
            mutable_dense_matrix: typing.TypeAlias = MutableDenseMatrix
            Error: typing.TypeAlias = Failure
            _Private: typing.TypeAlias = MutableDenseMatrix
            """);
        harness.AddSource("""
            namespace Use;
            public static class Calls
            {
                public static App.Sig.MutableDenseMatrix Make() => App.Sig.Matrix(new long[][] { [1, 2], [3, 4] });
            }
            """);

        Assert.Equal(["MutableDenseMatrix Matrix(IEnumerable<IEnumerable<long>> rows)"], Signatures(harness, "Matrix"));
        Assert.Equal(["MutableDenseMatrix MutableMatrix(IEnumerable<IEnumerable<long>> rows)"], Signatures(harness, "MutableMatrix"));
        INamedTypeSymbol module = harness.OutputCompilation.GetTypeByMetadataName("App.Sig")!;
        Assert.Empty(module.GetMembers("Error"));
        Assert.Empty(module.GetMembers("Private"));
        Assert.Empty(module.GetMembers("MutableDenseMatrix_"));
        string doc = module.GetMembers("Matrix").Single().GetDocumentationCommentXml()!;
        Assert.Contains("Python's <c>sig.Matrix</c> is the class <c>sig.MutableDenseMatrix</c>", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void StringLiteralParameters_OfferTheirValuesAsConstants_AndStillTakeAPlainString()
    {
        GeneratorHarness harness = Bind("""
            _NormKind: typing.TypeAlias = typing.Literal[None, 'backward', 'ortho', 'forward']
            def fft(a: int, norm: _NormKind = None) -> int: ...
            def ifft(a: int, norm: typing.Literal['backward', 'ortho', 'forward'] | None = None) -> int: ...
            def pick(side: typing.Literal['left', 'right'] = 'left') -> int: ...
            def codes(c: typing.Literal['<f8', '>f8']) -> int: ...
            """);
        harness.AddSource("""
            namespace Use;
            public static class Calls
            {
                public static void All()
                {
                    App.Sig.Fft(1, norm: App.Sig.Literals.NormKind.Ortho);
                    App.Sig.Fft(1, norm: "ortho");
                    App.Sig.Ifft(1, App.Sig.Literals.NormKind.Forward);
                    App.Sig.Pick(side: App.Sig.Literals.Side.Right);
                    App.Sig.Codes("<f8");
                }
            }
            """);

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        INamedTypeSymbol literals = harness.OutputCompilation.GetTypeByMetadataName("App.Sig+Literals")!;
        // One class per distinct set of values (fft's alias and ifft's inline Literal are one), none for values that
        // are no identifiers.
        Assert.Equal(["NormKind", "Side"], literals.GetTypeMembers().Select(t => t.Name));
        Assert.Equal([("Backward", "backward"), ("Ortho", "ortho"), ("Forward", "forward")],
            literals.GetTypeMembers("NormKind").Single().GetMembers().OfType<IFieldSymbol>().Select(f => (f.Name, (string)f.ConstantValue!)));
        string doc = harness.OutputCompilation.GetTypeByMetadataName("App.Sig")!.GetMembers("Fft").Single().GetDocumentationCommentXml()!;
        Assert.Contains("One of \"backward\", \"ortho\", \"forward\"", doc, StringComparison.Ordinal);
        Assert.Contains("cref=\"T:App.Sig.Literals.NormKind\"", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeVariablesInParameters_AreInferredTypeParameters()
    {
        string[] first = Signatures(Bind("T = typing.TypeVar('T')\ndef first(items: collections.abc.Iterable[T]) -> T: ..."), "First");
        string[] apply = Signatures(Bind("T = typing.TypeVar('T')\nS = typing.TypeVar('S')\ndef apply(f: collections.abc.Callable[[T], S], x: T) -> S: ..."), "Apply");

        Assert.Equal(["T First<T>(IEnumerable<T> items)"], first);
        Assert.Equal(["T2 Apply<T, T2>(Func<T, T2> f, T x)"], apply);
    }

    [Fact]
    public void AConstrainedTypeVariable_IsOneOverloadPerConstraint()
    {
        string[] signatures = Signatures(Bind("N = typing.TypeVar('N', int, float)\ndef mean(data: collections.abc.Iterable[N]) -> N: ..."), "Mean");

        Assert.Equal(["double Mean(IEnumerable<double> data)", "long Mean(IEnumerable<long> data)"], signatures);
    }

    [Fact]
    public void ContainersAreInterfaces_ParametersCopyInResultsAreLive()
    {
        string[] signatures = Signatures(Bind("def f(a: list[int], b: dict[str, float], c: set[str], d: tuple[int, str], e: tuple[float, ...]) -> list[str]: ...\ndef g() -> dict[str, list[int]]: ...\ndef h() -> collections.abc.Iterator[int]: ..."), "F")
            .Concat(Signatures(Bind("def g() -> dict[str, list[int]]: ..."), "G"))
            .Concat(Signatures(Bind("def h() -> collections.abc.Iterator[int]: ..."), "H"))
            .ToArray();

        Assert.Equal(
            [
                "IList<string> F(IEnumerable<long> a, IEnumerable<KeyValuePair<string, double>> b, IEnumerable<string> c, (long, string) d, IEnumerable<double> e)",
                "IDictionary<string, IList<long>> G()",
                "PyIterator<long> H()",
            ],
            signatures);
    }

    [Fact]
    public void OnlyCoroutinesAwaitablesAndClassesWithAwait_AreAwaitable()
    {
        GeneratorHarness harness = Bind("""
            async def c(x: int) -> str: ...
            def a() -> collections.abc.Awaitable[float]: ...
            def p() -> typing.Any: ...
            class Future:
                def __await__(self) -> collections.abc.Generator[typing.Any, None, int]: ...
            class Plain:
                def get(self) -> int: ...
            """);
        Assert.Equal(["Task<string> C(long x, CancellationToken cancellationToken = default(CancellationToken))"], Signatures(harness, "C"));
        Assert.Equal(["Task<double> A(CancellationToken cancellationToken = default(CancellationToken))"], Signatures(harness, "A"));
        Assert.Equal(["TaskAwaiter<long> GetAwaiter()"], Signatures(harness, "GetAwaiter", "App.Sig+Future"));

        const string uses = """
            using System.Threading.Tasks;
            public static class Uses
            {
                public static async Task<long> Awaitables(App.Sig.Future future) => (await App.Sig.C(1)).Length + (long)await App.Sig.A() + await future;
                public static async Task NotAwaitable(PyBind.PyObject any, App.Sig.Plain plain) { await any; await plain; await App.Sig.P(); }
            }
            """;
        Compilation compilation = harness.OutputCompilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(uses, GeneratorHarness.ParseOptions, path: "/src/Uses.cs"));
        string[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id + " " + (d.Location.GetLineSpan().StartLinePosition.Line + 1)).ToArray();
        // Line 5: each of the three awaits of a plain PyObject, a class without __await__ and an Any result fails.
        Assert.Equal(["CS1061 5", "CS1061 5", "CS1061 5"], errors);
    }

    [Fact]
    public void VarargsAndKwargs_AreParamsAndAnOptionalDictionary()
    {
        string[] signatures = Signatures(Bind("def f(first: str, *rest: str, sep: str = ..., **options: int) -> str: ..."), "F");

        Assert.Equal(
            [
                "string F(string first, IEnumerable<string>? rest = null, string? sep = null, IEnumerable<KeyValuePair<string, long>>? options = null)",
                "string F(string first, params string[] rest)",
            ],
            signatures);
    }

    [Fact]
    public void ACallbackReturningAnAwaitable_TakesAnAsyncLambda()
    {
        GeneratorHarness harness = Bind("""
            async def gather(fetch: collections.abc.Callable[[str], collections.abc.Awaitable[float]], keys: list[str]) -> float: ...
            def run(job: collections.abc.Callable[[], collections.abc.Coroutine[typing.Any, typing.Any, None]]) -> None: ...
            """);

        Assert.Equal(["Task<double> Gather(Func<string, Task<double>> fetch, IEnumerable<string> keys, CancellationToken cancellationToken = default(CancellationToken))"], Signatures(harness, "Gather"));
        Assert.Equal(["void Run(Func<Task> job)"], Signatures(harness, "Run"));
    }

    [Fact]
    public void ACoroutine_IsATask_WithACancellationToken()
    {
        GeneratorHarness harness = Bind("async def fetch(url: str) -> bytes: ...\nasync def ping() -> None: ...");

        Assert.Equal(["Task<byte[]> Fetch(string url, CancellationToken cancellationToken = default(CancellationToken))"], Signatures(harness, "Fetch"));
        Assert.Equal(["Task Ping(CancellationToken cancellationToken = default(CancellationToken))"], Signatures(harness, "Ping"));
    }

    [Fact]
    public void ACoroutine_WithoutTheRuntimesAwaiting_IsAPyObject_AndSaysWhy()
    {
        // A runtime without PyObject.AsTask (before the interop branch) is detected from the compilation; the emitter
        // is driven directly here with that feature off.
        var stub = Stubs.StubReader.Read("/stubs/sig.pyi", Microsoft.CodeAnalysis.Text.SourceText.From(TestStubs.WithHeader("sig", "async def fetch(url: str) -> bytes: ...")), System.Threading.CancellationToken.None);
        var index = StubIndex.Create([stub], System.Threading.CancellationToken.None);
        var target = new PyBind.Gen.Model.TargetTypeSpec("App", global::PyBind.Gen.Helpers.EquatableArray<PyBind.Gen.Model.ContainingTypeSpec>.Empty, "Sig", global::PyBind.Gen.Helpers.EquatableArray<string>.Empty, Accessibility.Public, "App.Sig");
        BindingCatalog catalog = BindingCatalog.Create([new BindingTarget(target, "sig")], index, System.Threading.CancellationToken.None);
        var binding = new PyBind.Gen.Model.BindingSpec(target, catalog.Trees[0].Modules, catalog.Environment, PyBind.Gen.Model.RuntimeFeatures.None);

        PyBind.Gen.Model.GeneratedBinding generated = Emit.BindingEmitter.Emit(binding, System.Threading.CancellationToken.None);

        Assert.Contains("public static global::PyBind.PyObject Fetch(string url)", generated.Files[0].Text.ToString(), StringComparison.Ordinal);
        Assert.Contains(generated.Diagnostics, d => d.Descriptor.Id == "PYB0009" && string.Join(" ", d.MessageArgs).Contains("AsTask", StringComparison.Ordinal));
    }

    [Fact]
    public void AnythingUnknown_IsObjectInAndPyObjectOut()
    {
        string[] signatures = Signatures(Bind("def f(x: typing.Any, y: object) -> typing.Any: ..."), "F");

        Assert.Equal(["PyObject F(object? x, object? y)"], signatures);
    }

    [Fact]
    public void ClassesBecomeWrappers_WithConstructorsPropertiesAndOperators()
    {
        GeneratorHarness harness = Bind("""
            class Vec:
                x: float
                def __init__(self, x: float) -> None: ...
                def __add__(self, other: Vec) -> Vec: ...
                def __neg__(self) -> Vec: ...
                def __len__(self) -> int: ...
                def norm(self) -> float: ...
            def make(x: float) -> Vec: ...
            """);
        INamedTypeSymbol vec = harness.OutputCompilation.GetTypeByMetadataName("App.Sig+Vec")!;

        Assert.Equal("PyObject", vec.BaseType!.Name);
        Assert.Equal(["Vec Make(double x)"], Signatures(harness, "Make"));
        Assert.Equal(["double Norm()"], Signatures(harness, "Norm", "App.Sig+Vec"));
        Assert.Contains(vec.Constructors, c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.Single().Type.SpecialType == SpecialType.System_Double);
        Assert.Equal(["Vec operator +(Vec left, Vec right)", "Vec operator -(Vec value)"], Signatures(harness, "op_Addition", "App.Sig+Vec").Concat(Signatures(harness, "op_UnaryNegation", "App.Sig+Vec")));
        Assert.Single(vec.GetMembers("X").OfType<IPropertySymbol>(), p => p.SetMethod is not null);
    }

    [Fact]
    public void ClassWithoutInit_IsConstructedAsTheFirstBaseInItsMethodOrderThatDeclaresOne()
    {
        // cachetools.LRUCache(Cache) declares no __init__: Python calls Cache.__init__, but C# inherits no constructor, so
        // LRUCache could not be made. Python's method order decides: Both(Mixin, Sized) is made by Sized.__init__, the first
        // in its order that declares one. SHA256 gets none: its bases declare none up to its root (object() or a type
        // refusing instances: a stub cannot tell).
        GeneratorHarness harness = Bind("""
            class Cache:
                def __init__(self, maxsize: float) -> None: ...
            class LRUCache(Cache): ...
            class HashAlgorithm: ...
            class SHA256(HashAlgorithm): ...
            class Sized:
                def __init__(self, size: int) -> None: ...
            class Mixin: ...
            class Both(Mixin, Sized): ...
            """);
        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));

        string[] Constructors(string type) => harness.OutputCompilation.GetTypeByMetadataName(type)!.Constructors
            .Where(c => c.DeclaredAccessibility == Accessibility.Public).Select(c => c.ToDisplayString(s_format)).ToArray();
        Assert.Equal(["LRUCache(double maxsize)"], Constructors("App.Sig+LRUCache"));
        Assert.Empty(Constructors("App.Sig+SHA256"));
        Assert.Equal(["Both(long size)"], Constructors("App.Sig+Both"));
    }
}
