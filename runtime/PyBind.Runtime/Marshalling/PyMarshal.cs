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

    // Results for generated code: each takes over the new reference it is given and releases it; a value that does
    // not match its stub becomes an error naming `context` (the return value of json.loads()) and what to do. The
    // common scalars have their own method, so a call returning one makes no virtual call.

    /// <summary>Converts a result with <paramref name="converter"/>.</summary>
    public static T Return<T>(PyConverter<T> converter, nint result, string context)
    {
        ArgumentNullException.ThrowIfNull(converter);
        try
        {
            return converter.FromPython(result);
        }
        catch (Exception error) when (error is PyConversionException or OverflowException)
        {
            throw ResultError(error, context);
        }
        finally
        {
            Release(result);
        }
    }

    /// <summary>Converts a result to <see cref="long"/>.</summary>
    public static long ReturnInt64(nint result, string context)
    {
        try
        {
            return PyConvert.ToInt64(result);
        }
        catch (Exception error) when (error is PyConversionException or OverflowException)
        {
            throw ResultError(error, context);
        }
        finally
        {
            Release(result);
        }
    }

    /// <summary>Converts a result to <see cref="double"/>.</summary>
    public static double ReturnDouble(nint result, string context)
    {
        try
        {
            return PyConvert.ToDouble(result);
        }
        catch (Exception error) when (error is PyConversionException or OverflowException)
        {
            throw ResultError(error, context);
        }
        finally
        {
            Release(result);
        }
    }

    /// <summary>Converts a result to <see cref="bool"/>.</summary>
    public static bool ReturnBoolean(nint result, string context)
    {
        try
        {
            return PyConvert.ToBoolean(result);
        }
        catch (Exception error) when (error is PyConversionException or OverflowException)
        {
            throw ResultError(error, context);
        }
        finally
        {
            Release(result);
        }
    }

    /// <summary>Converts a result to <see cref="string"/>.</summary>
    public static string ReturnString(nint result, string context)
    {
        try
        {
            return PyConvert.ToString(result);
        }
        catch (Exception error) when (error is PyConversionException or OverflowException)
        {
            throw ResultError(error, context);
        }
        finally
        {
            Release(result);
        }
    }

    /// <summary>A result kept as a Python object.</summary>
    public static PyObject ReturnObject(nint result) => new(result, PyOwnership.Steal);

    private static Exception ResultError(Exception error, string context) => error is PyConversionException mismatch
        ? mismatch.WithContext(context,
            "The stub does not describe what Python returned: correct the annotation in the stub (`T | None` where None is possible, " +
            "typing.Any for a PyObject), or regenerate the stub from the installed module")
        : new OverflowException(
            $"{context}: {error.Message} If the function returns integers this large, annotate it typing.Any in the stub and read the PyObject with As<System.Numerics.BigInteger>().",
            error);
}
