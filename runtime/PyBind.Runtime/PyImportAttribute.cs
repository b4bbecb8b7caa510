using System;

namespace PyBind;

/// <summary>
/// Binds a Python module to a <c>static partial class</c>: the PyBind.Gen source generator fills the class with typed
/// members from the module's normalized stub (<c>[PyImport("numpy")] public static partial class Np;</c>).
/// </summary>
/// <param name="module">The module's import name (<c>numpy</c>, <c>os.path</c>, or your own <c>pipeline</c>).</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PyImportAttribute(string module) : Attribute
{
    /// <summary>The module's import name.</summary>
    public string Module { get; } = module;
}
