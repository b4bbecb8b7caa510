using System;
using System.Runtime.InteropServices;

namespace PyBind;

internal static unsafe partial class Interop
{
    /// <summary>
    /// libpython's exported data: the singletons, the builtin type objects and exception classes. Resolved once when
    /// first touched, which is always after <see cref="Hosting.PythonEngine"/> has loaded the library. The explicit static
    /// constructor keeps initialization precise; once it has run, the JIT treats these readonly fields as constants.
    /// </summary>
    internal static class Data
    {
        internal static readonly nint Py_None, Py_True, Py_False, Py_Ellipsis, Py_NotImplemented;

        /// <summary>Whether an <c>int</c> keeps its sign and digit count in a tag (3.12+) rather than in <c>ob_size</c>.</summary>
        internal static readonly bool IntHasTag;
        internal static readonly nint PyLong_Type, PyFloat_Type, PyBool_Type, PyComplex_Type;
        internal static readonly nint PyUnicode_Type, PyBytes_Type, PyByteArray_Type;
        internal static readonly nint PyTuple_Type, PyList_Type, PyDict_Type, PySet_Type, PyFrozenSet_Type, PyCFunction_Type, PySlice_Type;
        internal static readonly nint PyExc_BaseException, PyExc_StopIteration, PyExc_KeyboardInterrupt, PyExc_TypeError,
            PyExc_ValueError, PyExc_RuntimeError, PyExc_OverflowError, PyExc_AttributeError, PyExc_KeyError,
            PyExc_IndexError, PyExc_UnicodeEncodeError, PyExc_MemoryError, PyExc_StopAsyncIteration, PyExc_BufferError, PyExc_ImportError;

        static Data()
        {
            nint library = Libraries.PythonHandle;
            IntHasTag = Libraries.PythonVersion >= new Version(3, 12);
            Py_None = Address(library, "_Py_NoneStruct");
            Py_True = Address(library, "_Py_TrueStruct");
            Py_False = Address(library, "_Py_FalseStruct");
            Py_Ellipsis = Address(library, "_Py_EllipsisObject");
            Py_NotImplemented = Address(library, "_Py_NotImplementedStruct");
            PyLong_Type = Address(library, "PyLong_Type");
            PyFloat_Type = Address(library, "PyFloat_Type");
            PyBool_Type = Address(library, "PyBool_Type");
            PyComplex_Type = Address(library, "PyComplex_Type");
            PyUnicode_Type = Address(library, "PyUnicode_Type");
            PyBytes_Type = Address(library, "PyBytes_Type");
            PyByteArray_Type = Address(library, "PyByteArray_Type");
            PyTuple_Type = Address(library, "PyTuple_Type");
            PyList_Type = Address(library, "PyList_Type");
            PyDict_Type = Address(library, "PyDict_Type");
            PySet_Type = Address(library, "PySet_Type");
            PyFrozenSet_Type = Address(library, "PyFrozenSet_Type");
            PyCFunction_Type = Address(library, "PyCFunction_Type");
            PySlice_Type = Address(library, "PySlice_Type");
            PyExc_BaseException = Pointer(library, "PyExc_BaseException");
            PyExc_StopIteration = Pointer(library, "PyExc_StopIteration");
            PyExc_KeyboardInterrupt = Pointer(library, "PyExc_KeyboardInterrupt");
            PyExc_TypeError = Pointer(library, "PyExc_TypeError");
            PyExc_ValueError = Pointer(library, "PyExc_ValueError");
            PyExc_RuntimeError = Pointer(library, "PyExc_RuntimeError");
            PyExc_OverflowError = Pointer(library, "PyExc_OverflowError");
            PyExc_AttributeError = Pointer(library, "PyExc_AttributeError");
            PyExc_KeyError = Pointer(library, "PyExc_KeyError");
            PyExc_IndexError = Pointer(library, "PyExc_IndexError");
            PyExc_UnicodeEncodeError = Pointer(library, "PyExc_UnicodeEncodeError");
            PyExc_MemoryError = Pointer(library, "PyExc_MemoryError");
            PyExc_StopAsyncIteration = Pointer(library, "PyExc_StopAsyncIteration");
            PyExc_BufferError = Pointer(library, "PyExc_BufferError");
            PyExc_ImportError = Pointer(library, "PyExc_ImportError");
        }

        /// <summary>An exported object itself (a static struct such as <c>_Py_NoneStruct</c>).</summary>
        private static nint Address(nint library, string name) => NativeLibrary.GetExport(library, name);

        /// <summary>An exported <c>PyObject*</c> variable (the exception classes): its value.</summary>
        private static nint Pointer(nint library, string name) => *(nint*)NativeLibrary.GetExport(library, name);
    }
}
