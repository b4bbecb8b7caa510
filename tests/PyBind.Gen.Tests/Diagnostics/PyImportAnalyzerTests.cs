using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Diagnostics;

/// <summary>
/// The mistakes in a <c>[PyImport]</c> declaration: reported by the analyzer (which an editor runs as the user types),
/// where the declaration is, with how to fix it; once in a build (the generator binds nothing and says nothing).
/// </summary>
public class PyImportAnalyzerTests
{
    /// <summary>The one diagnostic a build reports, which must come from the analyzer; the generator writes nothing.</summary>
    private static Diagnostic SingleReported(GeneratorHarness harness, string id)
    {
        ImmutableArray<Diagnostic> build = harness.BuildDiagnostics();
        Diagnostic diagnostic = Assert.Single(build);
        Assert.Equal(id, diagnostic.Id);
        Assert.Empty(harness.GeneratorDiagnostics);
        Assert.Empty(harness.Result.GeneratedSources);
        return diagnostic;
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static string ReadSpan(GeneratorHarness harness, Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        SyntaxTree tree = harness.Compilation.SyntaxTrees.Single(t => t.FilePath == span.Path);
        return tree.GetText().ToString(diagnostic.Location.SourceSpan);
    }

    [Fact]
    public void ValidBindings_ReportNothing()
    {
        GeneratorHarness harness = GeneratorHarness.Create([Sources.MathBinding, Sources.SecondMathBinding, Sources.StatisticsBinding], Sources.MathStub, Sources.StatisticsStub);

        Assert.Empty(harness.AnalyzerDiagnostics());
        Assert.Equal(3, harness.Result.GeneratedSources.Length);
    }

    [Theory]
    [InlineData("public static class Np;", "public static partial class Np")]
    [InlineData("public partial class Np;", "public static partial class Np")]
    [InlineData("internal sealed partial class Np;", "internal static partial class Np")]
    [InlineData("class Np { }", "static partial class Np")]
    public void TargetNotStaticPartial_IsPYB0001OnTheClassName_WithTheDeclarationToWrite(string declaration, string corrected)
    {
        GeneratorHarness harness = GeneratorHarness.Create(["using PyBind;\n[PyImport(\"math\")] " + declaration], Sources.MathStub);

        Diagnostic diagnostic = SingleReported(harness, "PYB0001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("Np", ReadSpan(harness, diagnostic));
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal($"'Np' binds Python module 'math' and must be declared 'static partial': write '{corrected}'", Message(diagnostic));
    }

    [Fact]
    public void ContainingTypeNotPartial_IsPYB0002OnThatType()
    {
        GeneratorHarness harness = GeneratorHarness.Create(["using PyBind;\npublic class Outer { [PyImport(\"math\")] public static partial class Np; }"], Sources.MathStub);

        Diagnostic diagnostic = SingleReported(harness, "PYB0002");
        Assert.Equal("Outer", ReadSpan(harness, diagnostic));
        Assert.Equal("'Outer' contains the [PyImport] class 'Outer.Np' and must be declared 'partial': add 'partial' to its declaration", Message(diagnostic));
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"numpy/linalg\"", "numpy/linalg")]
    [InlineData("\"math py\"", "math py")]
    [InlineData("\"1abc\"", "1abc")]
    [InlineData("null", "null")]
    public void InvalidModuleName_IsPYB0003AtTheAttribute(string argument, string shown)
    {
        GeneratorHarness harness = GeneratorHarness.Create([$"using PyBind;\n[PyImport({argument})] public static partial class Np;"], Sources.MathStub);

        Diagnostic diagnostic = SingleReported(harness, "PYB0003");
        Assert.Equal($"PyImport({argument})", ReadSpan(harness, diagnostic));
        Assert.Equal($"'{shown}' is not a Python module name: write the name a Python user imports, such as \"numpy\" or \"os.path\"", Message(diagnostic));
    }

    [Fact]
    public void InvalidModuleNameOnAClassThatIsNotStatic_ReportsBoth()
    {
        GeneratorHarness harness = GeneratorHarness.Create(["using PyBind;\n[PyImport(\"a b\")] public partial class Np;"], Sources.MathStub);

        Assert.Equal(["PYB0001", "PYB0003"], harness.BuildDiagnostics().Select(d => d.Id).Order());
    }

    [Fact]
    public void MissingStub_IsPYB0004AtTheAttribute_WithHowToFixIt()
    {
        GeneratorHarness harness = GeneratorHarness.Create(["using PyBind;\n[PyImport(\"numpy\")] public static partial class Np;"], Sources.MathStub);

        Diagnostic diagnostic = SingleReported(harness, "PYB0004");
        Assert.Equal("PyImport(\"numpy\")", ReadSpan(harness, diagnostic));
        Assert.Equal(
            "No normalized stub was found for Python module 'numpy' (expected an AdditionalFiles item 'numpy.pyi'): build the project with a Python that has 'numpy' installed (the build writes the stub, or says why it cannot; in an editor, the stub watcher writes it once the file is saved)",
            Message(diagnostic));
        Assert.Contains("AdditionalFiles", diagnostic.Descriptor.Description.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void StubWhoseHeaderNamesTheModule_IsFoundWhateverItsFileName()
    {
        GeneratorHarness harness = GeneratorHarness.Create(["using PyBind;\n[PyImport(\"math\")] public static partial class Np;"], ("/stubs/renamed.pyi", Sources.MathStub.Text));

        Assert.Empty(harness.BuildDiagnostics());
        Assert.Single(harness.Result.GeneratedSources);
    }

    [Fact]
    public void AttributeOfTheSameNameInAnotherNamespace_IsNotAnalyzed()
    {
        // No PyBind.PyImportAttribute in the compilation: an attribute of the same simple name is someone else's.
        GeneratorHarness harness = GeneratorHarness.Create(["class PyImportAttribute : System.Attribute { public PyImportAttribute(string m) { } }\n[PyImport(\"a b\")] class Np { }"]);

        Assert.Empty(harness.BuildDiagnostics());
    }
}
