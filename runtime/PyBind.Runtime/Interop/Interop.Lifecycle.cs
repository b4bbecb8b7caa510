using System.Runtime.InteropServices;

namespace PyBind;

internal static unsafe partial class Interop
{
    /// <summary>Initialization, finalization, threads and the GIL (CPython "Initialization, Finalization, and Threads").</summary>
    internal static partial class Python
    {
        [StructLayout(LayoutKind.Sequential)]
        internal struct PyStatus
        {
            public int Type;
            public byte* Func;
            public byte* ErrorMessage;
            public int ExitCode;
        }

        /// <summary>
        /// <c>PyConfig</c> is an opaque buffer to us: its size grows with each version (392 bytes in 3.9, 448 in 3.13),
        /// so we allocate generously and touch fields only through the API, except the one below.
        /// </summary>
        internal const int PyConfigBufferSize = 4096;

        /// <summary>
        /// <c>offsetof(PyConfig, install_signal_handlers)</c>: it follows four ints in every version from 3.8 to 3.13
        /// (checked against each version's headers), so it is the same on every platform.
        /// </summary>
        internal const int PyConfigInstallSignalHandlersOffset = 16;

        [LibraryImport(Libraries.Python)] internal static partial void PyConfig_InitPythonConfig(void* config);
        [LibraryImport(Libraries.Python)] internal static partial void PyConfig_InitIsolatedConfig(void* config);
        /// <summary>Deprecated since 3.11 but exported through 3.13; takes a <c>wchar_t*</c> that must outlive the interpreter.</summary>
        [LibraryImport(Libraries.Python)] internal static partial void Py_SetPythonHome(void* home);
        [LibraryImport(Libraries.Python)] internal static partial PyStatus PyConfig_SetBytesArgv(void* config, nint argc, byte** argv);
        [LibraryImport(Libraries.Python)] internal static partial void PyConfig_Clear(void* config);
        [LibraryImport(Libraries.Python)] internal static partial PyStatus Py_InitializeFromConfig(void* config);
        [LibraryImport(Libraries.Python)] internal static partial int PyStatus_Exception(PyStatus status);
        [LibraryImport(Libraries.Python)] internal static partial int Py_IsInitialized();
        [LibraryImport(Libraries.Python)] internal static partial int Py_FinalizeEx();
        [LibraryImport(Libraries.Python)] internal static partial byte* Py_GetVersion();

        [LibraryImport(Libraries.Python)] internal static partial int PyGILState_Ensure();
        [LibraryImport(Libraries.Python)] internal static partial void PyGILState_Release(int state);
        [LibraryImport(Libraries.Python), SuppressGCTransition] internal static partial int PyGILState_Check();
        /// <summary>
        /// Without a GC transition: it runs no Python code and does not block on anything a collection could be waiting
        /// for (at most it waits for a thread already taking the GIL to take it), so the transition's cost is saved on
        /// every lone call. Taking the GIL back (<see cref="PyEval_RestoreThread"/>) can wait for any thread, a .NET one
        /// waiting for a collection included, so it keeps the transition.
        /// </summary>
        [LibraryImport(Libraries.Python), SuppressGCTransition] internal static partial nint PyEval_SaveThread();
        [LibraryImport(Libraries.Python)] internal static partial void PyEval_RestoreThread(nint threadState);
        [LibraryImport(Libraries.Python), SuppressGCTransition] internal static partial nuint PyThread_get_thread_ident();
        // Not SuppressGCTransition: such imports are bound when the calling method is compiled, and Gil.Enter is
        // compiled before libpython is loaded.
        [LibraryImport(Libraries.Python)] internal static partial nint PyThreadState_Get();
        /// <summary>This OS thread's Python thread state, or 0 when it has none (it does not take the GIL).</summary>
        [LibraryImport(Libraries.Python)] internal static partial nint PyGILState_GetThisThreadState();
        [LibraryImport(Libraries.Python)] internal static partial void PyThreadState_Clear(nint threadState);
    }
}
