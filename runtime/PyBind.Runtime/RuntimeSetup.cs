using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Runtime.CompilerServices;
using PyBind.Exports;
using PyBind.Hosting;
using PyBind.Marshalling;
using PyBind.Proxies;

namespace PyBind;

/// <summary>
/// What starting Python starts on it, in this order: the GIL takes over the starting thread's state, then the bundle's
/// site folder, the programs' own module folders, a watch on finalization, the <c>[PyExport]</c> modules' finder, and
/// the options' search paths (first on <c>sys.path</c>) and streams. It uses every layer, so it sits on top; the engine
/// at the bottom calls it through <see cref="IRuntimeSetup"/>.
/// </summary>
internal sealed class RuntimeSetup : IRuntimeSetup
{
    /// <summary>Hands the engine its setup before any code of the assembly runs (a first use may start Python from any layer).</summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "It only stores an object: no I/O, no Python, nothing a host could order differently.")]
    internal static void RegisterWithEngine() => PythonEngine.Register(new RuntimeSetup());

    public bool HoldsGil => Gil.IsHeldByCurrentThread;

    public void SetUp(PythonOptions? options, nint startingThreadState)
    {
        if (startingThreadState != 0)
            Gil.AdoptStartingThreadState(startingThreadState);
        if (PythonEngine.BundleSitePackages is { } sitePackages)
            AddSiteDirectory(sitePackages);
        foreach (string folder in PyBuildRecord.ModuleFolders)
            AddToSearchPath(folder);
        WatchFinalization();
        ModuleRegistry.OnPythonStarted();
        if (options is not null)
            ApplyOptions(options);
    }

    public void AddToSearchPath(string folder)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject sys = Python.Import("sys");
        using PyObject path = sys.GetAttr("path");
        string fullPath = Path.GetFullPath(folder);
        if (!path.Contains(fullPath))
            path.CallMethod("insert", 0L, fullPath).Dispose();
    }

    /// <summary>Whether pythonnet's <c>clr</c> module is loaded: pythonnet is using the interpreter (its shutdown removes it).</summary>
    public bool IsUsedElsewhere() => PyModuleMember.IsImported("clr");

    /// <summary>Adds a site directory as <c>site</c> does (its <c>.pth</c> files read).</summary>
    private static void AddSiteDirectory(string folder)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject site = Python.Import("site");
        site.CallMethod("addsitedir", folder).Dispose();
    }

    /// <summary>Lets the engine know when Python starts finalizing, whoever asked (<see cref="PythonEngine.OnFinalizing"/>).</summary>
    private static void WatchFinalization()
    {
        using GilScope gil = Gil.Acquire();
        using PyObject atexit = Python.Import("atexit");
        using PyObject hook = Python.Function(PythonEngine.OnFinalizing, "pybind_finalizing");
        atexit.CallMethod("register", hook).Dispose();
    }

    private void ApplyOptions(PythonOptions options)
    {
        using GilScope gil = Gil.Acquire();
        for (int i = options.SearchPaths.Count - 1; i >= 0; i--)
            AddToSearchPath(options.SearchPaths[i]);
        if (options.StandardOutput is not null || options.StandardError is not null)
            OutputRedirection.SetProcessWide(options.StandardOutput, options.StandardError);
    }
}
