using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyBind;

internal static unsafe partial class Interop
{
    /// <summary>str, bytes and bytearray (CPython "Unicode Objects", "Bytes Objects").</summary>
    internal static partial class Python
    {
        [LibraryImport(Libraries.Python)]
        internal static partial nint PyUnicode_DecodeUTF16(char* s, nint size, byte* errors, int* byteorder);

        /// <summary>
        /// Borrowed, cached UTF-8 of the str; fails (UnicodeEncodeError) on lone surrogates. Runs no Python code, so
        /// it skips the GC transition, behind a wrapper never inlined (see <see cref="PyLong_FromLongLong"/>).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static byte* PyUnicode_AsUTF8AndSize(nint o, nint* size) => PyUnicode_AsUTF8AndSizeNoTransition(o, size);

        [LibraryImport(Libraries.Python, EntryPoint = "PyUnicode_AsUTF8AndSize"), SuppressGCTransition]
        private static partial byte* PyUnicode_AsUTF8AndSizeNoTransition(nint o, nint* size);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyUnicode_AsEncodedString(nint o, byte* encoding, byte* errors);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyUnicode_InternFromString(byte* s);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyUnicode_FromStringAndSize(byte* s, nint size);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyBytes_FromStringAndSize(byte* s, nint size);

        [LibraryImport(Libraries.Python)]
        internal static partial int PyBytes_AsStringAndSize(nint o, byte** buffer, nint* length);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyByteArray_FromStringAndSize(byte* s, nint size);

        [LibraryImport(Libraries.Python)]
        internal static partial byte* PyByteArray_AsString(nint o);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyByteArray_Size(nint o);
    }
}
