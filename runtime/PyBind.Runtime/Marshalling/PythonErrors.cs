using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading;
using static PyBind.Interop.Python;

namespace PyBind.Marshalling;

/// <summary>
/// The one place where errors cross between the runtimes: Python's pending error becomes a .NET exception
/// (<see cref="TakeCurrent"/>), and a .NET exception thrown in code Python called becomes a Python exception
/// (<see cref="Raise(Exception)"/>). An exception that crosses back comes out as the object that went in: the Python
/// exception object carries the .NET one (its proxy, in the <c>__dotnet_exception__</c> attribute, which Python code may
/// read) while it is in Python, and the .NET
/// <see cref="PythonException"/> carries the Python one while it is in .NET, never both at once (that would be a cycle
/// across two garbage collectors, which neither can free).
/// </summary>
internal static unsafe class PythonErrors
{
    private static readonly PyInternedName s_carrier = new("__dotnet_exception__");
    private static readonly PyInternedName s_suppressContext = new("__suppress_context__");

    /// <summary>
    /// The class an <see cref="ArgumentOutOfRangeException"/> is raised as: an IndexError (a list index out of range) that
    /// is also a ValueError (an argument out of range), as numpy's AxisError is, so either <c>except</c> catches it.
    /// </summary>
    private const string OutOfRangeClassName = "pybind.ArgumentOutOfRangeError";

    /// <summary>Python exception classes by the name a .NET exception maps to (borrowed, kept for the process).</summary>
    private static readonly ConcurrentDictionary<string, nint> s_classes = new(StringComparer.Ordinal);

    private static PyModuleMember? s_formatException;

    // Formatting runs Python code; if that fails too, its own error must not be formatted again (endless recursion).
    [ThreadStatic] private static bool t_formatting;

    /// <summary>Throws the pending Python error as its .NET exception; the caller holds the GIL.</summary>
    [DoesNotReturn, StackTraceHidden]
    internal static void ThrowCurrent()
    {
        // An exception that was thrown before (by a callback) keeps its original stack trace; this adds ours to it.
        Throw(TakeCurrent());
    }

    /// <summary>
    /// Throws the pending Python error of a failed call of <paramref name="callable"/>; a Python exception met here for the
    /// first time names the function called (the message alone often does not: <c>Python int too large to convert to
    /// C int</c>). Only on the error path: a successful call pays nothing. The caller holds the GIL.
    /// </summary>
    [DoesNotReturn, StackTraceHidden, MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowFromCall(nint callable)
    {
        Exception error = TakeCurrent();
        if (error is PythonException { StackTrace: null } python)
            python.AddContext($"raised in a call to {PyTypes.CallableName(callable)}()");
        Throw(error);
    }

    /// <summary>
    /// Throws the pending Python error of a failed call of the method <paramref name="name"/> of <paramref name="self"/>
    /// (generated wrappers' methods). When the object has no such attribute at all, the stub promised a method the
    /// installed class lacks, and the message says so and what to do. The caller holds the GIL.
    /// </summary>
    [DoesNotReturn, StackTraceHidden, MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowFromMethodCall(nint self, nint name)
    {
        Exception error = TakeCurrent();
        if (error is PythonException { StackTrace: null } python)
        {
            string method = PyTypes.TypeNameOf(self) + "." + PyConvert.ToString(name);
            if (python is PyAttributeError && PyObject_HasAttr(self, name) == 0)
            {
                string module = PyTypes.ModuleOf(Py_TYPE(self));
                python.AddContext($"{method} is in the stub but this object has no attribute '{PyConvert.ToString(name)}'", PyModuleMember.StaleStubRemedy(module));
            }
            else
            {
                python.AddContext($"raised in a call to {method}()");
            }
        }
        Throw(error);
    }

    [DoesNotReturn, StackTraceHidden]
    private static void Throw(Exception error)
    {
        if (error.StackTrace is not null)
            ExceptionDispatchInfo.Throw(error);
        throw error;
    }

    /// <summary>
    /// Takes (and clears) the pending Python error as a .NET exception: the original .NET exception when the Python one
    /// carries it; an <see cref="OperationCanceledException"/> for a KeyboardInterrupt that a cancelled
    /// <see cref="PyCancellationScope"/> of this thread caused; else the <see cref="PythonException"/> class mirroring it.
    /// </summary>
    internal static Exception TakeCurrent()
    {
        nint exception = FetchNormalized();
        if (exception == 0)
            return new InvalidOperationException("A Python C-API call failed without setting an exception (a bug in the extension module that was called).");
        return FromPython(exception);
    }

    /// <summary>The .NET exception for a Python exception object (see <see cref="TakeCurrent"/>); takes over the reference.</summary>
    internal static Exception FromPython(nint exception) => FromPython(exception, chainDepth: 0);

    /// <summary><see cref="FromPython(nint)"/> of an exception <paramref name="chainDepth"/> links down a chain of causes.</summary>
    private static Exception FromPython(nint exception, int chainDepth)
    {
        // Only a proxy carries a .NET exception: while none lives, a Python error needs no attribute lookup.
        if (ProxyConversions.AnyExceptionProxies && TakeCarried(exception) is { } original)
        {
            if (original is PythonException python)
                python.AttachPythonException(new PyObject(exception, PyOwnership.Steal), FormatTraceback(exception));
            else
                Py_DecRef(exception);
            return original;
        }
        if (PyErr_GivenExceptionMatches(Py_TYPE(exception), Interop.Data.PyExc_KeyboardInterrupt) != 0
            && CancellationState.TryGetCancelled(out CancellationToken token))
        {
            return new OperationCanceledException("The Python code was cancelled.", Create(exception, chainDepth), token);
        }
        return Create(exception, chainDepth);
    }

    /// <summary>Creates the .NET exception for a Python exception object; takes over the reference.</summary>
    internal static PythonException Create(nint exception) => Create(exception, chainDepth: 0);

    private static PythonException Create(nint exception, int chainDepth)
    {
        var live = new PyObject(exception, PyOwnership.Steal);
        nint type = Py_TYPE(exception);
        string typeName = PyTypes.QualifiedName(type);
        Exception? inner = chainDepth < MaxChainDepth ? Chained(exception, chainDepth) : null;
        var info = new PythonErrorInfo(typeName, SafeStr(exception), FormatTraceback(exception), live, inner);
        return FindFactory(type).Create(info);
    }

    /// <summary>How many causes down a chain become inner exceptions (Python allows a cycle, <c>e.__cause__ = e</c>).</summary>
    private const int MaxChainDepth = 32;

    /// <summary>
    /// The exception <paramref name="exception"/> was raised from, as Python reports it: <c>__cause__</c> (<c>raise X from e</c>),
    /// else <c>__context__</c> (an exception raised while handling another) unless <c>__suppress_context__</c> (<c>from None</c>);
    /// typed like any other (a .NET exception thrown in a callback is itself again). Null without one.
    /// </summary>
    private static Exception? Chained(nint exception, int chainDepth)
    {
        nint cause = PyException_GetCause(exception);
        if (cause == 0)
        {
            nint suppress = PyObject_GetAttr(exception, s_suppressContext.Handle);
            if (suppress == 0)
                PyErr_Clear();
            bool suppressed = suppress != 0 && PyObject_IsTrue(suppress) == 1;
            if (suppress != 0)
                Py_DecRef(suppress);
            cause = suppressed ? 0 : PyException_GetContext(exception);
            if (cause == 0)
                return null;
        }
        return FromPython(cause, chainDepth + 1);
    }

    /// <summary>Raises <paramref name="type"/> with <paramref name="message"/> in Python.</summary>
    internal static void Raise(nint type, string message)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(message + "\0");
        fixed (byte* text = utf8)
            PyErr_SetString(type, text);
    }

    /// <summary>
    /// Raises <paramref name="error"/>, thrown by .NET code that Python called, as a Python exception that carries it;
    /// the caller holds the GIL and returns Python's error indicator (NULL, -1) next. A <see cref="PythonException"/>
    /// that came from Python is raised as that very Python object (a KeyboardInterrupt stays one); one made in .NET
    /// (<c>new PyValueError("…")</c>, a generated module exception) as its Python class; other .NET exceptions as the
    /// closest builtin class (<see cref="PythonClassNameFor"/>). Never throws.
    /// </summary>
    internal static void Raise(Exception error)
    {
        try
        {
            nint exception = ToPythonException(error);
            nint traceback = PyException_GetTraceback(exception);
            nint type = Py_TYPE(exception);
            Py_IncRef(type);
            // Restore, not SetObject: the exception keeps the traceback it has, so Python shows the inner frames too.
            PyErr_Restore(type, exception, traceback);
        }
#pragma warning disable CA1031 // the last resort of a callback: whatever happened, Python must get an error, not a .NET exception
        catch (Exception failure)
#pragma warning restore CA1031
        {
            Raise(Interop.Data.PyExc_RuntimeError, $"{error.GetType().FullName}: {error.Message} (and raising it in Python failed: {failure.Message})");
        }
    }

    /// <summary>
    /// The Python exception object for <paramref name="error"/> (a new reference), carrying it, as <see cref="Raise(Exception)"/>
    /// raises it; for <c>generator.throw()</c>. The caller holds the GIL.
    /// </summary>
    internal static nint ToPythonException(Exception error)
    {
        nint exception = error is PythonException python && python.DetachPythonException() is { } live
            ? TakeReference(live)
            : Instantiate(error);
        Carry(exception, error);
        return exception;
    }

    /// <summary>
    /// The Python class a .NET exception is raised as: a <see cref="PythonException"/>'s own; cancellation as
    /// KeyboardInterrupt (so that <c>except Exception</c> does not swallow it); then the builtin class of the same
    /// meaning; RuntimeError for the rest.
    /// </summary>
    internal static string PythonClassNameFor(Exception error) => error switch
    {
        PythonException python => python.PythonTypeName,
        OperationCanceledException => "KeyboardInterrupt",
        KeyNotFoundException => "KeyError",
        ArgumentOutOfRangeException => OutOfRangeClassName,
        ArgumentException or FormatException => "ValueError",
        IndexOutOfRangeException => "IndexError",
        InvalidCastException => "TypeError",
        DivideByZeroException => "ZeroDivisionError",
        OverflowException => "OverflowError",
        ArithmeticException => "ArithmeticError",
        NotImplementedException or NotSupportedException => "NotImplementedError",
        OutOfMemoryException or InsufficientExecutionStackException => "MemoryError",
        TimeoutException => "TimeoutError",
        FileNotFoundException or DirectoryNotFoundException => "FileNotFoundError",
        UnauthorizedAccessException => "PermissionError",
        IOException => "OSError",
        _ => "RuntimeError",
    };

    private static nint TakeReference(PyObject live)
    {
        nint exception = live.Handle;
        Py_IncRef(exception);
        live.Dispose();
        return exception;
    }

    /// <summary>A new exception object of the class <paramref name="error"/> maps to, with its message.</summary>
    private static nint Instantiate(Exception error)
    {
        nint type = PythonClass(PythonClassNameFor(error));
        string message = error is PythonException python ? python.PythonMessage : $"{error.GetType().FullName}: {error.Message}";
        nint* args = stackalloc nint[2];
        args[1] = PyConvert.ToPython(message);
        try
        {
            return PyCall.Vectorcall(type, args + 1, 1, 0);
        }
        finally
        {
            Py_DecRef(args[1]);
        }
    }

    /// <summary>An exception class by qualified name (<c>ValueError</c>, <c>numpy.linalg.LinAlgError</c>); RuntimeError when it cannot be found.</summary>
    private static nint PythonClass(string qualifiedName)
    {
        if (s_classes.TryGetValue(qualifiedName, out nint cached))
            return cached;
        nint found = qualifiedName == OutOfRangeClassName ? NewOutOfRangeClass() : Resolve(qualifiedName);
        if (found == 0 || !PyTypes.IsSubtype(Py_TYPE(found), Py_TPFLAGS_TYPE_SUBCLASS) || PyType_IsSubtype(found, Interop.Data.PyExc_BaseException) == 0)
        {
            if (found != 0)
                Py_DecRef(found);
            return Interop.Data.PyExc_RuntimeError;
        }
        // Classes live as long as their modules (for the process, in practice): keeping one reference each is fine.
        return s_classes.TryAdd(qualifiedName, found) ? found : Release(found, s_classes[qualifiedName]);
    }

    private static nint Release(nint reference, nint result)
    {
        Py_DecRef(reference);
        return result;
    }

    /// <summary>A new reference to the object named <paramref name="qualifiedName"/>, or 0 (no error left pending).</summary>
    private static nint Resolve(string qualifiedName)
    {
        string[] parts = qualifiedName.Split('.');
        // The longest importable prefix is the module (the rest is a class path), "builtins" for a bare name.
        for (int split = parts.Length - 1; split >= 0; split--)
        {
            string module = split == 0 ? "builtins" : string.Join('.', parts, 0, split);
            nint current;
            using (PyObject name = PyInternedName.Create(module))
                current = PyImport_Import(name.Handle);
            if (current == 0)
            {
                PyErr_Clear();
                continue;
            }
            for (int i = split; i < parts.Length && current != 0; i++)
            {
                using PyObject attribute = PyInternedName.Create(parts[i]);
                nint next = PyObject_GetAttr(current, attribute.Handle);
                Py_DecRef(current);
                current = next;
            }
            if (current != 0)
                return current;
            PyErr_Clear();
        }
        return 0;
    }

    /// <summary>Puts the proxy of <paramref name="error"/> in the <c>__dotnet_exception__</c> attribute of the Python exception.</summary>
    private static void Carry(nint exception, Exception error)
    {
        nint proxy = ProxyConversions.ToPython(error);
        if (PyObject_SetAttr(exception, s_carrier.Handle, proxy) < 0)
            PyErr_Clear();
        Py_DecRef(proxy);
    }

    /// <summary>The .NET exception a Python exception carries, removed from it (Python hands it back); null if none.</summary>
    private static Exception? TakeCarried(nint exception)
    {
        nint proxy = PyObject_GetAttr(exception, s_carrier.Handle);
        if (proxy == 0)
        {
            PyErr_Clear();
            return null;
        }
        var original = ProxyConversions.TargetOf(proxy) as Exception;
        Py_DecRef(proxy);
        if (original is not null && PyObject_SetAttr(exception, s_carrier.Handle, 0) < 0)
            PyErr_Clear();
        return original;
    }

    /// <summary>A new reference to the class <see cref="OutOfRangeClassName"/> names: IndexError and ValueError both.</summary>
    private static nint NewOutOfRangeClass()
    {
        nint bases = PyObject.Check(PyTuple_New(2));
        Py_IncRef(Interop.Data.PyExc_IndexError);
        Py_IncRef(Interop.Data.PyExc_ValueError);
        _ = PyTuple_SetItem(bases, 0, Interop.Data.PyExc_IndexError);
        _ = PyTuple_SetItem(bases, 1, Interop.Data.PyExc_ValueError);
        nint created = PyErr_NewException((byte*)s_outOfRangeName, bases, 0);
        Py_DecRef(bases);
        if (created == 0)
            PyErr_Clear();
        return created;
    }

    private static readonly nint s_outOfRangeName = PyTypes.Utf8Constant(OutOfRangeClassName);

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
            nint count = PyTuple_GET_SIZE(mro);
            for (nint i = 0; i < count; i++)
            {
                nint candidate = PyTuple_GET_ITEM(mro, i);
                if (PythonExceptionRegistry.TryFind(candidate, out ExceptionFactory factory)
                    || PythonExceptionRegistry.TryFind(PyTypes.QualifiedName(candidate), out factory))
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
            for (nint i = 0; i < PyList_GET_SIZE(lines); i++)
                text.Append(PyConvert.ToString(PyList_GET_ITEM(lines, i)));
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
