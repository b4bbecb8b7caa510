using System;
using Python.Runtime;
using PythonnetObject = Python.Runtime.PyObject;

namespace PyBind.Pythonnet;

/// <summary>
/// Teaches pythonnet PyBind's objects, once per process (<see cref="Register"/>): a PyBind object (a generated wrapper
/// included) passed to pythonnet (<c>dynamic</c> calls, <c>ToPython()</c>) is the Python object itself rather than a
/// .NET proxy of it, and pythonnet's <c>As&lt;T&gt;()</c> gives PyBind types (<c>pyObject.As&lt;Np.Ndarray&gt;()</c>).
/// Both go through <see cref="PythonnetConversions"/>: no copy.
/// </summary>
public sealed class PyBindCodec : IPyObjectEncoder, IPyObjectDecoder
{
    private static readonly PyBindCodec s_instance = new();
    private static int s_registered;

    private PyBindCodec()
    {
    }

    /// <summary>Registers the codec with pythonnet (<c>PyObjectConversions</c>); calling again does nothing.</summary>
    public static void Register()
    {
        if (System.Threading.Interlocked.Exchange(ref s_registered, 1) != 0)
            return;
        PyObjectConversions.RegisterEncoder(s_instance);
        PyObjectConversions.RegisterDecoder(s_instance);
    }

    /// <inheritdoc/>
    public bool CanEncode(Type type) => typeof(PyObject).IsAssignableFrom(type);

    /// <inheritdoc/>
    public PythonnetObject? TryEncode(object value) => value is PyObject pyBind ? pyBind.ToPythonnet() : null;

    /// <inheritdoc/>
    public bool CanDecode(PyType objectType, Type targetType) => typeof(PyObject).IsAssignableFrom(targetType);

    /// <inheritdoc/>
    public bool TryDecode<T>(PythonnetObject pyObj, out T? value)
    {
        ArgumentNullException.ThrowIfNull(pyObj);
        try
        {
            value = pyObj.ToPyBind<T>();
            return true;
        }
        catch (PyConversionException)
        {
            // Not an instance of the wrapper's class: pythonnet reports that it cannot convert.
            value = default;
            return false;
        }
    }
}
