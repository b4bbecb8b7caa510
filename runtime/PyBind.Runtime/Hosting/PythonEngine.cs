using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using static PyBind.Interop.Python;

namespace PyBind.Hosting;

/// <summary>
/// The one CPython of this process: found, loaded and initialized once, lazily on first use or explicitly; never
/// re-initialized (extension modules such as numpy do not survive it). Initialization releases the GIL, so any
/// thread may then take it. Shutdown is optional and terminal; a program that never calls it exits without waiting
/// for Python.
/// </summary>
internal static unsafe class PythonEngine
{
    private const int NotStarted = 0, Ready = 1, ShutDown = 2;

    private static readonly object s_lock = new();
    private static volatile int s_state;
    private static nint s_library;
    private static PythonInstallation? s_installation;
    private static PythonOptions? s_options;
    private static bool s_resolverRegistered;

    internal static bool IsReady => s_state == Ready;

    internal static bool IsShutDown => s_state == ShutDown;

    /// <summary>True from 3.11 on, where <c>PyObject_Vectorcall</c> is exported (a static inline before).</summary>
    internal static bool HasVectorcall { get; private set; }

    internal static Version Version => Installation.Version;


    internal static PythonInstallation Installation
        => s_installation ?? throw new InvalidOperationException("Python has not been initialized.");

    internal static nint LibraryHandle
        => s_library != 0 ? s_library : throw new InvalidOperationException("libpython has not been loaded.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void EnsureInitialized()
    {
        if (s_state != Ready)
            Initialize(null);
    }

    internal static void Initialize(PythonOptions? options)
    {
        lock (s_lock)
        {
            if (s_state == ShutDown)
                throw new InvalidOperationException("Python has been shut down; CPython cannot be initialized again in the same process.");
            if (s_state == Ready)
            {
                if (options is not null && !ReferenceEquals(options, s_options))
                {
                    throw new InvalidOperationException(
                        $"Python is already initialized ({s_installation!.Version} from {s_installation.LibraryPath}), so these options cannot apply. " +
                        "Call Python.Initialize(options) once, before any other use of Python.");
                }
                return;
            }

            PythonInstallation installation = PythonLocator.Locate(options);
            s_library = Load(installation.LibraryPath);
            if (!s_resolverRegistered)
            {
                NativeLibrary.SetDllImportResolver(typeof(PythonEngine).Assembly, ResolveLibPython);
                s_resolverRegistered = true;
            }
            HasVectorcall = NativeLibrary.TryGetExport(s_library, "PyObject_Vectorcall", out _);
            s_installation = installation;
            s_options = options;

            if (Py_IsInitialized() == 0)
                StartInterpreter(installation);
            // Initialization leaves this thread holding the GIL; give it up so that any thread can take it per call.
            _ = PyEval_SaveThread();
            s_state = Ready;
        }

        foreach (string folder in Marshalling.PyBuildRecord.ModuleFolders)
            AddToSearchPath(folder);
        Exports.ModuleRegistry.OnPythonStarted();
        if (options is not null)
            ApplyOptions(options);
    }

    internal static void Shutdown()
    {
        lock (s_lock)
        {
            if (s_state != Ready)
            {
                s_state = ShutDown;
                return;
            }
            if (Gil.IsHeldByCurrentThread)
                throw new InvalidOperationException("Python.Shutdown() cannot run inside a GIL scope; dispose the scope first.");
            _ = PyGILState_Ensure();
            s_state = ShutDown;
            _ = Py_FinalizeEx();
        }
    }

    private static void StartInterpreter(PythonInstallation installation)
    {
        void* config = NativeMemory.AllocZeroed(PyConfigBufferSize);
        try
        {
            PyConfig_InitPythonConfig(config);
            // Leave SIGINT to .NET: a console app's Ctrl+C must stay .NET's, and cancellation does not need signals.
            *(int*)((byte*)config + PyConfigInstallSignalHandlersOffset) = 0;

            // argv[0] is how Python finds itself: program name, executable, prefix, and a venv's pyvenv.cfg.
            if (installation.Executable is { } executable)
            {
                byte[] argument = Encoding.UTF8.GetBytes(executable + "\0");
                fixed (byte* argument0 = argument)
                {
                    byte** argv = stackalloc byte*[1];
                    argv[0] = argument0;
                    ThrowIfFailed(PyConfig_SetBytesArgv(config, 1, argv), installation);
                }
            }
            ThrowIfFailed(Py_InitializeFromConfig(config), installation);
        }
        finally
        {
            PyConfig_Clear(config);
            NativeMemory.Free(config);
        }
    }

    private static void ThrowIfFailed(PyStatus status, PythonInstallation installation)
    {
        if (PyStatus_Exception(status) == 0)
            return;
        string where = status.Func is null ? string.Empty : Marshal.PtrToStringUTF8((nint)status.Func) + ": ";
        string what = status.ErrorMessage is null ? $"exit code {status.ExitCode}" : Marshal.PtrToStringUTF8((nint)status.ErrorMessage)!;
        throw new InvalidOperationException(
            $"Python {installation.Version} ({installation.LibraryPath}, found through {installation.Source}) failed to initialize: {where}{what}. " +
            "Check PYTHONHOME/PYTHONPATH in the environment, or choose another interpreter with PYBIND_PYTHON.");
    }

    private static void ApplyOptions(PythonOptions options)
    {
        using GilScope gil = Gil.Acquire();
        for (int i = options.SearchPaths.Count - 1; i >= 0; i--)
            AddToSearchPath(options.SearchPaths[i]);
        if (options.StandardOutput is not null || options.StandardError is not null)
            OutputRedirection.SetProcessWide(options.StandardOutput, options.StandardError);
    }

    /// <summary>Puts a folder first on <c>sys.path</c> (once).</summary>
    internal static void AddToSearchPath(string folder)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject sys = Python.Import("sys");
        using PyObject path = sys.GetAttr("path");
        string fullPath = Path.GetFullPath(folder);
        if (!path.Contains(fullPath))
            path.CallMethod("insert", 0L, fullPath).Dispose();
    }

    private static nint Load(string path)
    {
        if (OperatingSystem.IsWindows())
            return NativeLibrary.Load(path);

        nint handle;
        string? error;
        if (OperatingSystem.IsMacOS())
        {
            handle = Interop.Loader.DlopenMacOS(path, Interop.Loader.RTLD_NOW | Interop.Loader.RTLD_GLOBAL_MACOS);
            error = handle == 0 ? Marshal.PtrToStringUTF8((nint)Interop.Loader.DlerrorMacOS()) : null;
        }
        else
        {
            try
            {
                handle = Interop.Loader.DlopenLibc(path, Interop.Loader.RTLD_NOW | Interop.Loader.RTLD_GLOBAL_LINUX);
                error = handle == 0 ? Marshal.PtrToStringUTF8((nint)Interop.Loader.DlerrorLibc()) : null;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                handle = Interop.Loader.DlopenLibdl(path, Interop.Loader.RTLD_NOW | Interop.Loader.RTLD_GLOBAL_LINUX);
                error = handle == 0 ? Marshal.PtrToStringUTF8((nint)Interop.Loader.DlerrorLibdl()) : null;
            }
        }
        if (handle == 0)
            throw new PythonNotFoundException($"libpython {path} could not be loaded: {error}");
        return handle;
    }

    private static nint ResolveLibPython(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
        => libraryName == Interop.Libraries.Python ? LibraryHandle : 0;
}
