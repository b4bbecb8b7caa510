using System.Runtime.InteropServices;

namespace PyBind;

internal static unsafe partial class Interop
{
    /// <summary>
    /// Types and functions implemented by .NET (CPython "Object Implementation Support"): heap types made from a
    /// <c>PyType_Spec</c>, builtin functions, capsules. Everything here is in the stable ABI of 3.9 and later.
    /// </summary>
    internal static partial class Python
    {
        [LibraryImport(Libraries.Python)] internal static partial nint PyType_FromSpec(PyType_Spec* spec);
        [LibraryImport(Libraries.Python)] internal static partial nint PyType_GenericAlloc(nint type, nint items);
        [LibraryImport(Libraries.Python)] internal static partial void PyObject_Free(void* memory);

        /// <summary>Python's own attribute lookup (the type's descriptors and methods), for what a proxy does not define itself.</summary>
        [LibraryImport(Libraries.Python)] internal static partial nint PyObject_GenericGetAttr(nint o, nint name);

        /// <summary>Borrowed; the function's <c>self</c> (our capsule for functions made by <see cref="Marshalling.NativeFunctions"/>).</summary>
        [LibraryImport(Libraries.Python), SuppressGCTransition] internal static partial nint PyCFunction_GetSelf(nint function);

        // Reading a capsule runs no Python code; on a name mismatch it sets an error, which callers clear or report.
        [LibraryImport(Libraries.Python), SuppressGCTransition] internal static partial int PyCapsule_IsValid(nint capsule, byte* name);

        [StructLayout(LayoutKind.Sequential)]
        internal struct PyType_Slot
        {
            public int Slot;
            public void* Pfunc;
        }

        [StructLayout(LayoutKind.Sequential)]
        internal struct PyType_Spec
        {
            public byte* Name;
            public int BasicSize;
            public int ItemSize;
            public uint Flags;
            public PyType_Slot* Slots;
        }

        /// <summary>
        /// The C <c>PyGetSetDef</c>: an attribute of a type, read (and written) through C functions given the closure.
        /// Instances must outlive the type: its descriptors point at them.
        /// </summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct PyGetSetDef
        {
            public byte* Name;
            public delegate* unmanaged<nint, nint, nint> Get;
            public delegate* unmanaged<nint, nint, nint, int> Set;
            public byte* Doc;
            public nint Closure;
        }

        /// <summary>Slot ids of <c>typeslots.h</c> (unchanged since 3.2; the buffer ones are accepted by PyType_FromSpec from 3.9).</summary>
        internal const int Py_bf_getbuffer = 1, Py_bf_releasebuffer = 2, Py_tp_dealloc = 52, Py_tp_doc = 56,
            Py_tp_iter = 62, Py_tp_iternext = 63, Py_tp_repr = 66;

        // The slots of .NET object proxies (Proxies/ProxyTypes).
        internal const int Py_mp_ass_subscript = 3, Py_mp_length = 4, Py_mp_subscript = 5, Py_sq_contains = 41,
            Py_sq_item = 44, Py_sq_length = 45, Py_tp_call = 50, Py_tp_getattro = 58, Py_tp_hash = 59,
            Py_tp_methods = 64, Py_tp_richcompare = 67, Py_tp_setattro = 69, Py_tp_str = 70, Py_tp_getset = 73, Py_am_await = 77;

        internal const uint Py_TPFLAGS_DEFAULT = 0;

        /// <summary><c>sizeof(PyObject)</c> in a regular (not free-threaded) build: reference count and type.</summary>
        internal static readonly int PyObjectHeaderSize = 2 * sizeof(nint);

        /// <summary>Flag of <c>PyMethodDef</c>: <c>PyObject *(*)(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)</c>.</summary>
        internal const int METH_FASTCALL_KEYWORDS = METH_FASTCALL | METH_KEYWORDS;
    }
}
