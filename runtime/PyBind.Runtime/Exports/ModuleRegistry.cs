using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using PyBind.Hosting;
using PyBind.Marshalling;
using PyBind.Proxies;
using static PyBind.Interop.Python;

namespace PyBind.Exports;

/// <summary>
/// The importable .NET modules: <c>[PyExport]</c> classes and <see cref="Python.RegisterModule(string, object)"/>
/// targets. A finder first on <c>sys.meta_path</c> makes a module when Python first imports it (a package, so
/// <c>from host.sub import h</c> imports the submodule the same way); the module is a <c>types.ModuleType</c> subclass
/// whose missing attributes, assignments and <c>dir()</c> go to its <see cref="ModuleSource"/>. Registration may
/// happen before Python starts (generated module initializers run at load): the finder is installed when it does.
/// </summary>
internal static class ModuleRegistry
{
    private const string BridgeSource = """
        import importlib.machinery, sys, types

        class DotNetModule(types.ModuleType):
            "A module whose members are .NET members."

            def __getattr__(self, name):
                return _get(self.__name__, name)

            def __setattr__(self, name, value):
                if name.startswith('__') or not _set(self.__name__, name, value):
                    super().__setattr__(name, value)

            def __dir__(self):
                return sorted(set(super().__dir__()) | set(_names(self.__name__)))

        class DotNetModuleFinder:
            "Finds the modules .NET registered: [PyExport] classes, Python.RegisterModule."

            @classmethod
            def find_spec(cls, name, path=None, target=None):
                return importlib.machinery.ModuleSpec(name, cls, is_package=True) if _has(name) else None

            @staticmethod
            def create_module(spec):
                return _create(spec.name)

            @staticmethod
            def exec_module(module):
                pass

        sys.meta_path.insert(0, DotNetModuleFinder)
        """;

    private static readonly ConcurrentDictionary<string, ModuleSource> s_registered = new(StringComparer.Ordinal);

    // The sources of the modules made so far, by full name. Only touched with the GIL held.
    private static readonly Dictionary<string, ModuleSource> s_made = new(StringComparer.Ordinal);

    private static PyScope? s_bridge;

    /// <summary>Makes <paramref name="name"/> importable; a module made from an earlier registration of the name is forgotten.</summary>
    internal static void Register(string name, ModuleSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        CheckName(name);
        s_registered[name] = source;
        if (!PythonEngine.IsReady)
            return;
        using GilScope gil = Gil.Acquire();
        EnsureFinder();
        Forget(name);
    }

    /// <summary>Removes <paramref name="name"/> and its submodules from the importable modules and from <c>sys.modules</c>.</summary>
    internal static bool Unregister(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        bool removed = s_registered.TryRemove(name, out _);
        if (PythonEngine.IsReady)
        {
            using GilScope gil = Gil.Acquire();
            Forget(name);
        }
        return removed;
    }

    /// <summary>Installs the finder once Python runs, when modules were registered before it started.</summary>
    internal static void OnPythonStarted()
    {
        if (s_registered.IsEmpty)
            return;
        using GilScope gil = Gil.Acquire();
        EnsureFinder();
    }

    private static void CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!name.Split('.').All(IsIdentifier))
            throw new ArgumentException($"'{name}' is not a Python module name: use dot-separated identifiers, such as \"host\" or \"host.tools\".", nameof(name));
    }

    private static bool IsIdentifier(string part)
        => part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static void EnsureFinder()
    {
        if (s_bridge is not null)
            return;
        PyScope bridge = Python.CreateScope();
        bridge.Set("_has", Function("_has", (_, args) => PyConvert.ToPython(Find(args.Get<string>(0)) is not null)));
        bridge.Set("_create", Function("_create", (_, args) => Create(args.Get<string>(0))));
        bridge.Set("_get", Function("_get", (_, args) => Get(args.Get<string>(0), args.Get<string>(1))));
        bridge.Set("_set", Function("_set", Set));
        bridge.Set("_names", Function("_names", (_, args) => PyConvert.ToPython(Source(args.Get<string>(0)).Names.Distinct().ToList())));
        bridge.Run(BridgeSource);
        s_bridge = bridge;
    }

    private static PyObject Function(string name, ProxyMethodBody body) => new(ProxyMethod.Bind(name, body, typeof(ModuleRegistry)), PyOwnership.Steal);

    /// <summary>The source of a module by full name: a registered one, a module already made, or a submodule of either.</summary>
    private static ModuleSource? Find(string fullName)
    {
        if (s_made.TryGetValue(fullName, out ModuleSource? made) || s_registered.TryGetValue(fullName, out made))
            return made;
        int dot = fullName.LastIndexOf('.');
        return dot > 0 && Find(fullName[..dot]) is { } parent ? parent.Submodule(fullName[(dot + 1)..]) : null;
    }

    private static ModuleSource Source(string fullName)
        => Find(fullName) ?? throw new PyImportError($"the .NET module '{fullName}' is no longer registered");

    /// <summary>The module object for <paramref name="fullName"/> (<c>create_module</c> of the finder).</summary>
    private static nint Create(string fullName)
    {
        ModuleSource source = Source(fullName);
        using PyObject moduleClass = s_bridge!.Get("DotNetModule");
        using PyObject module = moduleClass.Call(fullName, source.Doc);
        using var namespaceDict = new PyObject(PyModule_GetDict(module.Handle), PyOwnership.Borrow);
        source.Populate(namespaceDict);
        s_made[fullName] = source;
        return PyConvert.ToPython(module);
    }

    /// <summary>A module attribute its namespace does not hold: a submodule (imported), <c>__all__</c>, a .NET member.</summary>
    private static nint Get(string fullName, string name)
    {
        ModuleSource source = Source(fullName);
        if (name == "__all__")
            return PyConvert.ToPython(source.Names.Distinct().ToList());
        if (!name.StartsWith("__", StringComparison.Ordinal))
        {
            if (source.Submodule(name) is not null)
            {
                using PyObject submodule = PyInternedName.Create(fullName + "." + name);
                return PyObject.Check(PyImport_Import(submodule.Handle));
            }
            using var namespaceDict = new PyObject(Module(fullName), PyOwnership.Borrow);
            nint value = source.Get(name, namespaceDict);
            if (value != 0)
                return value;
        }
        throw new PyAttributeError($"module '{fullName}' has no attribute '{name}'");
    }

    private static nint Set(object unused, PyCallArguments args)
    {
        string fullName = args.Get<string>(0), name = args.Get<string>(1);
        ModuleSource source = Source(fullName);
        using PyObject value = args[2];
        // The import system records an imported submodule as an attribute of its parent: that stays Python's.
        bool set = source.Submodule(name) is null && source.TrySet(name, value.DangerousGetHandle());
        return PyConvert.ToPython(set);
    }

    /// <summary>The namespace dict of a module made before (borrowed).</summary>
    private static nint Module(string fullName)
    {
        using PyObject name = PyInternedName.Create(fullName);
        nint module = PyObject.Check(PyImport_GetModule(name.Handle));
        Py_DecRef(module);
        return PyModule_GetDict(module);
    }

    /// <summary>Drops the modules made for <paramref name="name"/> and its submodules, so the next import makes them anew.</summary>
    private static void Forget(string name)
    {
        foreach (string made in s_made.Keys.Where(m => m == name || m.StartsWith(name + ".", StringComparison.Ordinal)).ToList())
            s_made.Remove(made);
        using PyObject sys = Python.Import("sys");
        using PyObject modules = sys.GetAttr("modules");
        foreach (string loaded in PyConverters.ReadOnlyListOf(PyConverters.For<string>()).FromPython(modules.Handle))
        {
            if (loaded == name || loaded.StartsWith(name + ".", StringComparison.Ordinal))
                modules.DelItem(loaded);
        }
    }
}
