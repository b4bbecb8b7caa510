using System.Runtime.InteropServices;

namespace PyBind;

internal static unsafe partial class Interop
{
    /// <summary>The buffer protocol (CPython "Buffer Protocol").</summary>
    internal static partial class Python
    {
        [LibraryImport(Libraries.Python)] internal static partial int PyObject_GetBuffer(nint exporter, Py_buffer* view, int flags);
        [LibraryImport(Libraries.Python)] internal static partial void PyBuffer_Release(Py_buffer* view);
        [LibraryImport(Libraries.Python)] internal static partial nint PyMemoryView_FromObject(nint exporter);

        /// <summary>
        /// Releases a view that <c>PyBuffer</c> allocated with <see cref="NativeMemory"/>, and frees it; the caller holds
        /// the GIL. Here, below both users: <c>PyBuffer</c> and the GIL's queue of releases deferred from finalizers.
        /// </summary>
        internal static void PyBuffer_ReleaseAndFree(Py_buffer* view)
        {
            PyBuffer_Release(view);
            NativeMemory.Free(view);
        }

        /// <summary><c>Py_buffer</c>: the same layout in every version since 3.3 (part of the stable ABI from 3.11).</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct Py_buffer
        {
            public void* Buf;
            public nint Obj;
            public nint Len;
            public nint ItemSize;
            public int ReadOnly;
            public int NDim;
            public byte* Format;
            public nint* Shape;
            public nint* Strides;
            public nint* SubOffsets;
            public void* Internal;
        }

        internal const int PyBUF_SIMPLE = 0, PyBUF_WRITABLE = 0x0001, PyBUF_FORMAT = 0x0004, PyBUF_ND = 0x0008,
            PyBUF_STRIDES = 0x0010 | PyBUF_ND, PyBUF_RECORDS_RO = PyBUF_STRIDES | PyBUF_FORMAT;
    }
}
