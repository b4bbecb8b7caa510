using System;
using PyBind.Marshalling;
using static PyBind.Interop.Python;
using PythonnetObject = global::Python.Runtime.PyObject;

namespace PyBind.Pythonnet;

/// <summary>
/// pythonnet's objects and PyBind's, converted both ways without copying: the result is the same Python object with a
/// reference of its own (dispose each side independently). So pythonnet code can hand its objects to generated
/// bindings, and take their results back, one call at a time. Both sides must run the same interpreter, which they do
/// in one process (see PyBind's "Python already running"). Any thread; the GIL is taken as needed.
/// </summary>
public static class PythonnetConversions
{
    /// <summary>The same Python object as a PyBind <see cref="PyObject"/>.</summary>
    /// <exception cref="ObjectDisposedException">The pythonnet object was disposed.</exception>
    public static PyObject ToPyBind(this PythonnetObject value) => value.ToPyBind<PyObject>();

    /// <summary>
    /// The Python object as <typeparamref name="T"/>, converted as PyBind converts a value of that type: a generated
    /// wrapper (<c>Np.Ndarray</c>) is the same object, checked to be an instance of its class; a scalar or string is
    /// read (<c>long</c>, <c>double</c>, <c>string</c>…).
    /// </summary>
    /// <exception cref="ObjectDisposedException">The pythonnet object was disposed.</exception>
    /// <exception cref="PyConversionException">The object is not a <typeparamref name="T"/>: the message names both types.</exception>
    public static T ToPyBind<T>(this PythonnetObject value)
    {
        ArgumentNullException.ThrowIfNull(value);
        using GilScope gil = Gil.Acquire();
#pragma warning disable CS0612 // obsolete without a replacement: the one public address of a pythonnet object
        nint handle = value.Handle;
#pragma warning restore CS0612
        ObjectDisposedException.ThrowIf(handle == 0, value);
        T converted = PyConverters.For<T>().FromPython(handle);
        GC.KeepAlive(value);
        return converted;
    }

    /// <summary>The same Python object as a pythonnet <c>PyObject</c> (a generated wrapper included).</summary>
    /// <remarks>
    /// pythonnet makes its objects from raw references only internally: the object goes through a one-item pythonnet
    /// list, whose item pythonnet reads back as its own reference.
    /// </remarks>
    /// <exception cref="ObjectDisposedException">The PyBind object was disposed.</exception>
    public static PythonnetObject ToPythonnet(this PyObject value)
    {
        ArgumentNullException.ThrowIfNull(value);
        using GilScope gil = Gil.Acquire();
        nint handle = value.DangerousGetHandle();
        using var box = new global::Python.Runtime.PyList();
#pragma warning disable CS0612 // as above
        if (PyList_Append(box.Handle, handle) != 0)
#pragma warning restore CS0612
            PythonErrors.ThrowCurrent();
        GC.KeepAlive(value);
        return box[0];
    }
}
