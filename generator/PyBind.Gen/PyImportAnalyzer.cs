using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Stubs;

namespace PyBind.Gen;

/// <summary>
/// Reports what is wrong with the user's <c>[PyImport]</c> declarations (PYB0001–PYB0004) where they are written. An
/// editor shows the diagnostics of analyzers as the user types, never a generator's (Roslyn's guidance for
/// generators): so the checks live here, and the generator, which binds no declaration that breaks them, stays silent
/// about them and a build reports each problem once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PyImportAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.TargetNotStaticPartial,
        DiagnosticDescriptors.ContainingTypeNotPartial,
        DiagnosticDescriptors.InvalidModuleName,
        DiagnosticDescriptors.StubNotFound);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(CompilationTypeNames.PyImportAttribute) is not { } attributeType)
            {
                return;
            }

            // Read once per compilation, and only when a [PyImport] class is met: each stub's module, from its header.
            var stubModules = new Lazy<HashSet<string>>(() => StubModules(start.Options.AdditionalFiles, start.Compilation, start.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, attributeType, stubModules), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol attributeType, Lazy<HashSet<string>> stubModules)
    {
        var symbol = (INamedTypeSymbol)context.Symbol;
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType)
                || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).Parent?.Parent is not ClassDeclarationSyntax declaration)
            {
                continue;
            }

            bool valid = true;
            foreach (Diagnostic problem in PyImportDeclaration.Problems(symbol, declaration, attribute, context.CancellationToken))
            {
                context.ReportDiagnostic(problem);
                valid = false;
            }

            if (valid && PyImportDeclaration.ModuleName(attribute) is { } module && !stubModules.Value.Contains(module))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.StubNotFound, PyImportDeclaration.AttributeLocation(attribute, declaration, context.CancellationToken), module));
            }
        }
    }

    /// <summary>The modules of the stubs in the additional files and of those an editor was given in carriers (StubCarrier).</summary>
    private static HashSet<string> StubModules(ImmutableArray<AdditionalText> files, Compilation compilation, CancellationToken cancellationToken)
    {
        var modules = new HashSet<string>(StringComparer.Ordinal);
        foreach (AdditionalText file in files.Where(f => StubReader.IsStub(f.Path)))
        {
            // A stub that cannot be read is the generator's PYB0005, not a missing stub.
            modules.Add(file.GetText(cancellationToken) is SourceText text
                ? StubReader.Open(file.Path, text).ModuleName
                : System.IO.Path.GetFileNameWithoutExtension(file.Path));
        }

        foreach (SyntaxTree tree in compilation.SyntaxTrees.Where(t => StubCarrier.IsCarrier(t.FilePath)))
        {
            if (StubCarrier.Open(tree, cancellationToken) is { } carried)
            {
                modules.Add(carried.ModuleName);
            }
        }

        return modules;
    }
}
