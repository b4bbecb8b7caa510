using System.ComponentModel;

namespace PyBind.Marshalling;

/// <summary>
/// How the runtime makes a generated wrapper class over a Python object, implemented explicitly by each one (so nothing of it
/// shows among the class's members): <see cref="PyConverters.WrapperOf{T}"/> and <see cref="PyConverters.RegisterWrapper{T}()"/>
/// use it. Not for use by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IPyWrapper<TSelf> where TSelf : PyObject, IPyWrapper<TSelf>
{
    /// <summary>A wrapper over <paramref name="handle"/>; the caller holds the GIL.</summary>
    static abstract TSelf Wrap(nint handle, PyOwnership ownership);

    /// <summary>
    /// The Python class, which an object must be an instance of to be wrapped; read once, when the converter is made (which
    /// may happen while the class's own static fields are being initialized: it must not read them).
    /// </summary>
    static abstract PyModuleMember PythonType { get; }
}

/// <summary>
/// How the runtime makes a generated exception class for a Python exception, implemented explicitly by each one: see
/// <see cref="PythonExceptionRegistry.Register{TException}(PyModuleMember)"/>. Not for use by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IPyExceptionWrapper<TSelf> where TSelf : PythonException, IPyExceptionWrapper<TSelf>
{
    /// <summary>The exception for a Python exception the runtime met.</summary>
    static abstract TSelf Wrap(PythonErrorInfo info);
}
