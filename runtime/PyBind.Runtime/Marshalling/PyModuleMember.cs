using System;
using System.ComponentModel;
using System.Threading;
using static PyBind.Interop.Python;

namespace PyBind.Marshalling;

/// <summary>
/// A module attribute looked up once, on first use, and kept for the life of the process: generated bindings hold
/// one per function (<c>numpy.linspace</c>), class and constant, so a call costs no import and no attribute lookup.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PyModuleMember
{
    private readonly string _module;
    private readonly string[] _path;
    private nint _handle;

    /// <summary>Describes <c>module.path</c>; nothing is imported until <see cref="Handle"/> is first read.</summary>
    /// <param name="module">The module to import (<c>numpy.linalg</c>).</param>
    /// <param name="attributePath">The attribute, dotted for nested ones (<c>ndarray.reshape</c>); empty for the module itself.</param>
    public PyModuleMember(string module, string attributePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(module);
        _module = module;
        _path = string.IsNullOrEmpty(attributePath) ? Array.Empty<string>() : attributePath.Split('.');
    }

    /// <summary>The attribute (a borrowed reference that stays valid for the process); the caller holds the GIL.</summary>
    public nint Handle
    {
        get
        {
            nint handle = Volatile.Read(ref _handle);
            return handle != 0 ? handle : Resolve();
        }
    }

    /// <summary>The dotted Python name, for messages.</summary>
    public string QualifiedName => _path.Length == 0 ? _module : _module + "." + string.Join(".", _path);

    /// <summary>Whether the module is in <c>sys.modules</c> already (asking does not import it); the caller holds the GIL.</summary>
    internal bool IsModuleImported
    {
        get
        {
            using PyObject name = PyInternedName.Create(_module);
            nint module = PyImport_GetModule(name.Handle);
            if (module == 0)
            {
                PyErr_Clear();
                return false;
            }
            Py_DecRef(module);
            return true;
        }
    }

    /// <summary>The attribute, or 0 (and no error pending) when it cannot be resolved; the caller holds the GIL.</summary>
    internal nint TryResolve()
    {
        try
        {
            return Handle;
        }
        catch (PythonException)
        {
            return 0;
        }
    }

    private nint Resolve()
    {
        nint current;
        using (PyObject name = PyInternedName.Create(_module))
            current = PyObject.Check(PyImport_Import(name.Handle));
        foreach (string part in _path)
        {
            using PyObject name = PyInternedName.Create(part);
            nint next = PyObject_GetAttr(current, name.Handle);
            Py_DecRef(current);
            current = PyObject.Check(next);
        }
        // An import can release the GIL, so two threads may resolve at once: keep the first, release the other.
        nint published = Interlocked.CompareExchange(ref _handle, current, 0);
        if (published != 0)
        {
            Py_DecRef(current);
            return published;
        }
        return current;
    }
}
