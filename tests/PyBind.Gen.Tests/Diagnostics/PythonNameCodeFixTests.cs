using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using PyBind.Gen.CodeFixes;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Diagnostics;

/// <summary>The code fixes of PYB0013–PYB0015, applied as an editor applies them, one diagnostic at a time.</summary>
public class PythonNameCodeFixTests
{
    [Fact]
    public async Task PythonSpellings_AreRenamedToTheCSharpNames_AndTheCodeCompiles()
    {
        GeneratorHarness harness = PythonNameAnalyzerTests.Cv2(
            "using var image = Cv2.imread(\"a.png\");\nusing var grouped = df.groupby(\"a\", sort_keys: true);\nlong n = bag.count(3);\nvar code = Cv2.COLOR_BGR2GRAY;");
        Document document = UserDocument(harness);

        for (int applied = 0; await FirstSpelling(document, "PYB0013", "PYB0014") is { } diagnostic; applied++)
        {
            Assert.True(applied < 10, "the fixes do not converge");
            document = await Fix(document, diagnostic, new PythonNameCodeFixProvider());
        }

        string text = (await document.GetTextAsync()).ToString();
        Assert.Equal(
            PythonNameAnalyzerTests.Use("Cv2.Frame df, Cv2.Bag bag", "using var image = Cv2.Imread(\"a.png\");\nusing var grouped = df.Groupby(\"a\", sortKeys: true);\nlong n = bag.Count_(3);\nvar code = Cv2.ColorBgr2gray;"),
            text);
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    [Fact]
    public async Task KeywordsOnlyKwargsTakes_AreMovedIntoItsDictionary_AndTheCodeCompiles()
    {
        Document document = UserDocument(PythonNameAnalyzerTests.Cv2("bool written = Cv2.Imwrite(\"a.png\", df, quality: 90, progressive: 1 + 1);"));

        for (int applied = 0; await FirstSpelling(document, "PYB0015") is { } diagnostic; applied++)
        {
            Assert.True(applied < 10, "the fixes do not converge: " + (await document.GetTextAsync()) + diagnostic);
            document = await Fix(document, diagnostic, new KeywordArgumentCodeFixProvider());
        }

        Assert.Equal(
            PythonNameAnalyzerTests.Use("Cv2.Frame df, Cv2.Bag bag", "bool written = Cv2.Imwrite(\"a.png\", df, @params: new Dictionary<string, long> { [\"quality\"] = 90, [\"progressive\"] = 1 + 1 });"),
            (await document.GetTextAsync()).ToString());
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    /// <summary>The harness's compilation, generated files included, as a workspace project; its user file.</summary>
    private static Document UserDocument(GeneratorHarness harness)
    {
        Compilation output = harness.OutputCompilation;
        Project project = new AdhocWorkspace().AddProject("User", LanguageNames.CSharp)
            .WithCompilationOptions(output.Options)
            .WithParseOptions(GeneratorHarness.ParseOptions)
            .AddMetadataReferences(output.References);
        foreach (SyntaxTree tree in output.SyntaxTrees)
        {
            project = project.AddDocument(tree.FilePath, tree.GetText(), filePath: tree.FilePath).Project;
        }

        return project.Documents.Single(d => d.FilePath == "/src/Source1.cs");
    }

    private static async Task<Diagnostic?> FirstSpelling(Document document, params string[] ids)
    {
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers([new PythonNameAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(d => ids.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start).FirstOrDefault();
    }

    private static async Task<Document> Fix(Document document, Diagnostic diagnostic, CodeFixProvider provider)
    {
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        CodeAction fix = Assert.Single(actions);
        ApplyChangesOperation change = (await fix.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        return change.ChangedSolution.GetDocument(document.Id)!;
    }
}
