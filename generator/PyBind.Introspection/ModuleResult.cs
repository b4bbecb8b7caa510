using System.Collections.Generic;

namespace PyBind.Introspection;

/// <summary>One module's outcome: its normalized stub, or an error that names the module and the cause.</summary>
/// <param name="Module">The module's dotted name.</param>
/// <param name="Stub">The stub text (dialect 1), or null when the module failed.</param>
/// <param name="Error">What went wrong and how to fix it, or null when the stub was written.</param>
/// <param name="Warnings">What was degraded without failing (an import that failed while a stub existed, …).</param>
public sealed record ModuleResult(string Module, string? Stub, string? Error, IReadOnlyList<string> Warnings)
{
    /// <summary>The stub's file name: <c>&lt;module&gt;.pyi</c>.</summary>
    public string FileName => Module + ".pyi";
}
