using System;
using System.Runtime.CompilerServices;
using PyBind.Hosting;
using static PyBind.Interop.Python;

namespace PyBind.Marshalling;

/// <summary>Calls through vectorcall: the one place that knows how a call is made on each Python version.</summary>
internal static unsafe class PyCall
{
    /// <summary>
    /// Calls <paramref name="callable"/> with <paramref name="nargs"/> positional arguments followed by the values of
    /// <paramref name="keywordNames"/> (a tuple, or 0). <c>args[-1]</c> must be writable scratch space. Returns a new
    /// reference; throws the Python error.
    /// </summary>
    // Never inlined: generated calls run inside try regions, where the 64-bit JIT does not inline a P/Invoke and
    // calls a stub that costs several times more.
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static nint Vectorcall(nint callable, nint* args, int nargs, nint keywordNames)
    {
        nint result = PythonEngine.HasVectorcall
            ? PyObject_Vectorcall(callable, args, (nuint)nargs | PY_VECTORCALL_ARGUMENTS_OFFSET, keywordNames)
            : VectorcallBefore311(callable, args, nargs, keywordNames);
        if (result == 0)
            PythonErrors.ThrowFromCall(callable);
        return result;
    }

    /// <summary><c>PyObject_Vectorcall</c> is a static inline before 3.11; <c>PyObject_VectorcallDict</c> is exported from 3.9.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static nint VectorcallBefore311(nint callable, nint* args, int nargs, nint keywordNames)
    {
        if (keywordNames == 0)
            return PyObject_VectorcallDict(callable, args, (nuint)nargs | PY_VECTORCALL_ARGUMENTS_OFFSET, 0);
        nint kwargs = PyDict_New();
        if (kwargs == 0)
            return 0;
        try
        {
            nint count = PyTuple_GET_SIZE(keywordNames);
            for (nint i = 0; i < count; i++)
            {
                if (PyDict_SetItem(kwargs, PyTuple_GET_ITEM(keywordNames, i), args[nargs + i]) < 0)
                    return 0;
            }
            return PyObject_VectorcallDict(callable, args, (nuint)nargs | PY_VECTORCALL_ARGUMENTS_OFFSET, kwargs);
        }
        finally
        {
            Py_DecRef(kwargs);
        }
    }
}
