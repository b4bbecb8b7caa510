using System.Runtime.InteropServices;

namespace PyBind;

internal static unsafe partial class Interop
{
    /// <summary>Exception state (CPython "Exception Handling").</summary>
    internal static partial class Python
    {
        /// <summary>Borrowed; only reads the thread state.</summary>
        [LibraryImport(Libraries.Python), SuppressGCTransition] internal static partial nint PyErr_Occurred();
        [LibraryImport(Libraries.Python)] internal static partial void PyErr_Fetch(nint* type, nint* value, nint* traceback);
        [LibraryImport(Libraries.Python)] internal static partial void PyErr_NormalizeException(nint* type, nint* value, nint* traceback);
        [LibraryImport(Libraries.Python)] internal static partial void PyErr_Restore(nint type, nint value, nint traceback);
        [LibraryImport(Libraries.Python)] internal static partial void PyErr_Clear();
        [LibraryImport(Libraries.Python)] internal static partial void PyErr_SetObject(nint type, nint value);
        [LibraryImport(Libraries.Python)] internal static partial void PyErr_SetString(nint type, byte* message);
        [LibraryImport(Libraries.Python)] internal static partial int PyErr_ExceptionMatches(nint type);
        [LibraryImport(Libraries.Python)] internal static partial int PyErr_GivenExceptionMatches(nint given, nint type);
        [LibraryImport(Libraries.Python)] internal static partial nint PyException_GetTraceback(nint exception);
        [LibraryImport(Libraries.Python)] internal static partial int PyException_SetTraceback(nint exception, nint traceback);
        /// <summary><c>__cause__</c>: a new reference, or NULL (no error set) without one.</summary>
        [LibraryImport(Libraries.Python)] internal static partial nint PyException_GetCause(nint exception);
        /// <summary><c>__context__</c>: a new reference, or NULL (no error set) without one.</summary>
        [LibraryImport(Libraries.Python)] internal static partial nint PyException_GetContext(nint exception);
        [LibraryImport(Libraries.Python)] internal static partial void PyErr_WriteUnraisable(nint context);
        /// <summary>A new exception class named <paramref name="name"/> (<c>module.Class</c>); <paramref name="bases"/> is a class or a tuple of classes.</summary>
        [LibraryImport(Libraries.Python)] internal static partial nint PyErr_NewException(byte* name, nint bases, nint dict);
        /// <summary>Schedules <paramref name="exception"/> (a class; 0 clears a pending one) in the thread whose <c>thread_id</c> is <paramref name="threadId"/>; the caller holds the GIL.</summary>
        [LibraryImport(Libraries.Python)] internal static partial int PyThreadState_SetAsyncExc(nuint threadId, nint exception);
    }
}
