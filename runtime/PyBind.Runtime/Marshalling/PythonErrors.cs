using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using static PyBind.Interop.Python;

namespace PyBind.Marshalling;

/// <summary>Turns Python's pending error into a .NET exception: the one place where that happens.</summary>
internal static unsafe class PythonErrors
{
    private static PyModuleMember? s_formatException;

    // Formatting runs Python code; if that fails too, its own error must not be formatted again (endless recursion).
    [ThreadStatic] private static bool t_formatting;

    /// <summary>Throws the pending Python error as its .NET exception; the caller holds the GIL.</summary>
    [DoesNotReturn, StackTraceHidden]
    internal static void ThrowCurrent() => throw TakeCurrent();

    /// <summary>Takes (and clears) the pending Python error as a .NET exception.</summary>
    internal static Exception TakeCurrent()
    {
        nint exception = FetchNormalized();
        if (exception == 0)
            return new InvalidOperationException("A Python C-API call failed without setting an exception (a bug in the extension module that was called).");
        return Create(exception);
    }

    /// <summary>Creates the .NET exception for a Python exception object; takes over the reference.</summary>
    internal static PythonException Create(nint exception)
    {
        var live = new PyObject(exception, PyOwnership.Steal);
        nint type = Py_TYPE(exception);
        string typeName = PyTypes.QualifiedName(type);
        var info = new PythonErrorInfo(typeName, SafeStr(exception), FormatTraceback(exception), live);
        return FindFactory(type).Create(info);
    }

    /// <summary>Raises <paramref name="type"/> with <paramref name="message"/> in Python; used where .NET code runs on Python's behalf.</summary>
    internal static void Raise(nint type, string message)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(message + "\0");
        fixed (byte* text = utf8)
            PyErr_SetString(type, text);
    }

    private static nint FetchNormalized()
    {
        nint type, value, traceback;
        PyErr_Fetch(&type, &value, &traceback);
        if (type == 0)
            return 0;
        PyErr_NormalizeException(&type, &value, &traceback);
        if (traceback != 0 && value != 0)
            _ = PyException_SetTraceback(value, traceback);
        Py_DecRef(type);
        if (traceback != 0)
            Py_DecRef(traceback);
        return value;
    }

    /// <summary>The .NET class registered for the nearest class in the exception type's MRO.</summary>
    private static ExceptionFactory FindFactory(nint type)
    {
        nint mro = PyObject_GetAttrString(type, (byte*)Utf8.Mro);
        if (mro == 0)
        {
            PyErr_Clear();
            return PythonExceptionRegistry.TryFind("BaseException", out ExceptionFactory root) ? root : throw new UnreachableException();
        }
        try
        {
            nint count = PyTuple_Size(mro);
            for (nint i = 0; i < count; i++)
            {
                if (PythonExceptionRegistry.TryFind(PyTypes.QualifiedName(PyTuple_GetItem(mro, i)), out ExceptionFactory factory))
                    return factory;
            }
        }
        finally
        {
            Py_DecRef(mro);
        }
        return PythonExceptionRegistry.TryFind("BaseException", out ExceptionFactory fallback) ? fallback : throw new UnreachableException();
    }

    private static string SafeStr(nint o)
    {
        nint text = PyObject_Str(o);
        if (text == 0)
        {
            PyErr_Clear();
            return "<str() of the exception failed>";
        }
        return PyConvert.StealString(text);
    }

    private static string FormatTraceback(nint exception)
    {
        if (t_formatting)
            return string.Empty;
        t_formatting = true;
        try
        {
            s_formatException ??= new PyModuleMember("traceback", "format_exception");
            nint type = Py_TYPE(exception);
            nint traceback = PyException_GetTraceback(exception);
            nint* args = stackalloc nint[4];
            args[1] = type;
            args[2] = exception;
            args[3] = traceback != 0 ? traceback : Interop.Data.Py_None;
            nint lines = PyCall.Vectorcall(s_formatException.Handle, args + 1, 3, 0);
            if (traceback != 0)
                Py_DecRef(traceback);
            using var list = new PyObject(lines, PyOwnership.Steal);
            var text = new StringBuilder();
            foreach (string line in list.AsEnumerable<string>())
                text.Append(line);
            return text.ToString();
        }
        catch (PythonException)
        {
            return string.Empty;
        }
        finally
        {
            t_formatting = false;
        }
    }

    private static class Utf8
    {
        internal static readonly nint Mro = PyTypes.Utf8Constant("__mro__");
    }
}
