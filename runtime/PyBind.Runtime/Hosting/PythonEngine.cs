using System;
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
/// thread may then take it. When CPython is already running in the process (.NET hosted by <c>python3</c>, or
/// pythonnet started it), the runtime uses that interpreter instead: it loads nothing, starts nothing, and takes the
/// GIL per call through <c>PyGILState</c> on the threads whose state the other side made. Shutdown is optional and
/// terminal; it finalizes only an interpreter this runtime started and no one else still uses, and whoever finalizes
/// Python, the runtime notices (an <c>atexit</c> hook) and refuses further calls instead of crashing.
/// </summary>
internal static unsafe class PythonEngine
{
    // SettingUp: CPython runs and the starting thread finishes the runtime's own setup (search paths, the exported
    // modules' finder); other threads wait for it, since an import before it ends would miss them.
    // ShuttingDown: Shutdown has refused new work and waits for the GIL to finalize; threads holding the GIL still
    // release it as usual (after ShutDown too, unless Python was finalized: then there is no GIL to give back).
    private const int NotStarted = 0, Ready = 1, ShutDown = 2, SettingUp = 3, ShuttingDown = 4;

    private const string AlreadyRunning = "the Python already running in this process";

    private static readonly object s_lock = new();
    private static volatile int s_state;

    /// <summary>The managed thread id of the thread running the setup, while <see cref="SettingUp"/>.</summary>
    private static volatile int s_setUpBy;

    private static readonly ManualResetEventSlim s_setUpEnded = new();
    private static PythonInstallation? s_installation;
    private static PythonOptions? s_options;
    private static bool s_resolverRegistered;
    private static PythonBundle? s_bundle;
    private static IRuntimeSetup? s_setup;

    /// <summary>The main thread state the interpreter's start left the starting thread, until the setup hands it on.</summary>
    private static nint s_startingThreadState;

    /// <summary>Whether this runtime started the interpreter (and so may finalize it), rather than finding it running.</summary>
    private static bool s_startedHere;

    /// <summary>Set by the <c>atexit</c> hook: someone else finalized Python (pythonnet, or the python3 hosting .NET exiting).</summary>
    private static volatile bool s_finalizedElsewhere;

    internal static bool IsReady => s_state is Ready or SettingUp;

    internal static bool IsShutDown => s_state == ShutDown;

    /// <summary>True from 3.11 on, where <c>PyObject_Vectorcall</c> is exported (a static inline before).</summary>
    internal static bool HasVectorcall { get; private set; }

    internal static Version Version => Installation.Version;

    internal static PythonInstallation Installation
        => s_installation ?? throw new InvalidOperationException("Python has not been initialized.");

    /// <summary>The site-packages folder of the Python bundled with the program, when that is the one running.</summary>
    internal static string? BundleSitePackages => s_bundle?.SitePackages;

    /// <summary>Takes the setup of the runtime on the Python this engine runs; done once, when the assembly loads.</summary>
    internal static void Register(IRuntimeSetup setup) => s_setup = setup;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void EnsureInitialized()
    {
        if (s_state != Ready)
            Initialize(null);
    }

    /// <remarks>
    /// The setup runs outside the lock, because it takes the GIL: a thread waiting for the lock may hold the GIL (a
    /// Python thread calling .NET, pythonnet's <c>Py.GIL()</c>), and the lock is only ever held for work that needs no
    /// GIL. A thread that arrives during the setup waits for it with the GIL given up (<see cref="WaitForSetup"/>).
    /// </remarks>
    internal static void Initialize(PythonOptions? options)
    {
        while (true)
        {
            if (s_state == SettingUp && s_setUpBy != Environment.CurrentManagedThreadId)
                WaitForSetup();
            lock (s_lock)
            {
                if (s_state == SettingUp && s_setUpBy != Environment.CurrentManagedThreadId)
                    continue;
                if (s_state is ShutDown or ShuttingDown)
                {
                    throw new InvalidOperationException(s_finalizedElsewhere
                        ? "Python was finalized by another component of this process (an embedder calling Py_FinalizeEx, or the python program hosting .NET exiting); CPython cannot be used again in the same process."
                        : "Python has been shut down; CPython cannot be initialized again in the same process.");
                }
                if (s_state is Ready or SettingUp)
                {
                    if (options is not null && !ReferenceEquals(options, s_options))
                    {
                        throw new InvalidOperationException(
                            $"Python is already initialized ({s_installation!.Version} from {s_installation.LibraryPath}), so these options cannot apply. " +
                            "Call Python.Initialize(options) once, before any other use of Python.");
                    }
                    return;
                }
                StartOrAttach(options);
                s_options = options;
                s_setUpBy = Environment.CurrentManagedThreadId;
                s_state = SettingUp;
            }
            SetUp(options);
            return;
        }
    }

    /// <summary>Loads and starts CPython, or attaches to the one running; under the lock, and without taking the GIL.</summary>
    private static void StartOrAttach(PythonOptions? options)
    {
        if (NativeLoader.TryFindLoaded(out nint library, out string file))
        {
            UseLibrary(library);
            if (Py_IsInitialized() != 0)
                UseInstallation(Attach(options, file));
            else
                StartLoaded(options, file);
        }
        else
        {
            PythonInstallation installation = PythonLocator.Locate(options);
            s_bundle = PythonBundle.For(installation);
            s_bundle?.LoadNativeLibraries();
            UseLibrary(NativeLoader.Load(installation.LibraryPath));
            Start(installation);
        }
    }

    /// <summary>The runtime's own setup of a running Python, on the thread that started it; it takes the GIL.</summary>
    private static void SetUp(PythonOptions? options)
    {
        try
        {
            nint startingThreadState = s_startingThreadState;
            s_startingThreadState = 0;
            s_setup!.SetUp(options, startingThreadState);
        }
        finally
        {
            lock (s_lock)
            {
                // A Shutdown meanwhile stands.
                if (s_state == SettingUp)
                    s_state = Ready;
                s_setUpBy = 0;
            }
            s_setUpEnded.Set();
        }
    }

    /// <summary>
    /// Waits for another thread's setup to end. That setup takes the GIL, which this thread may hold (Python called
    /// .NET on it, or pythonnet's <c>Py.GIL()</c> is open): it gives the GIL up while it waits, as a C extension does
    /// around a blocking call, or neither thread would go on. Compiled only once libpython is loaded (see
    /// <see cref="Gil"/>'s imports without a GC transition).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WaitForSetup()
    {
        if (PyGILState_Check() == 0)
        {
            s_setUpEnded.Wait();
            return;
        }
        nint threadState = PyEval_SaveThread();
        try
        {
            s_setUpEnded.Wait();
        }
        finally
        {
            PyEval_RestoreThread(threadState);
        }
    }

    /// <remarks>
    /// The GIL is taken outside the lock, as the setup's is: a thread holding the GIL (Python calling .NET, pythonnet's
    /// <c>Py.GIL()</c>) may be waiting for the lock in <see cref="Initialize"/>, and would never give the GIL up. Under
    /// the lock the runtime only stops taking new work (<see cref="ShuttingDown"/>: such a thread then gets its error
    /// instead of waiting), so no one needs the lock while this waits for the GIL.
    /// </remarks>
    internal static void Shutdown()
    {
        lock (s_lock)
        {
            if (s_state != Ready)
            {
                // Before the start, or during the setup (which the Shutdown then stands over), or a second call.
                if (s_state != ShuttingDown)
                    s_state = ShutDown;
                return;
            }
            if (s_setup!.HoldsGil)
                throw new InvalidOperationException("Python.Shutdown() cannot run inside a GIL scope; dispose the scope first.");
            s_state = ShuttingDown;
        }
        int gil = PyGILState_Ensure();
        // An interpreter someone else started, or one pythonnet also uses, stays running: the runtime only lets go.
        bool finalize = s_startedHere && !s_setup.IsUsedElsewhere();
        s_state = ShutDown;
        if (finalize)
            _ = Py_FinalizeEx();
        else
            PyGILState_Release(gil);
    }

    private static void UseInstallation(PythonInstallation installation)
    {
        s_installation = installation;
        Interop.Libraries.PythonVersion = installation.Version;
    }

    private static void UseLibrary(nint library)
    {
        Interop.Libraries.PythonHandle = library;
        if (!s_resolverRegistered)
        {
            NativeLibrary.SetDllImportResolver(typeof(PythonEngine).Assembly, ResolveLibPython);
            s_resolverRegistered = true;
        }
        HasVectorcall = NativeLibrary.TryGetExport(library, "PyObject_Vectorcall", out _);
    }

    /// <summary>
    /// Uses the interpreter that is running already. Its GIL and thread states are its starter's: nothing is released
    /// here, and each thread takes the GIL per call (through <c>PyGILState</c> where the thread state is not ours).
    /// </summary>
    private static PythonInstallation Attach(PythonOptions? options, string file)
    {
        Version version = RunningVersion();
        if (version < PythonLocator.MinimumVersion)
            throw new PythonNotFoundException($"The Python already running in this process ({file}) is {version}; PyBind needs {PythonLocator.MinimumVersion} or later.");
        // Options that choose an interpreter cannot choose another one now, but they may name this one.
        if (options is { PythonExecutable.Length: > 0 } or { LibraryPath.Length: > 0 })
            RequireSameVersion(PythonLocator.Locate(options), version, file);
        return new PythonInstallation(null, file, version, AlreadyRunning);
    }

    /// <summary>Starts a libpython that is loaded but not initialized: it is the only one this process can use, so it must be the one asked for.</summary>
    private static void StartLoaded(PythonOptions? options, string loadedFile)
    {
        PythonInstallation installation = PythonLocator.Locate(options);
        RequireSameVersion(installation, RunningVersion(), loadedFile);
        Start(installation with { LibraryPath = loadedFile });
    }

    private static void Start(PythonInstallation installation)
    {
        UseInstallation(installation);
        StartInterpreter(installation);
        // Initialization leaves this thread holding the GIL in the main thread state: give the GIL up, so that any
        // thread can take it per call, and keep that state for the setup to hand to the GIL as this thread's own
        // (swapped in and out per call, like the states the runtime makes).
        s_startingThreadState = PyEval_SaveThread();
        s_startedHere = true;
    }

    private static void RequireSameVersion(PythonInstallation wanted, Version running, string file)
    {
        if (wanted.Version.Major != running.Major || wanted.Version.Minor != running.Minor)
        {
            throw new InvalidOperationException(
                $"Python {running} ({file}) is already loaded in this process, so Python {wanted.Version} ({wanted.Executable ?? wanted.LibraryPath}, " +
                $"found through {wanted.FoundThrough}) cannot be used: a process can hold one CPython. Choose the interpreter that is loaded, or start .NET without it.");
        }
    }

    /// <summary>The version of the loaded libpython (<c>Py_GetVersion</c> works before initialization): "3.11.2 (main, …)".</summary>
    private static Version RunningVersion()
    {
        string text = Marshal.PtrToStringUTF8((nint)Py_GetVersion()) ?? string.Empty;
        int end = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.'))
            end++;
        return Version.TryParse(text[..end].TrimEnd('.'), out Version? version) ? version : new Version(0, 0);
    }

    /// <summary>
    /// Marks the runtime shut down when Python starts finalizing, whoever asked (the setup registers it with
    /// <c>atexit</c>, which runs first thing in <c>Py_FinalizeEx</c>, with the interpreter still whole): later calls
    /// throw instead of touching freed state.
    /// </summary>
    internal static void OnFinalizing()
    {
        // No lock: one field, changed only from Ready, which a Shutdown of the runtime has left before it finalizes.
        if (s_state == Ready)
        {
            s_finalizedElsewhere = true;
            s_state = ShutDown;
        }
    }

    private static void StartInterpreter(PythonInstallation installation)
    {
        void* config = NativeMemory.AllocZeroed(PyConfigBufferSize);
        try
        {
            // A bundled Python is the program's own: isolated from PYTHONPATH, PYTHONHOME and the user's site, at home in its folder.
            if (s_bundle is not null)
            {
                PyConfig_InitIsolatedConfig(config);
                s_bundle.SetHome();
            }
            else
            {
                PyConfig_InitPythonConfig(config);
            }
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
            $"Python {installation.Version} ({installation.LibraryPath}, found through {installation.FoundThrough}) failed to initialize: {where}{what}. " +
            "Check PYTHONHOME/PYTHONPATH in the environment, or choose another interpreter with PYBIND_PYTHON.");
    }

    /// <summary>Puts a folder first on <c>sys.path</c> (once); Python is running.</summary>
    internal static void AddToSearchPath(string folder) => s_setup!.AddToSearchPath(folder);

    private static nint ResolveLibPython(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
        => libraryName == Interop.Libraries.Python ? Interop.Libraries.PythonHandle : 0;
}
