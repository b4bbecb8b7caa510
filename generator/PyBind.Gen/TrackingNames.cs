namespace PyBind.Gen;

/// <summary>
/// Names of the bindings' incremental steps (the exports' are <c>PyExportGenerator</c>'s), given with <c>WithTrackingName</c> so that tests can read
/// <c>GeneratorRunResult.TrackedSteps</c> and check what ran again after an edit.
/// </summary>
internal static class TrackingNames
{
    /// <summary>Each <c>[PyImport]</c> class, as a <c>Result&lt;BindingRequest?&gt;</c>.</summary>
    public const string BindingRequests = nameof(BindingRequests);

    /// <summary>Each <c>.pyi</c> additional file, opened as a <c>ParsedStub</c> (read by the index step).</summary>
    public const string Stubs = nameof(Stubs);

    /// <summary>All stubs, by module name.</summary>
    public const string StubIndex = nameof(StubIndex);

    /// <summary>Every binding of the compilation: the modules each class nests, and the C# types of bound classes.</summary>
    public const string Catalog = nameof(Catalog);

    /// <summary>What the referenced runtime offers (PyAsync…), read from the compilation once per edit as a small value.</summary>
    public const string RuntimeFeatures = nameof(RuntimeFeatures);
    public const string PrecompiledTargets = nameof(PrecompiledTargets);

    /// <summary>The generated files and Info diagnostics of each binding: the expensive step, run only when its <c>BindingSpec</c> changed.</summary>
    public const string GeneratedSources = nameof(GeneratedSources);

    /// <summary>The module names some <c>[PyImport]</c> class binds; only their stubs report diagnostics.</summary>
    public const string BoundModules = nameof(BoundModules);

    /// <summary>Each request joined with its module's model, as a <c>Result&lt;BindingSpec?&gt;</c>.</summary>
    public const string Bindings = nameof(Bindings);

    /// <summary>The <c>BindingSpec</c>s alone: the emitter's input. Unchanged here means no file is regenerated.</summary>
    public const string BindingModels = nameof(BindingModels);

    /// <summary>Diagnostics of the stubs that are bound.</summary>
    public const string StubDiagnostics = nameof(StubDiagnostics);

    /// <summary>The diagnostics of writing each binding, those about a member placed on its definition in the stub.</summary>
    public const string WritingDiagnostics = nameof(WritingDiagnostics);
}
