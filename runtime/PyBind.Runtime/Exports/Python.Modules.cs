using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using PyBind.Exports;
using PyBind.Proxies;

namespace PyBind;

public partial class Python
{
    /// <summary>
    /// Makes a static class importable from Python as <paramref name="name"/> (<c>import host</c>): its public static
    /// methods, properties, fields and constants in Python spelling (<c>AddTwo</c> → <c>add_two</c>, <c>C</c> → <c>c</c>)
    /// and by their exact names, nested static classes as submodules (<c>from host.sub import h</c>). Registering a
    /// name again replaces it; Python may be running or not yet. For a class known at compile time, <c>[PyExport]</c>
    /// generates the module instead (no reflection, typed stubs).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a dotted Python name.</exception>
    public static void RegisterModule(string name, [DynamicallyAccessedMembers(ProxiedMembers)] Type staticClass)
    {
        ArgumentNullException.ThrowIfNull(staticClass);
        ModuleRegistry.Register(name, CreateTypeModule(staticClass));
    }

    /// <summary>
    /// Makes a dictionary importable from Python as <paramref name="name"/>: each entry an attribute (a delegate a
    /// function, an object a proxy, a nested <c>IDictionary&lt;string, object?&gt;</c> a submodule), live both ways, as
    /// Pyodide's <c>registerJsModule</c> does with a JavaScript object.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a dotted Python name.</exception>
    public static void RegisterModule(string name, IDictionary<string, object?> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        ModuleRegistry.Register(name, new DictionaryModule(members));
    }

    /// <summary>
    /// Makes an object importable from Python as <paramref name="name"/>: its public instance members, live (a service,
    /// a logger). Its properties holding dictionaries, static classes or anonymous objects are submodules.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a dotted Python name.</exception>
    [RequiresUnreferencedCode("The module exposes the members of the object's run-time type, which the trimmer may remove; register a static class or a dictionary, or use [PyExport].")]
    public static void RegisterModule(string name, object target)
    {
        ArgumentNullException.ThrowIfNull(target);
        ModuleRegistry.Register(name, target switch
        {
            Type type => new TypeModule(type),
            IDictionary<string, object?> members => new DictionaryModule(members),
            _ => new InstanceModule(target),
        });
    }

    /// <summary>Removes a module registered by <see cref="RegisterModule(string, object)"/> (or a <c>[PyExport]</c> one) and its submodules from Python's modules; false when it was not registered.</summary>
    public static bool UnregisterModule(string name) => ModuleRegistry.Unregister(name);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The members of the type are kept by the DynamicallyAccessedMembers annotation of the public parameter.")]
    private static TypeModule CreateTypeModule([DynamicallyAccessedMembers(ProxiedMembers)] Type staticClass) => new(staticClass);
}
