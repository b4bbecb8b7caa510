using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using PyBind.Proxies;

namespace PyBind.Exports;

/// <summary>
/// What a .NET-backed Python module is made of: a static class, an object, a dictionary, or a generated
/// <c>[PyExport]</c> definition. The module object (<see cref="ModuleRegistry"/>) asks it for attributes it does not
/// hold itself, so values stay live (a property read on every access, a dictionary entry added later is seen).
/// </summary>
internal abstract class ModuleSource
{
    /// <summary>The module's docstring.</summary>
    internal virtual string? Doc => null;

    /// <summary>The names <c>dir()</c> and <c>from m import *</c> see.</summary>
    internal abstract IEnumerable<string> Names { get; }

    /// <summary>Puts what never changes (functions, constants) in a new module's namespace; the caller holds the GIL.</summary>
    internal virtual void Populate(PyObject namespaceDict)
    {
    }

    /// <summary>The attribute <paramref name="name"/> as a new reference, or 0 (no error set) when there is none.</summary>
    internal abstract nint Get(string name, PyObject namespaceDict);

    /// <summary>Assigns a .NET member from Python (<c>module.x = 1</c>); false when <paramref name="name"/> is none, so Python stores it in the module.</summary>
    internal virtual bool TrySet(string name, nint value) => false;

    /// <summary>The submodule <paramref name="name"/> (a nested static class, a nested dictionary…), or null.</summary>
    internal abstract ModuleSource? Submodule(string name);

    /// <summary>
    /// The module a value stands for when it is nested in a registered object or dictionary, as Pyodide nests plain
    /// objects: a dictionary of names, a static class, an anonymous object. Any other value is an attribute.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = ReflectedType.Justification)]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = ReflectedType.Justification)]
    internal static ModuleSource? Nested(object? value) => value switch
    {
        IDictionary<string, object?> members => new DictionaryModule(members),
        Type { IsAbstract: true, IsSealed: true } staticClass => new TypeModule(staticClass),
        not null when value.GetType().IsDefined(typeof(CompilerGeneratedAttribute)) && value.GetType().Name.Contains("AnonymousType", StringComparison.Ordinal)
            => new InstanceModule(value),
        _ => null,
    };
}

/// <summary><c>Python.RegisterModule(name, typeof(SomeStaticClass))</c>: the static members, and nested static classes as submodules.</summary>
[RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
internal sealed class TypeModule([DynamicallyAccessedMembers(Python.ProxiedMembers)] Type type) : ModuleSource
{
    internal override string? Doc => $"The .NET class {PyConvert.DisplayName(type)}.";

    internal override IEnumerable<string> Names
        => Members.PythonNames.Concat(NestedClasses.Select(c => PythonSpelling.Of(MemberTable.PythonTypeName(c))));

    private MemberTable Members => ReflectedType.Of(type).StaticMembers;

    private Type[] NestedClasses => Array.FindAll(type.GetNestedTypes(BindingFlags.Public), t => t is { IsAbstract: true, IsSealed: true });

    internal override nint Get(string name, PyObject namespaceDict) => Members.Find(name)?.Get(null) ?? 0;

    internal override bool TrySet(string name, nint value)
    {
        if (Members.Find(name) is not { } member)
            return false;
        member.Set(null, value, PyConvert.DisplayName(type), name);
        return true;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "The nested types of a type whose nested types are kept.")]
    internal override ModuleSource? Submodule(string name)
        => Array.Find(NestedClasses, c => Named(c, name)) is { } nested ? new TypeModule(nested) : null;

    private static bool Named(Type nested, string name)
        => MemberTable.PythonTypeName(nested) == name || PythonSpelling.Of(MemberTable.PythonTypeName(nested)) == name;
}

/// <summary><c>Python.RegisterModule(name, someObject)</c>: the object's public members, live.</summary>
[RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
internal sealed class InstanceModule(object target) : ModuleSource
{
    internal override string? Doc => $"A .NET {PyConvert.DisplayName(target.GetType())}.";

    internal override IEnumerable<string> Names => Members.PythonNames;

    private MemberTable Members => ReflectedType.Of(target.GetType()).InstanceMembers;

    internal override nint Get(string name, PyObject namespaceDict) => Members.Find(name)?.Get(target) ?? 0;

    internal override bool TrySet(string name, nint value)
    {
        if (Members.Find(name) is not { } member)
            return false;
        member.Set(target, value, PyConvert.DisplayName(target.GetType()), name);
        return true;
    }

    internal override ModuleSource? Submodule(string name)
    {
        PropertyInfo? property = Array.Find(target.GetType().GetProperties(), p => p.Name == name || PythonSpelling.Of(p.Name) == name);
        return property is { GetMethod.IsPublic: true } && property.GetIndexParameters().Length == 0 ? Nested(property.GetValue(target)) : null;
    }
}

/// <summary>
/// <c>Python.RegisterModule(name, dictionary)</c>: each entry an attribute (by its key, or the key's Python spelling),
/// nested dictionaries submodules; live both ways (Python assigning an attribute sets the entry).
/// </summary>
internal sealed class DictionaryModule(IDictionary<string, object?> members) : ModuleSource
{
    internal override IEnumerable<string> Names => members.Keys;

    internal override nint Get(string name, PyObject namespaceDict)
        => KeyOf(name) is { } key ? PyConvert.ToPython(members[key]) : 0;

    internal override bool TrySet(string name, nint value)
    {
        members[KeyOf(name) ?? name] = PyConvert.ToObject(value);
        return true;
    }

    internal override ModuleSource? Submodule(string name) => KeyOf(name) is { } key ? Nested(members[key]) : null;

    private string? KeyOf(string name)
        => members.ContainsKey(name) ? name : members.Keys.FirstOrDefault(key => PythonSpelling.Of(key) == name);
}
