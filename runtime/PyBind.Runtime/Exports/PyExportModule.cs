using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using PyBind.Exports;
using PyBind.Proxies;

namespace PyBind.Marshalling;

/// <summary>
/// The definition of a <c>[PyExport]</c> module, as generated code writes it: functions with typed bodies (no
/// reflection when Python calls them), constants, properties, the .NET types its members use, and submodules.
/// A generated module initializer calls <see cref="Declare"/>; Python makes the module when it first imports it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PyExportModule
{
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, (string DotNetName, string? Doc, Action<PyExportModule> Define)> _submodules = new(StringComparer.Ordinal);

    private PyExportModule(string name) => Name = name;

    /// <summary>The module's full name (<c>host.sub</c>).</summary>
    internal string Name { get; }

    /// <summary>Makes the module <paramref name="name"/> importable; <paramref name="define"/> runs when Python first imports it.</summary>
    public static void Declare(string name, string? doc, Action<PyExportModule> define)
    {
        ArgumentNullException.ThrowIfNull(define);
        ModuleRegistry.Register(name, new ExportedModule(name, doc, define));
    }

    /// <summary>A function: Python calls <paramref name="body"/> with the arguments bound to <paramref name="parameters"/> (their .NET names; keywords may use either spelling).</summary>
    /// <param name="name">The Python name.</param>
    /// <param name="dotNetName">The .NET name, which resolves too.</param>
    /// <param name="parameters">The .NET parameter names, in order.</param>
    /// <param name="required">How many leading parameters have no default.</param>
    /// <param name="body">Converts the arguments, calls the method and returns its result as a new reference.</param>
    /// <param name="doc">The docstring, its first line the signature (<c>add(a, b)\n--\n\n</c>).</param>
    public PyExportModule Function(string name, string dotNetName, string[] parameters, int required, PyExportBody body, string? doc = null)
    {
        var function = new ExportedFunction(Name, name, parameters, required, body);
        _entries.Add(new Entry(name, dotNetName, () => function.ToPython(doc ?? $"{name}()\n--\n\nThe .NET method {dotNetName}.")));
        return this;
    }

    /// <summary>A constant, converted once when the module is made.</summary>
    /// <param name="name">The Python name.</param>
    /// <param name="dotNetName">The .NET name, which resolves too.</param>
    /// <param name="value">Returns the value as a new reference.</param>
    /// <param name="constantName">PEP 8's spelling of a constant (<c>EARTH_RADIUS_KM</c>), bound to the same object and listed; null for none.</param>
    public PyExportModule Constant(string name, string dotNetName, Func<nint> value, string? constantName = null)
    {
        _entries.Add(new Entry(name, dotNetName, value) { ConstantName = constantName });
        return this;
    }

    /// <summary>A static property or field, read (and written, when <paramref name="set"/> is given) on every access.</summary>
    /// <param name="name">The Python name.</param>
    /// <param name="dotNetName">The .NET name, which resolves too.</param>
    /// <param name="get">Returns the value as a new reference.</param>
    /// <param name="set">Converts a borrowed value and assigns it.</param>
    public PyExportModule Property(string name, string dotNetName, Func<nint> get, Action<nint>? set = null)
    {
        _entries.Add(new Entry(name, dotNetName, null, get, set));
        return this;
    }

    /// <summary>A .NET type the module's members take or return: Python sees its proxy (callable as its constructor, an <c>isinstance</c> check).</summary>
    public PyExportModule Type(string name, [DynamicallyAccessedMembers(Python.ProxiedMembers)] Type type)
    {
        _entries.Add(new Entry(name, type.Name, () => TypeProxy(type)));
        return this;
    }

    /// <summary>A submodule (a nested static class).</summary>
    public PyExportModule Submodule(string name, string dotNetName, string? doc, Action<PyExportModule> define)
    {
        _submodules[name] = (dotNetName, doc, define);
        return this;
    }

    /// <summary>The definition run for the module <paramref name="name"/>.</summary>
    internal static PyExportModule Define(string name, Action<PyExportModule> define)
    {
        var module = new PyExportModule(name);
        define(module);
        return module;
    }

    internal IReadOnlyList<Entry> Entries => _entries;

    internal ModuleSource? Submodule(string name)
    {
        foreach ((string pythonName, (string dotNetName, string? doc, Action<PyExportModule> define)) in _submodules)
        {
            if (name == pythonName || name == dotNetName)
                return new ExportedModule(Name + "." + pythonName, doc, define);
        }
        return null;
    }

    internal IEnumerable<string> SubmoduleNames => _submodules.Keys;

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The type's members are kept by the DynamicallyAccessedMembers annotation of Type().")]
    private static nint TypeProxy(Type type) => DotNetProxy.ToPython(type);

    /// <summary>One member: a value made once (<paramref name="Create"/>) or a property read per access (<paramref name="Get"/>).</summary>
    internal sealed record Entry(string Name, string DotNetName, Func<nint>? Create, Func<nint>? Get = null, Action<nint>? Set = null)
    {
        /// <summary>A constant's second Python name (<c>EARTH_RADIUS_KM</c>), holding the same object as <see cref="Name"/>.</summary>
        public string? ConstantName { get; init; }
    }
}
