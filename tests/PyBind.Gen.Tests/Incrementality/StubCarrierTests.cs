using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Incrementality;

/// <summary>
/// A stub carried to an editor in a C# file (obj/…/pybind/editor/&lt;module&gt;.pyi.cs, as the stub watcher writes it):
/// the editor's compilation binds the module from it, since language servers never reload a changed additional file.
/// </summary>
public sealed class StubCarrierTests
{
    private const string Declaration = "[PyBind.PyImport(\"shapes\")] static partial class Shapes;";
    private const string StubPath = "/project/pybind-stubs/shapes.pyi";
    private static readonly string Before = TestStubs.WithHeader("shapes", "def area(radius: float) -> float: ...");
    private static readonly string After = Before + "def perimeter(radius: float) -> float: ...\n";

    [Fact]
    public void CarriedStub_WinsOverTheStubsFolder_AndBindsTheNewMember()
    {
        GeneratorHarness harness = GeneratorHarness.Create([Declaration], (StubPath, Before));
        Assert.DoesNotContain("Perimeter(", Generated(harness), StringComparison.Ordinal);

        harness.AddCarrier(Carrier(StubPath, After));

        Assert.Contains("Perimeter(", Generated(harness), StringComparison.Ordinal);
        Assert.Contains("Area(", Generated(harness), StringComparison.Ordinal);
        Assert.Empty(harness.GeneratorDiagnostics);
        Assert.Empty(harness.OutputProblems());
    }

    [Fact]
    public void ClassOfThePrecompiledBindings_IsBoundAgainInTheProject_FromItsCarrier()
    {
        (GeneratorDriverRunResult run, Compilation output) = RunOverProjectWithPrecompiledBindings(Carrier(StubPath, After));

        Assert.Contains(run.GeneratedTrees, tree => tree.ToString().Contains("Perimeter(", StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void WithoutACarrier_ThePrecompiledClassIsLeftToItsAssembly()
    {
        (GeneratorDriverRunResult run, _) = RunOverProjectWithPrecompiledBindings(carrier: null);

        Assert.Empty(run.GeneratedTrees);
    }

    [Fact]
    public void ModuleBoundInTheEditor_HasNoMissingStubError_OnceItsCarrierArrives()
    {
        // A [PyImport] typed into the open Bindings.cs: no stub until the watcher carries the one it wrote.
        GeneratorHarness harness = GeneratorHarness.Create([Declaration]);
        Assert.Equal("PYB0004", Assert.Single(harness.AnalyzerDiagnostics()).Id);

        harness.AddCarrier(Carrier(StubPath, After));

        Assert.Empty(harness.AnalyzerDiagnostics());
        Assert.Contains("Perimeter(", Generated(harness), StringComparison.Ordinal);
    }

    [Fact]
    public void PrecompiledClassNowDeclaredForAnotherModule_IsNotBoundAgainFromTheOldModulesCarrier()
    {
        // Shapes was precompiled from shapes, shapes.py was edited (a carrier), then the open Bindings.cs binds Shapes
        // to geometry: the class is geometry's alone, however long the old carrier stays.
        const string geometryPath = "/project/pybind-stubs/geometry.pyi";
        string geometry = TestStubs.WithHeader("geometry", "def area(radius: float) -> float: ...\ndef volume(radius: float) -> float: ...");
        (GeneratorDriverRunResult run, Compilation output) = RunOverProjectWithPrecompiledBindings(
            Carrier(StubPath, After),
            CSharpSyntaxTree.ParseText("[PyBind.PyImport(\"geometry\")] static partial class Shapes;", GeneratorHarness.ParseOptions, path: "/project/Bindings.cs"),
            CSharpSyntaxTree.ParseText(Carrier(geometryPath, geometry), GeneratorHarness.ParseOptions, path: "/project/obj/pybind/editor/geometry.pyi.cs"));

        string generated = string.Concat(run.GeneratedTrees.Select(t => t.ToString()));
        Assert.Contains("Volume(", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("Perimeter(", generated, StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void DeclaringFileTakenBackAsSourceByTheEditor_BindsDeclarationsAndDocsWithoutBodies()
    {
        // csharp-ls adds an opened Bindings.cs to the project: the class is source again beside its precompiled twin.
        (GeneratorDriverRunResult run, Compilation output) = RunOverProjectWithPrecompiledBindings(
            carrier: null,
            CSharpSyntaxTree.ParseText(Declaration, GeneratorHarness.ParseOptions, path: "/project/Bindings.cs"));

        string generated = string.Concat(run.GeneratedTrees.Select(t => t.ToString()));
        Assert.Contains("/// <para><c>shapes.area(radius: float) -&gt; float</c></para>", generated, StringComparison.Ordinal);
        Assert.Contains("public static double Area(double radius) => throw null!;", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("PyMarshal.", generated, StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        // In a build, where the declaration has no precompiled twin, the same class makes the calls.
        Assert.Contains("PyMarshal.", Generated(GeneratorHarness.Create([Declaration], (StubPath, Before))), StringComparison.Ordinal);
    }

    /// <summary>
    /// The generator over a project whose declaration went into its precompiled bindings (compiled once, as
    /// PyBind.Gen.Bindings.targets does, and referenced), with the carrier the watcher wrote if any.
    /// </summary>
    private static (GeneratorDriverRunResult Run, Compilation Output) RunOverProjectWithPrecompiledBindings(string? carrier, params SyntaxTree[] editorFiles)
    {
        GeneratorHarness bindings = GeneratorHarness.Create([Declaration], (StubPath, Before));
        CSharpCompilation compiled = ((CSharpCompilation)bindings.OutputCompilation).WithAssemblyName("App.PyBindings");
        using var image = new MemoryStream();
        EmitResult emitted = compiled.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        SyntaxTree program = CSharpSyntaxTree.ParseText("static class Program { static double Use() => Shapes.Area(1.0); }", GeneratorHarness.ParseOptions, path: "/project/Program.cs");
        CSharpCompilation project = CSharpCompilation.Create(
            "App",
            carrier is null ? [program, .. editorFiles] : [program, CSharpSyntaxTree.ParseText(carrier, GeneratorHarness.ParseOptions, path: "/project/obj/pybind/editor/shapes.pyi.cs"), .. editorFiles],
            [.. ReferenceAssemblies.NetWithRuntime, MetadataReference.CreateFromImage(image.ToArray())],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithSpecificDiagnosticOptions([new("CS0436", ReportDiagnostic.Suppress), new("CS1591", ReportDiagnostic.Suppress)]));
        // An editor's project keeps the stubs folder in its additional files (a build leaves it to the bindings).
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new PyBindGenerator().AsSourceGenerator()], [new InMemoryAdditionalText(StubPath, Before)], parseOptions: GeneratorHarness.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(project, out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>The carrier as <c>pybind-introspect watch</c> writes it.</summary>
    private static string Carrier(string stubPath, string stub)
    {
        var text = new StringBuilder("// <auto-generated/>\n// PyBind.Gen stub carrier: ").Append(stubPath).Append('\n');
        foreach (string line in stub.TrimEnd('\n').Split('\n'))
        {
            text.Append("//|").Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static string Generated(GeneratorHarness harness) =>
        string.Concat(harness.Result.GeneratedSources.Select(s => s.SourceText.ToString()));
}
