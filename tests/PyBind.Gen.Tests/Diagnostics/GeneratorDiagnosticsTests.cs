using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Diagnostics;

/// <summary>What a user sees for each mistake: the PYB diagnostic, where it points, and no crash.</summary>
public class GeneratorDiagnosticsTests
{
    private static Diagnostic SingleDiagnostic(GeneratorHarness harness, string id)
    {
        Diagnostic diagnostic = Assert.Single(harness.GeneratorDiagnostics, d => d.Id == id);
        Assert.DoesNotContain(harness.GeneratorDiagnostics, d => d.Id == "PYB0012");
        return diagnostic;
    }

    [Fact]
    public void ValidBinding_ReportsNothing_AndTheOutputCompiles()
    {
        GeneratorHarness harness = GeneratorHarness.Create([Sources.MathBinding, Sources.StatisticsBinding], Sources.MathStub, Sources.StatisticsStub);

        Assert.Empty(harness.GeneratorDiagnostics);
        Assert.Equal(["App.PyMath.g.cs", "App.Stats.g.cs"], harness.Result.GeneratedSources.Select(s => s.HintName).Order());
        Assert.Empty(harness.OutputProblems());
    }

    [Fact]
    public void MalformedBoundStub_IsPYB0005InTheStubFile()
    {
        (string path, string text) = Sources.MathStub;
        GeneratorHarness harness = GeneratorHarness.Create([Sources.MathBinding], (path, text + "def broken(x: int) -> None\n"));

        Diagnostic diagnostic = SingleDiagnostic(harness, "PYB0005");
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(text.Count(c => c == '\n'), span.StartLinePosition.Line);
        Assert.Single(harness.Result.GeneratedSources);
    }

    /// <summary>Two overloads that one C# signature cannot tell apart: writing merges them and reports PYB0009.</summary>
    private const string DegradedMembersStub = """
        import typing

        class Box:
            @typing.overload
            def get(self, x: int) -> int: ...
            @typing.overload
            def get(self, x: typing.SupportsIndex) -> str: ...

        @typing.overload
        def pick(x: int) -> int: ...
        @typing.overload
        def pick(x: typing.SupportsIndex) -> str: ...
        """;

    [Theory]
    [InlineData("'places.pick'", "def pick(x: int) -> int: ...", "pick")]
    [InlineData("'places.Box.get'", "    def get(self, x: int) -> int: ...", "get")]
    public void MemberDegradedWhileWriting_IsPYB0009OnItsFirstDefinitionInTheStub(string member, string line, string name)
    {
        string stub = TestStubs.WithHeader("places", DegradedMembersStub);
        GeneratorHarness harness = GeneratorHarness.Create(["using PyBind;\nnamespace App;\n[PyImport(\"places\")] public static partial class Places;"], ("/stubs/places.pyi", stub));

        Diagnostic info = Assert.Single(harness.GeneratorDiagnostics, d => d.Id == "PYB0009" && d.GetMessage(CultureInfo.InvariantCulture).Contains(member, StringComparison.Ordinal));
        FileLinePositionSpan span = info.Location.GetLineSpan();
        Assert.Equal("/stubs/places.pyi", span.Path);
        Assert.Equal(Array.IndexOf(stub.Split('\n'), line), span.StartLinePosition.Line);
        Assert.Equal(name, stub.Substring(info.Location.SourceSpan.Start, info.Location.SourceSpan.Length));
        Assert.Equal(line.IndexOf(name, StringComparison.Ordinal), span.StartLinePosition.Character);
    }

    [Fact]
    public void UnsupportedDialect_IsPYB0006_AndTheClassGetsNoMembers()
    {
        GeneratorHarness harness = GeneratorHarness.Create([Sources.MathBinding], ("/stubs/math.pyi", "# pybind-stub: 7\n# module: math\n"));

        SingleDiagnostic(harness, "PYB0006");
        Assert.DoesNotContain(harness.BuildDiagnostics(), d => d.Id == "PYB0004");
        Assert.Empty(harness.Result.GeneratedSources);
    }

    [Fact]
    public void TwoStubsForOneModule_IsPYB0007_AndTheFirstPathWins()
    {
        GeneratorHarness harness = GeneratorHarness.Create([Sources.MathBinding], ("/b/math.pyi", Sources.MathStub.Text), ("/a/math.pyi", Sources.MathStub.Text));

        Diagnostic diagnostic = SingleDiagnostic(harness, "PYB0007");
        Assert.Equal("/b/math.pyi", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'/a/math.pyi' is used", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void StubNobodyBinds_StaysSilent()
    {
        GeneratorHarness harness = GeneratorHarness.Create([Sources.MathBinding], Sources.MathStub, ("/other/tool.pyi", "def broken(:\n"));

        Assert.Empty(harness.GeneratorDiagnostics);
    }

    [Fact]
    public void MemberNamedLikeTheTarget_IsRenamedWithAnInfoAtTheAttribute()
    {
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\n[PyImport(\"tools\")] public static partial class Sqrt;"],
            ("/stubs/tools.pyi", TestStubs.WithHeader("tools", "def sqrt(x: float) -> float: ...\n")));

        Diagnostic diagnostic = SingleDiagnostic(harness, "PYB0011");
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("Python 'tools.sqrt' is bound as 'Sqrt_' because 'Sqrt' is already taken in 'tools'", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TwoClassesBindingOneModule_BothGetFiles_AndStubDiagnosticsAreReportedOnce()
    {
        (string path, string text) = Sources.MathStub;
        GeneratorHarness harness = GeneratorHarness.Create([Sources.MathBinding, Sources.SecondMathBinding], (path, text + "if True:\n    x: int\n"));

        Assert.Equal(2, harness.Result.GeneratedSources.Length);
        Assert.Single(harness.GeneratorDiagnostics, d => d.Id == "PYB0008");
        Assert.Empty(harness.OutputProblems());
    }

    [Fact]
    public void StubThatThrowsWhenRead_IsPYB0012_NotACrash()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation([Sources.MathBinding]);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new PyBindGenerator().AsSourceGenerator()], [new UnreadableText("/stubs/math.pyi", throws: true)]);

        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PYB0012", diagnostic.Id);
        Assert.Contains("reading the stub '/stubs/math.pyi'", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task StubWithoutText_IsPYB0005_NotAMissingStub()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation([Sources.MathBinding]);
        var stub = new UnreadableText("/stubs/math.pyi", throws: false);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new PyBindGenerator().AsSourceGenerator()], [stub]);

        Diagnostic diagnostic = Assert.Single(driver.RunGenerators(compilation).GetRunResult().Diagnostics);

        Assert.Equal("PYB0005", diagnostic.Id);
        Assert.Contains("could not be read", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(await compilation.WithAnalyzers([new PyImportAnalyzer()], new AnalyzerOptions([stub])).GetAnalyzerDiagnosticsAsync());
    }

    private sealed class UnreadableText(string path, bool throws) : AdditionalText
    {
        public override string Path => path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) =>
            throws ? throw new InvalidOperationException("disk on fire") : null;
    }
}
