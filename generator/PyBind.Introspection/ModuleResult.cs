using System.Collections.Generic;

namespace PyBind.Introspection;

/// <summary>One module's outcome: its normalized stub, or an error that names the module and the cause.</summary>
/// <param name="Module">The module's dotted name.</param>
/// <param name="Stub">The stub text (dialect 1), or null when the module failed.</param>
/// <param name="Error">What went wrong and how to fix it, or null when the stub was written.</param>
/// <param name="Warnings">What was degraded without failing: a member left out, an import that failed or timed out, a source that could not be read.</param>
public sealed record ModuleResult(string Module, string? Stub, string? Error, IReadOnlyList<StubWarning> Warnings)
{
    /// <summary>The stub's file name: <c>&lt;module&gt;.pyi</c>.</summary>
    public string FileName => Module + ".pyi";
}

/// <summary>A warning about one module, at the source line that caused it when one is to blame.</summary>
/// <param name="Message">What was degraded and why.</param>
/// <param name="Path">The file the cause is in (a stub, a <c>.py</c> source), or null.</param>
/// <param name="Line">The 1-based line in <paramref name="Path"/>, or 0 when only the file is known.</param>
/// <param name="ImportFailed">Whether it says that importing the module failed, so that it was described from its sources.</param>
public sealed record StubWarning(string Message, string? Path, int Line, bool ImportFailed = false)
{
    /// <summary><c>path:line: message</c>, as compilers print a located message.</summary>
    public override string ToString() => Path is null ? Message : Line > 0 ? $"{Path}:{Line}: {Message}" : $"{Path}: {Message}";
}
