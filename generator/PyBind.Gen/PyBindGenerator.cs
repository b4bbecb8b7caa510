using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using PyBind.Gen.Stubs;

namespace PyBind.Gen;

/// <summary>
/// Binds Python modules to C#: for each <c>[PyImport("module")]</c> static partial class, reads the module's
/// normalized stub (an AdditionalFiles item ending in <c>.pyi</c>) and adds typed members to the class.
/// </summary>
/// <remarks>
/// The pipeline keeps three caches apart so that an edit redoes only what it touches: target classes (redone when
/// their syntax changes), stubs (each parsed once per text), and their join (redone when either side changes, but
/// its output is compared by value, so only classes whose module model really changed are re-emitted).
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class PyBindGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<Result<BindingRequest?>> requests = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WellKnownTypeNames.PyImportAttribute,
                static (node, _) => node is ClassDeclarationSyntax,
                Parser.ParseTarget)
            .WithTrackingName(TrackingNames.BindingRequests);

        IncrementalValuesProvider<ParsedStub> stubs = context.AdditionalTextsProvider
            .Where(Parser.IsStub)
            .Select(Parser.ReadStub)
            .WithTrackingName(TrackingNames.Stubs);

        IncrementalValueProvider<StubIndex> stubIndex = stubs
            .Collect()
            .Select(StubIndex.Create)
            .WithTrackingName(TrackingNames.StubIndex);

        IncrementalValuesProvider<Result<BindingSpec?>> bindings = requests
            .Select(static (request, _) => request.Value)
            .Where(static request => request is not null)
            .Combine(stubIndex)
            .Select(static (pair, cancellationToken) => Parser.Bind(pair.Left!, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Bindings);

        IncrementalValuesProvider<BindingSpec> bindingModels = bindings
            .Select(static (binding, _) => binding.Value)
            .Where(static binding => binding is not null)
            .Select(static (binding, _) => binding!)
            .WithTrackingName(TrackingNames.BindingModels);

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

        context.RegisterSourceOutput(bindingModels, Emitter.Emit);
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
