using System;
using System.Collections.Generic;

namespace PyBind.Introspection;

/// <summary>Which modules to normalize and how; the options of <c>pybind_introspect.Options</c>.</summary>
/// <param name="Modules">Dotted module names.</param>
public sealed record NormalizationRequest(IReadOnlyList<string> Modules)
{
    /// <summary>Import (run) modules for docstrings and for what no typed source describes. When false nothing is imported.</summary>
    public bool AllowImports { get; init; } = true;

    /// <summary>Also normalize the modules of each requested package that its stubs expose or name, transitively.</summary>
    public bool IncludeSubmodules { get; init; }

    /// <summary>Typeshed roots (folders with <c>stdlib/</c> and <c>stubs/</c>), tried first, in order.</summary>
    public IReadOnlyList<string> Typeshed { get; init; } = [];

    /// <summary>Also use the typeshed copies found without being told (mypy's, then pyright's).</summary>
    public bool FindTypeshed { get; init; } = true;

    /// <summary>Folders of the user's own code: their <c>.py</c> files are typed by their annotations.</summary>
    public IReadOnlyList<string> SourcePaths { get; init; } = [];

    /// <summary>
    /// How much processor time importing and describing one module may take (in a sandboxed child process; five times
    /// that on the clock while it waits); past it the module is described from its sources and stubs, with a warning.
    /// </summary>
    public TimeSpan ImportTimeout { get; init; } = DefaultImportTimeout;

    /// <summary>The default of <see cref="ImportTimeout"/>: generous, since a big package imports slowly on a busy machine.</summary>
    public static TimeSpan DefaultImportTimeout { get; } = TimeSpan.FromSeconds(120);

    /// <summary>Folders added to <c>sys.path</c>, like <c>PYTHONPATH</c>.</summary>
    public IReadOnlyList<string> SearchPaths { get; init; } = [];
}
