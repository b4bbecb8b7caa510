using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyBind;

internal static unsafe partial class Interop
{
    /// <summary>Object protocol, reference counting and calls (CPython "Object Protocol", "Call Protocol").</summary>
    internal static partial class Python
    {
        /// <summary>
        /// <c>Py_XINCREF</c>, in place as CPython's own macro does (the caller holds the GIL): a call would cost more
        /// than the work. A count whose low 32 bits read negative is an immortal object's (3.12+), which stays as is.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static void Py_IncRef(nint o)
        {
            if (o == 0)
                return;
            nint count = *(nint*)o;
            if ((int)count >= 0)
                *(nint*)o = count + 1;
        }

        /// <summary>
        /// <c>Py_XDECREF</c>, in place like <see cref="Py_IncRef"/>; only the last reference goes through CPython,
        /// whose deallocation can run <c>__del__</c> (and .NET callbacks through it), so that call keeps the full GC
        /// transition.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static void Py_DecRef(nint o)
        {
            if (o == 0)
                return;
            nint count = *(nint*)o;
            if ((int)count < 0)
                return;
            if (count > 1)
                *(nint*)o = count - 1;
            else
                Py_Dealloc(o);
        }

        /// <summary>
        /// Drops the last reference. Freeing an exact <c>int</c>, <c>float</c>, <c>str</c> or <c>bytes</c> runs no Python
        /// code, so it skips the GC transition; anything else may run <c>__del__</c> (and .NET callbacks through it).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void Py_Dealloc(nint o)
        {
            nint type = Py_TYPE(o);
            if (type == Data.PyLong_Type || type == Data.PyFloat_Type || type == Data.PyUnicode_Type || type == Data.PyBytes_Type)
                Py_DecRefOfPlainValue(o);
            else
                Py_DecRefExported(o);
        }

        [LibraryImport(Libraries.Python, EntryPoint = "Py_DecRef")]
        private static partial void Py_DecRefExported(nint o);

        [LibraryImport(Libraries.Python, EntryPoint = "Py_DecRef"), SuppressGCTransition]
        private static partial void Py_DecRefOfPlainValue(nint o);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyObject_Str(nint o);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyObject_Repr(nint o);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyObject_GetAttr(nint o, nint name);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyObject_GetAttrString(nint o, byte* name);

        [LibraryImport(Libraries.Python)]
        internal static partial int PyObject_SetAttr(nint o, nint name, nint value);

        // 1 or 0; any error in the lookup is cleared (used on error paths, to tell a missing attribute from a failing one).
        [LibraryImport(Libraries.Python)]
        internal static partial int PyObject_HasAttr(nint o, nint name);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyObject_GetItem(nint o, nint key);

        [LibraryImport(Libraries.Python)]
        internal static partial int PyObject_SetItem(nint o, nint key, nint value);

        [LibraryImport(Libraries.Python)]
        internal static partial int PyObject_DelItem(nint o, nint key);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyObject_RichCompare(nint a, nint b, int op);

        [LibraryImport(Libraries.Python)]
        internal static partial int PyObject_RichCompareBool(nint a, nint b, int op);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyObject_Hash(nint o);

        [LibraryImport(Libraries.Python)]
        internal static partial int PyObject_IsTrue(nint o);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyObject_Size(nint o);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyObject_Type(nint o);

        [LibraryImport(Libraries.Python)]
        internal static partial int PyObject_IsInstance(nint o, nint type);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyObject_GetIter(nint o);

        /// <summary><c>value in o</c>, with Python's full semantics (<c>__contains__</c>, else iteration).</summary>
        [LibraryImport(Libraries.Python)]
        internal static partial int PySequence_Contains(nint o, nint value);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyIter_Next(nint iterator);

        [LibraryImport(Libraries.Python)]
        internal static partial int PyIter_Check(nint o);

        [LibraryImport(Libraries.Python)]
        internal static partial int PyCallable_Check(nint o);

        [LibraryImport(Libraries.Python)]
        internal static partial int PyObject_CheckBuffer(nint o);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyObject_Dir(nint o);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyObject_Call(nint callable, nint args, nint kwargs);

        /// <summary>Exported from 3.11 on (a static inline before): check <see cref="Hosting.PythonEngine.HasVectorcall"/>.</summary>
        [LibraryImport(Libraries.Python)]
        internal static partial nint PyObject_Vectorcall(nint callable, nint* args, nuint nargsf, nint kwnames);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyObject_VectorcallDict(nint callable, nint* args, nuint nargsf, nint kwdict);

        [LibraryImport(Libraries.Python)]
        internal static partial nint PyObject_VectorcallMethod(nint name, nint* args, nuint nargsf, nint kwnames);

        [LibraryImport(Libraries.Python)]
        internal static partial int PyType_IsSubtype(nint a, nint b);

        [LibraryImport(Libraries.Python)]
        internal static partial ulong PyType_GetFlags(nint type);

        /// <summary>Set in vectorcall's nargsf: the callee may use args[-1] (saves a copy for bound methods).</summary>
        internal static readonly nuint PY_VECTORCALL_ARGUMENTS_OFFSET = (nuint)1 << (8 * sizeof(nuint) - 1);

        internal const int Py_LT = 0, Py_LE = 1, Py_EQ = 2, Py_NE = 3, Py_GT = 4, Py_GE = 5;

        internal const ulong Py_TPFLAGS_LONG_SUBCLASS = 1UL << 24;
        internal const ulong Py_TPFLAGS_LIST_SUBCLASS = 1UL << 25;
        internal const ulong Py_TPFLAGS_TUPLE_SUBCLASS = 1UL << 26;
        internal const ulong Py_TPFLAGS_BYTES_SUBCLASS = 1UL << 27;
        internal const ulong Py_TPFLAGS_UNICODE_SUBCLASS = 1UL << 28;
        internal const ulong Py_TPFLAGS_DICT_SUBCLASS = 1UL << 29;
        internal const ulong Py_TPFLAGS_BASE_EXC_SUBCLASS = 1UL << 30;
        internal const ulong Py_TPFLAGS_TYPE_SUBCLASS = 1UL << 31;

        /// <summary>
        /// <c>Py_TYPE(o)</c>: the type pointer follows the reference count in every non-free-threaded build
        /// (part of the stable ABI's object header). Reading it avoids a call and a reference.
        /// </summary>
        internal static nint Py_TYPE(nint o) => *(nint*)(o + sizeof(nint));

        /// <summary><c>PyFloat_AS_DOUBLE(o)</c> of an exact <c>float</c>: its value follows the object header.</summary>
        internal static double PyFloat_AS_DOUBLE(nint o) => *(double*)(o + 2 * sizeof(nint));
    }
}
