using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using PyBind.Gen.Stubs;

namespace PyBind.Gen;

/// <summary>
/// Binds Python modules to C#: for each <c>[PyImport("module")]</c> static partial class, reads the module's
/// normalized stub (an AdditionalFiles item ending in <c>.pyi</c>) and adds typed members to the class.
/// </summary>
/// <remarks>
/// The pipeline keeps its caches apart so that an edit redoes only what it touches: target classes (redone when
/// their syntax changes), stubs (each read once per text, all at once on every core by the index), the catalog of bindings (cheap, redone when either side
/// changes), each binding's inputs (compared by value), and the emission (the expensive step, redone only for a
/// binding whose inputs really changed).
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class PyBindGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<Result<BindingRequest?>> declared = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                CompilationTypeNames.PyImportAttribute,
                static (node, _) => node is ClassDeclarationSyntax,
                Parser.ParseTarget)
            .WithTrackingName(TrackingNames.BindingRequests);

        IncrementalValuesProvider<ParsedStub> stubs = context.AdditionalTextsProvider
            .Where(Parser.IsStub)
            .Select(Parser.OpenStub)
            .WithTrackingName(TrackingNames.Stubs);

        // Stubs an editor was given in C# files since it loaded the project (StubCarrier): none in a build.
        IncrementalValueProvider<ImmutableArray<ParsedStub>> carried = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is CompilationUnitSyntax && StubCarrier.IsCarrier(node.SyntaxTree.FilePath),
                static (syntax, cancellationToken) => StubCarrier.Open(syntax.Node.SyntaxTree, cancellationToken))
            .Where(static stub => stub is not null)
            .Select(static (stub, _) => stub!)
            .Collect();

        IncrementalValueProvider<StubIndex> stubIndex = stubs
            .Collect()
            .Combine(carried)
            .Select(static (pair, cancellationToken) => StubIndex.Create(Parser.PreferCarried(pair.Left, pair.Right), cancellationToken))
            .WithTrackingName(TrackingNames.StubIndex);

        // The classes of the program's precompiled bindings, a reference only an editor's compilation has together with
        // a [PyImport] class of the project (csharp-ls takes an opened declaring file back as source).
        IncrementalValueProvider<EquatableArray<BindingRequest>> precompiled = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => Parser.FindPrecompiledTargets(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.PrecompiledTargets);

        // A carried module whose class the editor sees only in the program's precompiled bindings is bound again here,
        // from the carried stub: the class generated in the project hides the stale one (CS0436 is off in the editor).
        IncrementalValueProvider<EquatableArray<BindingRequest>> rebound = carried
            .Select(static (stubs, _) => stubs.Select(s => s.ModuleName).Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).ToEquatableArray())
            .Combine(precompiled)
            .Select(static (pair, _) => pair.Right.Where(r => pair.Left.Contains(r.ModuleName)).ToEquatableArray());

        IncrementalValuesProvider<Result<BindingRequest?>> requests = declared
            .Collect()
            .Combine(rebound)
            .SelectMany(static (pair, _) => Parser.AddRebound(pair.Left, pair.Right));

        // The catalog sees the targets without their attribute locations, so moving a class does not recompute it.
        IncrementalValueProvider<BindingCatalog> catalog = requests
            .Select(static (request, _) => request.Value is { } value ? new BindingTarget(value.Target, value.ModuleName) : null)
            .Where(static target => target is not null)
            .Collect()
            .Combine(stubIndex)
            .Select(static (pair, cancellationToken) => Parser.CreateCatalog(pair.Left!, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Catalog);

        IncrementalValueProvider<RuntimeFeatures> features = context.CompilationProvider
            .Select(static (compilation, _) => Parser.FindRuntimeFeatures(compilation))
            .WithTrackingName(TrackingNames.RuntimeFeatures);

        // A class that the precompiled bindings bind too is bound as declarations only (BindingSpec.DeclarationsOnly).
        IncrementalValueProvider<EquatableArray<string>> precompiledClasses = precompiled
            .Select(static (targets, _) => targets.Select(t => t.Target.FullyQualifiedMetadataName).ToEquatableArray());

        IncrementalValuesProvider<Result<BindingSpec?>> bindings = requests
            .Select(static (request, _) => request.Value)
            .Where(static request => request is not null)
            .Combine(catalog)
            .Combine(features.Combine(precompiledClasses))
            .Select(static (pair, cancellationToken) => Parser.Bind(pair.Left.Left!, pair.Left.Right, pair.Right.Left, pair.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Bindings);

        IncrementalValuesProvider<BindingSpec> bindingModels = bindings
            .Select(static (binding, _) => binding.Value)
            .Where(static binding => binding is not null)
            .Select(static (binding, _) => binding!)
            .WithTrackingName(TrackingNames.BindingModels);

        IncrementalValuesProvider<GeneratedBinding> generated = bindingModels
            .Select(Emitter.Generate)
            .WithTrackingName(TrackingNames.GeneratedSources);

        IncrementalValueProvider<EquatableArray<string>> boundModules = requests
            .Select(static (request, _) => request.Value?.ModuleName)
            .Where(static module => module is not null)
            .Collect()
            .Select(static (modules, _) => modules.Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).Select(m => m!).ToEquatableArray())
            .WithTrackingName(TrackingNames.BoundModules);

        IncrementalValuesProvider<DiagnosticInfo> stubDiagnostics = stubIndex
            .Combine(boundModules)
            .SelectMany(static (pair, _) => pair.Left.DiagnosticsFor(pair.Right).ToImmutableArray())
            .WithTrackingName(TrackingNames.StubDiagnostics);

        // Placed on their members' definitions after writing, so a stub edit that only moves members re-places them
        // without writing the binding again.
        IncrementalValuesProvider<DiagnosticInfo> writingDiagnostics = generated
            .SelectMany(static (binding, _) => binding.Diagnostics.Items)
            .Combine(stubIndex)
            .Select(static (pair, _) => pair.Right.Locate(pair.Left))
            .WithTrackingName(TrackingNames.WritingDiagnostics);

        context.RegisterSourceOutput(generated, Emitter.Emit);
        context.RegisterSourceOutput(writingDiagnostics, ReportDiagnostic);
        context.RegisterSourceOutput(requests.SelectMany(static (request, _) => request.Diagnostics.Items), ReportDiagnostic);
        context.RegisterSourceOutput(bindings.SelectMany(static (binding, _) => binding.Diagnostics.Items), ReportDiagnostic);
        context.RegisterSourceOutput(stubDiagnostics, ReportDiagnostic);
    }

    private static void ReportDiagnostic(SourceProductionContext context, DiagnosticInfo diagnostic) =>
        context.ReportDiagnostic(diagnostic.ToDiagnostic());

    /// <summary>The generator never throws: a bug becomes a PYB0012 diagnostic naming what was being done.</summary>
    private static DiagnosticInfo InternalError(string activity, LocationInfo? location, Exception exception) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, location, activity, exception.GetType().Name + ": " + exception.Message);
}
