using System;
using System.Diagnostics;
using PyBind.Hosting;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

// What needs no more than the crossing: attributes by name, str and repr, equality and hashing, the protocol checks,
// and Check, which turns a NULL result into the pending Python error.
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public partial class PyObject : IEquatable<PyObject>
{
    /// <summary><c>getattr(self, name)</c>.</summary>
    /// <exception cref="PyAttributeError">The attribute does not exist.</exception>
    public PyObject GetAttr(string name)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject key = PyInternedName.Create(name);
        return new PyObject(Check(PyObject_GetAttr(Handle, key.Handle)), PyOwnership.Steal);
    }

    /// <summary><c>hasattr(self, name)</c>: false only for an <c>AttributeError</c>; any other error propagates.</summary>
    public bool HasAttr(string name)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject key = PyInternedName.Create(name);
        nint value = PyObject_GetAttr(Handle, key.Handle);
        if (value != 0)
        {
            Py_DecRef(value);
            return true;
        }
        if (PyErr_ExceptionMatches(Interop.Data.PyExc_AttributeError) != 0)
        {
            PyErr_Clear();
            return false;
        }
        PythonErrors.ThrowCurrent();
        return false;
    }

    /// <summary><c>delattr(self, name)</c>.</summary>
    public void DelAttr(string name)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject key = PyInternedName.Create(name);
        if (PyObject_SetAttr(Handle, key.Handle, 0) < 0)
            PythonErrors.ThrowCurrent();
    }

    /// <summary><c>len(self)</c>.</summary>
    /// <exception cref="PyTypeError">The object has no length.</exception>
    public int Count
    {
        get
        {
            using GilScope gil = Gil.Acquire();
            nint length = PyObject_Size(Handle);
            if (length < 0)
                PythonErrors.ThrowCurrent();
            return checked((int)length);
        }
    }

    /// <summary><c>callable(self)</c>.</summary>
    public bool IsCallable
    {
        get
        {
            using GilScope gil = Gil.Acquire();
            return PyCallable_Check(Handle) != 0;
        }
    }

    /// <summary>Whether <c>iter(self)</c> succeeds.</summary>
    public bool IsIterable
    {
        get
        {
            using GilScope gil = Gil.Acquire();
            nint iterator = PyObject_GetIter(Handle);
            if (iterator == 0)
            {
                PyErr_Clear();
                return false;
            }
            Py_DecRef(iterator);
            return true;
        }
    }

    /// <summary>Whether the object is an iterator (has <c>__next__</c>).</summary>
    public bool IsIterator
    {
        get
        {
            using GilScope gil = Gil.Acquire();
            return PyIter_Check(Handle) != 0;
        }
    }

    /// <summary>Whether the object supports the buffer protocol (bytes, bytearray, memoryview, numpy arrays).</summary>
    public bool IsBuffer
    {
        get
        {
            using GilScope gil = Gil.Acquire();
            return PyObject_CheckBuffer(Handle) != 0;
        }
    }

    /// <summary><c>type(self)</c>.</summary>
    public PyObject GetPythonType()
    {
        using GilScope gil = Gil.Acquire();
        return new PyObject(Py_TYPE(Handle), PyOwnership.Borrow);
    }

    /// <summary>The qualified name of the object's type: <c>int</c>, <c>numpy.ndarray</c>, <c>collections.OrderedDict</c>.</summary>
    public string PythonTypeName
    {
        get
        {
            using GilScope gil = Gil.Acquire();
            return PyTypes.QualifiedName(Py_TYPE(Handle));
        }
    }

    /// <summary><c>isinstance(self, type)</c>.</summary>
    public bool IsInstance(PyObject type)
    {
        ArgumentNullException.ThrowIfNull(type);
        using GilScope gil = Gil.Acquire();
        int result = PyObject_IsInstance(Handle, type.Handle);
        if (result < 0)
            PythonErrors.ThrowCurrent();
        return result == 1;
    }

    /// <summary><c>str(self)</c>.</summary>
    public override string ToString()
    {
        using GilScope gil = Gil.Acquire();
        return PyConvert.StealString(Check(PyObject_Str(Handle)));
    }

    /// <summary><c>repr(self)</c>.</summary>
    public string Repr()
    {
        using GilScope gil = Gil.Acquire();
        return PyConvert.StealString(Check(PyObject_Repr(Handle)));
    }

    /// <summary>Python equality (<c>self == other</c>).</summary>
    public bool Equals(PyObject? other)
    {
        if (other is null)
            return false;
        if (ReferenceEquals(this, other))
            return true;
        using GilScope gil = Gil.Acquire();
        int result = PyObject_RichCompareBool(Handle, other.Handle, Py_EQ);
        if (result < 0)
            PythonErrors.ThrowCurrent();
        return result == 1;
    }

    /// <inheritdoc cref="Equals(PyObject?)"/>
    public override bool Equals(object? obj) => obj is PyObject other && Equals(other);

    /// <summary>Python's <c>hash(self)</c>; 0 for an unhashable object (a list, a dict), which keeps the contract with <see cref="Equals(PyObject?)"/>.</summary>
    public override int GetHashCode()
    {
        using GilScope gil = Gil.Acquire();
        nint hash = PyObject_Hash(Handle);
        if (hash == -1 && PyErr_Occurred() != 0)
        {
            PyErr_Clear();
            return 0;
        }
        return hash.GetHashCode();
    }

    /// <summary>Throws the pending Python error when <paramref name="result"/> is NULL; otherwise returns it.</summary>
    internal static nint Check(nint result)
    {
        if (result == 0)
            PythonErrors.ThrowCurrent();
        return result;
    }

    private string DebuggerDisplay
    {
        get
        {
            // A debugger evaluates this on a stopped thread: it must neither block on the GIL nor throw.
            if (IsDisposed)
                return "<disposed PyObject>";
            if (!PythonEngine.IsReady)
                return "<PyObject: Python is not running>";
            if (Gil.IsHeldByAnotherManagedThread)
                return "<PyObject: the GIL is held by another thread>";
            try
            {
                string repr = Repr();
                return repr.Length <= 200 ? repr : string.Concat(repr.AsSpan(0, 200), "…");
            }
#pragma warning disable CA1031 // a debugger display must never throw
            catch (Exception e)
#pragma warning restore CA1031
            {
                return $"<PyObject: repr() failed: {e.Message}>";
            }
        }
    }
}
