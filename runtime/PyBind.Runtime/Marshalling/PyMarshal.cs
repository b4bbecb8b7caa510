using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using static PyBind.Interop.Python;

namespace PyBind.Marshalling;

/// <summary>Reference counting for code that holds raw references (generated bindings); the caller holds the GIL.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PyMarshal
{
    /// <summary>Releases a reference the caller owns (<c>Py_DecRef</c>).</summary>
    public static void Release(nint reference) => Py_DecRef(reference);

    /// <summary>Adds a reference (<c>Py_IncRef</c>) and returns the same pointer.</summary>
    public static nint AddRef(nint reference)
    {
        Py_IncRef(reference);
        return reference;
    }

    // The attribute accessors are never inlined: generated code calls them inside try regions, where the 64-bit JIT
    // would route the P/Invoke through a slower stub.

    /// <summary><c>obj.name</c> as a new reference (<c>PyObject_GetAttr</c>); throws the Python error.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static nint GetAttr(nint obj, PyInternedName name)
    {
        nint value = PyObject_GetAttr(obj, name.Handle);
        if (value == 0)
            PythonErrors.ThrowCurrent();
        return value;
    }

    /// <summary><c>obj.name = value</c> (<c>PyObject_SetAttr</c>), taking over <paramref name="ownedValue"/>; throws the Python error.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void SetAttr(nint obj, PyInternedName name, nint ownedValue)
    {
        int status = PyObject_SetAttr(obj, name.Handle, ownedValue);
        Py_DecRef(ownedValue);
        if (status < 0)
            PythonErrors.ThrowCurrent();
    }

    /// <summary>
    /// A result (of a call, an attribute, a constant) that does not convert to the type its stub gave: the error with
    /// <paramref name="context"/> (<c>the return value of json.loads()</c>) and what to do about it.
    /// </summary>
    public static PyConversionException ResultMismatch(PyConversionException error, string context)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.WithContext(context,
            "The stub does not describe what Python returned: correct the annotation in the stub (`T | None` where None is possible, " +
            "typing.Any for a PyObject), or regenerate the stub from the installed module");
    }

    /// <summary>A result that is a Python int too large for the C# integer its stub gave: the error with <paramref name="context"/>, and what to do.</summary>
    public static OverflowException ResultOverflow(OverflowException error, string context)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new OverflowException(
            $"{context}: {error.Message} If the function returns integers this large, annotate it typing.Any in the stub and read the PyObject with As<System.Numerics.BigInteger>().",
            error);
    }
}
