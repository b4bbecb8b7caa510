using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Diagnostics;

/// <summary>
/// Python's spelling of a bound name, written where C# wants its own (PYB0013–PYB0015): reported by the analyzer at
/// the name, with the C# spelling the generator gave it; nothing for correct code or for other types' errors.
/// </summary>
public class PythonNameAnalyzerTests
{
    private const string Targets = """
        using PyBind;
        namespace App;
        [PyImport("numpy")] public static partial class Np;
        [PyImport("json")] public static partial class Json;
        """;

    /// <summary>numpy and json bound from the committed stubs, as a user's project binds them.</summary>
    private static readonly Lazy<GeneratorHarness> s_numpy = new(() => GeneratorHarness.Create([Targets], StubsCache.All()));

    /// <summary>A module of the brief's cases: cv2's constants, a frame's methods, a bag whose count() the collision rule renames.</summary>
    internal static readonly (string Path, string Text) Cv2Stub = ("/stubs/cv2.pyi", TestStubs.WithHeader("cv2", """
        COLOR_BGR2GRAY: int
        def imread(filename: str, flags: int = ...) -> frame: ...
        def imwrite(filename: str, img: frame, **params: int) -> bool: ...
        class frame:
            def groupby(self, by: str, sort_keys: bool = ...) -> frame: ...
        class bag:
            def count(self, value: int) -> int: ...
        """));

    private static ImmutableArray<Diagnostic> Spellings(GeneratorHarness harness) =>
        [.. harness.AnalyzerDiagnostics().Where(d => d.Id is "PYB0013" or "PYB0014" or "PYB0015").OrderBy(d => d.Location.SourceSpan.Start)];

    /// <summary>What the analyzer reports on the numpy and json bindings with one more file, <c>class Use</c> around <paramref name="body"/>.</summary>
    private static ImmutableArray<Diagnostic> NumpySpellings(string body) =>
        [.. s_numpy.Value.OutputCompilation
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(Use("", body), GeneratorHarness.ParseOptions, path: "/src/Use.cs"))
            .WithAnalyzers([new PythonNameAnalyzer()])
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .OrderBy(d => d.Location.SourceSpan.Start)];

    /// <summary>A file of user code: <paramref name="body"/> in a method taking <paramref name="parameters"/>.</summary>
    internal static string Use(string parameters, string body) =>
        "using System.Collections.Generic;\nnamespace App;\nclass Use\n{\n    void M(" + parameters + ")\n    {\n        " + body + "\n    }\n}\n";

    internal static GeneratorHarness Cv2(string body) =>
        GeneratorHarness.Create(["using PyBind;\nnamespace App;\n[PyImport(\"cv2\")] public static partial class Cv2;", Use("Cv2.Frame df, Cv2.Bag bag", body)], Cv2Stub);

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static string Read(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    [Fact]
    public void PythonConstantName_IsPYB0013AtTheName_WithTheCSharpName()
    {
        GeneratorHarness harness = Cv2("var code = Cv2.COLOR_BGR2GRAY;");

        Diagnostic diagnostic = Assert.Single(Spellings(harness));
        Assert.Equal("PYB0013", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("COLOR_BGR2GRAY", Read(diagnostic));
        Assert.Equal("/src/Source1.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(6, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("'COLOR_BGR2GRAY' is Python's name; in C# it is 'ColorBgr2gray' (Cv2.ColorBgr2gray)", Message(diagnostic));
        Assert.Equal("ColorBgr2gray", diagnostic.Properties[PyBind.Gen.Diagnostics.DiagnosticDescriptors.CSharpNameProperty]);
    }

    [Fact]
    public void PythonMethodNameOnAnInstance_IsPYB0013NamingTheClass()
    {
        GeneratorHarness harness = Cv2("using var grouped = df.groupby(\"a\");");

        Diagnostic diagnostic = Assert.Single(Spellings(harness));
        Assert.Equal("groupby", Read(diagnostic));
        Assert.Equal("'groupby' is Python's name; in C# it is 'Groupby' (Cv2.Frame.Groupby)", Message(diagnostic));
    }

    [Fact]
    public void PythonMethodNameAfterConditionalAccess_IsPYB0013()
    {
        GeneratorHarness harness = Cv2("using var grouped = df?.Groupby(\"a\")?.groupby(\"b\");\nlong? n = bag?.count(1);");

        Assert.Equal(
            [(6, 46, "Groupby"), (7, 15, "Count_")],
            Spellings(harness).Select(d => (d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character, d.Properties[PyBind.Gen.Diagnostics.DiagnosticDescriptors.CSharpNameProperty])));
    }

    [Fact]
    public void MethodTheCollisionRuleRenamed_IsFoundUnderItsSuffix()
    {
        GeneratorHarness harness = Cv2("long n = bag.count(3);");

        Diagnostic diagnostic = Assert.Single(Spellings(harness));
        Assert.Equal("'count' is Python's name; in C# it is 'Count_' (Cv2.Bag.Count_)", Message(diagnostic));
    }

    [Fact]
    public void PythonKeywordArgument_IsPYB0014AtTheArgumentName()
    {
        GeneratorHarness harness = Cv2("using var grouped = df.Groupby(\"a\", sort_keys: true);");

        Diagnostic diagnostic = Assert.Single(Spellings(harness));
        Assert.Equal("PYB0014", diagnostic.Id);
        Assert.Equal("sort_keys", Read(diagnostic));
        Assert.Equal("'sort_keys' is Python's name; in C# the parameter is 'sortKeys' (Cv2.Frame.Groupby(sortKeys: ...))", Message(diagnostic));
        Assert.Equal("sortKeys", diagnostic.Properties[PyBind.Gen.Diagnostics.DiagnosticDescriptors.CSharpNameProperty]);
    }

    [Fact]
    public void PythonNameAndKeywordInOneCall_AreBothReported()
    {
        GeneratorHarness harness = Cv2("using var image = Cv2.imread(\"a.png\", flags: 0);\nusing var grouped = Cv2.Imread(\"a.png\").groupby(\"a\", sort_keys: true);");

        Assert.Equal(["imread", "groupby"], Spellings(harness).Select(Read));
    }

    [Fact]
    public void NumpyLinspace_IsPYB0013WithLinspace()
    {
        ImmutableArray<Diagnostic> diagnostics = NumpySpellings("using var a = Np.linspace(0.0, 1.0, num: 5);");

        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("linspace", Read(diagnostic));
        Assert.Equal("'linspace' is Python's name; in C# it is 'Linspace' (Np.Linspace)", Message(diagnostic));
    }

    [Fact]
    public void NumpySubmodule_IsPYB0013WithTheNestedClass()
    {
        Diagnostic diagnostic = Assert.Single(NumpySpellings("using var inverse = Np.linalg.Inv(new double[,] { { 1, 0 }, { 0, 1 } });"));

        Assert.Equal("'linalg' is Python's name; in C# it is 'Linalg' (Np.Linalg)", Message(diagnostic));
    }

    [Theory]
    [InlineData("nan")]
    [InlineData("NAN")]
    public void NumpyConstantsThatCollide_AreToldApartByTheirPythonNames(string typed)
    {
        Compilation compilation = s_numpy.Value.OutputCompilation;
        INamedTypeSymbol np = compilation.GetTypeByMetadataName("App.Np")!;
        // numpy has NaN, NAN and nan: NaN keeps its spelling, the other two are renamed in ordinal order.
        string expected = np.GetMembers().Single(m => m.Name.StartsWith("Nan_", StringComparison.Ordinal)
            && m.GetDocumentationCommentXml()!.Contains($"<c>numpy.{typed}</c>", StringComparison.Ordinal)).Name;

        Diagnostic diagnostic = Assert.Single(NumpySpellings($"double x = Np.{typed};"));

        Assert.Equal($"'{typed}' is Python's name; in C# it is '{expected}' (Np.{expected})", Message(diagnostic));
    }

    [Fact]
    public void NumpyKeywordArgument_IsPYB0014()
    {
        Diagnostic diagnostic = Assert.Single(NumpySpellings("using var rows = Np.Loadtxt(\"data.txt\", max_rows: 3);"));

        Assert.Equal("PYB0014", diagnostic.Id);
        Assert.Equal("'max_rows' is Python's name; in C# the parameter is 'maxRows' (Np.Loadtxt(maxRows: ...))", Message(diagnostic));
    }

    [Fact]
    public void KeywordOnlyKwargsTakes_IsPYB0015WithHowToPassIt()
    {
        Diagnostic diagnostic = Assert.Single(NumpySpellings("string s = Json.Dumps(1, spam: 1);"));

        Assert.Equal("PYB0015", diagnostic.Id);
        Assert.Equal("spam", Read(diagnostic));
        Assert.Equal("'spam' is not a parameter of 'Json.Dumps': Python's **kwargs go in its 'kwds' dictionary, as kwds: new Dictionary<string, object?> { [\"spam\"] = value }", Message(diagnostic));
    }

    [Fact]
    public void KeywordOnlyTypedKwargsTakes_IsPYB0015WithItsValueType()
    {
        Diagnostic diagnostic = Assert.Single(Spellings(Cv2("bool written = Cv2.Imwrite(\"a.png\", df, quality: 90);")));

        Assert.Equal("'quality' is not a parameter of 'Cv2.Imwrite': Python's **kwargs go in its '@params' dictionary, as @params: new Dictionary<string, long> { [\"quality\"] = value }", Message(diagnostic));
    }

    [Fact]
    public void WellSpelledCalls_ReportNothing()
    {
        Assert.Empty(NumpySpellings("using var a = Np.Linspace(0.0, 1.0, num: 5);\nstring s = Json.Dumps(1, sortKeys: true, kwds: new Dictionary<string, object?> { [\"spam\"] = 1 });\ndouble n = Np.NaN;"));
    }

    [Fact]
    public void ErrorsOnOtherTypesAndNamesNoBindingHas_ReportNothing()
    {
        ImmutableArray<Diagnostic> diagnostics = NumpySpellings(
            "int a = \"s\".lenght;\ndouble b = System.Math.sqrt(2.0);\nSystem.Console.WriteLine(valeu: 1);\nvar c = Np.no_such_function(1);\nusing var d = Np.Linspace(0.0, 1.0, no_such_parameter: 5);");

        Assert.Empty(diagnostics);
    }
}
