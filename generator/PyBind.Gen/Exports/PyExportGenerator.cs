using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Helpers;

namespace PyBind.Gen.Exports;

/// <summary>
/// Exports .NET to Python: for each <c>[PyExport("module")]</c> static class, generates the code that declares the
/// module to the runtime (typed bodies: no reflection when Python calls, native AOT works) and the module's
/// <c>.pyi</c> stubs, which the build writes out (see <see cref="ExportEmitter.StubMetadataPrefix"/>). The other
/// direction of <see cref="PyBindGenerator"/>, sharing its helpers and diagnostic conventions.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PyExportGenerator : IIncrementalGenerator
{
    internal const string PyExportAttribute = "PyBind.PyExportAttribute";

    /// <summary>The step reading each <c>[PyExport]</c> class, as a <c>Result&lt;ExportSpec?&gt;</c> (a tracking name, for tests).</summary>
    internal const string ExportsStep = "Exports";

    /// <summary>The step writing each export's source (its C# and its stubs), redone only when its <c>ExportSpec</c> changed.</summary>
    internal const string ExportSourcesStep = "ExportSources";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<Result<ExportSpec?>> exports = context.SyntaxProvider
            .ForAttributeWithMetadataName(PyExportAttribute, static (node, _) => node is ClassDeclarationSyntax, ExportParser.Parse)
            .WithTrackingName(ExportsStep);

        IncrementalValuesProvider<(string HintName, string Text)> sources = exports
            .Select(static (export, _) => export.Value)
            .Where(static export => export is not null)
            .Select(static (export, _) => Emit(export!))
            .WithTrackingName(ExportSourcesStep);

        context.RegisterSourceOutput(sources, static (output, source) => output.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8)));
        context.RegisterSourceOutput(exports.SelectMany(static (export, _) => export.Diagnostics.Items), static (output, diagnostic) => output.ReportDiagnostic(diagnostic.ToDiagnostic()));
    }

    private static (string HintName, string Text) Emit(ExportSpec export)
    {
        string hintName = export.RegistrarName + ".g.cs";
        try
        {
            return (hintName, ExportEmitter.Emit(export));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The generator never throws: the failure becomes an error in the compilation, naming the module.
            return (hintName, $"#error PyBind.Gen failed while exporting module '{export.Root.PythonName}': {e.GetType().Name}: {e.Message.Replace('\n', ' ')}\n");
        }
    }
}
