using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PyBind.Gen.Emit;
using PyBind.Gen.Exports;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Exports;

public class ExportGeneratorTests
{
    private const string Exported = """
        using System.Collections.Generic;
        using PyBind;

        namespace App;

        /// <summary>Tools for Python.</summary>
        [PyExport("host")]
        public static class Host
        {
            public const int C = 2;

            public static string? Label { get; set; }

            /// <summary>Adds two.</summary>
            public static long AddTwo(long value, double scale = 1.5, string? note = null) => value + 2;

            public static Point Origin() => new(0, 0);

            public static IReadOnlyList<Point> Around(Point center, List<long> offsets) => [center];

            [PyAllowThreads]
            public static void Wait(int milliseconds) { }

            public static class Sub
            {
                public static long H(long x) => x * x - 1;
            }
        }

        /// <summary>A point.</summary>
        public sealed record Point(double X, double Y)
        {
            public double Length() => System.Math.Sqrt(X * X + Y * Y);

            public string Name { get; set; } = "";
        }
        """;

    private static (GeneratorDriverRunResult Run, Compilation Output) Generate(params string[] sources)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(sources);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new PyExportGenerator().AsSourceGenerator()],
            parseOptions: GeneratorHarness.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>The stubs the build writes: the assembly metadata of the compiled output.</summary>
    private static Dictionary<string, string> Stubs(Compilation output)
        => output.Assembly.GetAttributes()
            .Where(a => a.AttributeClass?.Name == "AssemblyMetadataAttribute" && ((string)a.ConstructorArguments[0].Value!).StartsWith(ExportEmitter.StubMetadataPrefix, StringComparison.Ordinal))
            .ToDictionary(a => ((string)a.ConstructorArguments[0].Value!)[ExportEmitter.StubMetadataPrefix.Length..], a => (string)a.ConstructorArguments[1].Value!);

    [Fact]
    public void ExportedClass_CompilesWithoutWarnings_AndCarriesTypedStubs()
    {
        (GeneratorDriverRunResult run, Compilation output) = Generate(Exported);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        Dictionary<string, string> stubs = Stubs(output);
        Assert.Equal(["host/__init__.pyi", "host/sub.pyi"], stubs.Keys.Order(StringComparer.Ordinal));
        string root = stubs["host/__init__.pyi"];
        Assert.Contains("def add_two(value: int, scale: float = 1.5, note: str | None = None) -> int:\n    \"\"\"Adds two.\"\"\"\nAddTwo = add_two\n", root, StringComparison.Ordinal);
        Assert.Contains("def around(center: Point, offsets: typing.Iterable[int]) -> typing.Sequence[Point]: ...", root, StringComparison.Ordinal);
        Assert.Contains("def wait(milliseconds: int) -> None: ...", root, StringComparison.Ordinal);
        Assert.Contains("c: typing.Final[int]\nC: typing.Final[int]\nlabel: str | None\n", root, StringComparison.Ordinal);
        Assert.Contains("class Point:\n    \"\"\"A point.\"\"\"\n    def __init__(self, x: float, y: float) -> None: ...\n    def length(self) -> float: ...\n", root, StringComparison.Ordinal);
        Assert.Contains("    @property\n    def x(self) -> float: ...\n", root, StringComparison.Ordinal);
        Assert.Contains("    name: str\n", root, StringComparison.Ordinal);
        Assert.Contains("from . import sub as sub\nfrom . import sub as Sub\n", root, StringComparison.Ordinal);
        Assert.Contains("def h(x: int) -> int: ...", stubs["host/sub.pyi"], StringComparison.Ordinal);
        Assert.Contains("from host import Point as Point", stubs["host/sub.pyi"], StringComparison.Ordinal);
    }

    [Fact]
    public void LongRunningMethod_RunsWithoutTheGil()
    {
        (GeneratorDriverRunResult run, _) = Generate(Exported);
        string source = run.Results.Single().GeneratedSources.Single().SourceText.ToString();
        Assert.Contains("using (global::PyBind.Python.AllowThreads())\n\t\t\t\t\tglobal::App.Host.Wait(a0);", source.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[PyExport(\"host\")] public class Host { }", "PYB0101")]
    [InlineData("[PyExport(\"not a name\")] public static class Host { }", "PYB0102")]
    [InlineData("public static class Outer { [PyExport(\"host\")] private static class Host { } }", "PYB0103")]
    public void InvalidExport_IsAnErrorSayingWhy(string source, string id)
    {
        (GeneratorDriverRunResult run, _) = Generate("using PyBind;\n" + source);
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Empty(run.Results.Single().GeneratedSources);
    }

    [Fact]
    public void MembersPythonCannotCall_AreLeftOutWithTheReason()
    {
        (GeneratorDriverRunResult run, Compilation output) = Generate("""
            using PyBind;
            [PyExport("host")]
            public static class Host
            {
                public static void ByRef(ref int value) { }
                public static T Echo<T>(T value) => value;
                public static void Twice(long x) { }
                public static void Twice(string x) { }
                public static void Span(System.Span<byte> data) { }
                public static long AddTwo(long x) => x;
                public static long ADD_TWO(long x) => x;
            }
            """);
        string[] messages = run.Diagnostics.Select(d => $"{d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
        [
            "PYB0104 'Host.ByRef(ref int)' is not exported to Python: parameter 'value' is passed by reference",
            "PYB0104 'Host.Echo<T>(T)' is not exported to Python: it has type parameters",
            "PYB0104 'Host.Span(Span<byte>)' is not exported to Python: Python cannot pass its parameter 'data' of type System.Span<byte>",
            "PYB0104 'Host.Twice(string)' is not exported to Python: it is an overload, and a Python function has one signature (give the overloads different names)",
            "PYB0105 'AddTwo' and 'ADD_TWO' are both exported as 'add_two' in module 'host'; 'ADD_TWO' is left out",
        ], messages);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Constants_AreAlsoUpperCase_InTheModuleAndItsStub()
    {
        (GeneratorDriverRunResult run, Compilation output) = Generate("""
            using PyBind;
            [PyExport("geo")]
            public static class Geo
            {
                public const double EarthRadiusKm = 6371.0;
                public static readonly string From = "here";
                public const int MAX = 3;
                public static double Scale { get; } = 2.0;
            }
            """);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        string source = run.Results.Single().GeneratedSources.Single().SourceText.ToString();
        Assert.Contains("module.Constant(\"earth_radius_km\", \"EarthRadiusKm\", () => global::PyBind.PyConvert.ToPython(global::Geo.EarthRadiusKm), \"EARTH_RADIUS_KM\");", source, StringComparison.Ordinal);
        Assert.Equal(
            "earth_radius_km: typing.Final[float]\nEarthRadiusKm: typing.Final[float]\nEARTH_RADIUS_KM: typing.Final[float]\n"
            + "from_: typing.Final[str]\nFrom: typing.Final[str]\nFROM: typing.Final[str]\n"
            + "max: typing.Final[int]\nMAX: typing.Final[int]\n"
            + "scale: float\nScale: float\n",
            Stubs(output)["geo.pyi"].Split("import typing\n\n")[1]);
    }

    [Fact]
    public void ConstantSpelledLikeAUsedClass_KeepsItsOtherNames_AndSaysWhy()
    {
        (GeneratorDriverRunResult run, Compilation output) = Generate("""
            using PyBind;
            public sealed class RGB { }
            [PyExport("paint")]
            public static class Paint
            {
                public const string Rgb = "rgb";
                public static RGB Make() => new();
            }
            """);
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(
            "PYB0106 The constant 'Rgb' is not also exported as 'RGB' in module 'paint': that is the name of the class 'RGB' its members use",
            $"{diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        string stub = Stubs(output)["paint.pyi"];
        Assert.Contains("class RGB:\n", stub, StringComparison.Ordinal);
        Assert.EndsWith("rgb: typing.Final[str]\nRgb: typing.Final[str]\n", stub, StringComparison.Ordinal);
    }

    [Fact]
    public void UnrelatedEdit_DoesNotRegenerate()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation([Exported]);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new PyExportGenerator().AsSourceGenerator()],
            parseOptions: GeneratorHarness.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", GeneratorHarness.ParseOptions)));
        IEnumerable<IncrementalStepRunReason> reasons = driver.GetRunResult().Results.Single().TrackedSteps["ExportSources"].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
    }
}
