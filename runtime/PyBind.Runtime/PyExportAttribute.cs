using System;

namespace PyBind;

/// <summary>
/// Makes a <c>static</c> class importable from Python as the module <paramref name="module"/>: its public static methods,
/// properties, fields and constants in Python spelling (<c>AddTwo</c> → <c>add_two</c>, <c>C</c> → <c>c</c>) and by their
/// exact names, nested public static classes as submodules (<c>Sub</c> → <c>host.sub</c>). The module is generated at
/// build time (no reflection when Python calls it; native AOT works) and typed: the build writes its <c>.pyi</c> stub.
/// </summary>
/// <param name="module">The name Python imports (<c>"host"</c>, <c>"host.tools"</c>).</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PyExportAttribute(string module) : Attribute
{
    /// <summary>The name Python imports.</summary>
    public string Module { get; } = module;
}

/// <summary>
/// On a method of a <c>[PyExport]</c> class: the method runs without the GIL (its arguments are converted before and its
/// result after), so Python threads run while it works or waits; calls into Python from inside it take the GIL again,
/// as from any thread.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class PyAllowThreadsAttribute : Attribute
{
}
