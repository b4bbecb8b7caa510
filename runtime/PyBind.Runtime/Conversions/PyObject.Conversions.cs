using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

public partial class PyObject
{
    /// <summary>Converts a .NET value to a new Python object, by its run-time type (see <see cref="PyConvert.ToPython(object?)"/>).</summary>
    public static PyObject From(object? value)
    {
        using GilScope gil = Gil.Acquire();
        return new PyObject(PyConvert.ToPython(value), PyOwnership.Steal);
    }

    /// <summary>Converts a .NET value to a new Python object, by its static type.</summary>
    public static PyObject From<T>(T value)
    {
        using GilScope gil = Gil.Acquire();
        return new PyObject(PyConverters.For<T>().ToPython(value), PyOwnership.Steal);
    }

    /// <summary><c>getattr(self, name)</c>, converted to <typeparamref name="T"/>.</summary>
    public T GetAttr<T>(string name)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject value = GetAttr(name);
        return PyConverters.For<T>().FromPython(value.Handle);
    }

    /// <summary><c>setattr(self, name, value)</c>; the value is converted by its run-time type.</summary>
    public void SetAttr(string name, object? value)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject key = PyInternedName.Create(name);
        using PyObject converted = new(PyConvert.ToPython(value), PyOwnership.Steal);
        if (PyObject_SetAttr(Handle, key.Handle, converted.Handle) < 0)
            PythonErrors.ThrowCurrent();
    }

    /// <summary><c>self[key]</c>; the key is converted by its run-time type (a C# tuple becomes a Python tuple: <c>a[(1, 2)]</c>).</summary>
    public PyObject this[object? key]
    {
        get
        {
            using GilScope gil = Gil.Acquire();
            using PyObject pyKey = new(PyConvert.ToPython(key), PyOwnership.Steal);
            return new PyObject(Check(PyObject_GetItem(Handle, pyKey.Handle)), PyOwnership.Steal);
        }
        set => SetItem(key, value);
    }

    /// <summary><c>self[key] = value</c>; key and value are converted by their run-time types.</summary>
    public void SetItem(object? key, object? value)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject pyKey = new(PyConvert.ToPython(key), PyOwnership.Steal);
        using PyObject pyValue = new(PyConvert.ToPython(value), PyOwnership.Steal);
        if (PyObject_SetItem(Handle, pyKey.Handle, pyValue.Handle) < 0)
            PythonErrors.ThrowCurrent();
    }

    /// <summary><c>self[key]</c>, converted to <typeparamref name="T"/>.</summary>
    public T GetItem<T>(object? key)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject value = this[key];
        return PyConverters.For<T>().FromPython(value.Handle);
    }

    /// <summary><c>del self[key]</c>.</summary>
    public void DelItem(object? key)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject pyKey = new(PyConvert.ToPython(key), PyOwnership.Steal);
        if (PyObject_DelItem(Handle, pyKey.Handle) < 0)
            PythonErrors.ThrowCurrent();
    }

    /// <summary><c>self(*args)</c>; each argument is converted by its run-time type, a <see cref="PyObject"/> passes as itself.</summary>
    public PyObject Call(params object?[] args)
    {
        using GilScope gil = Gil.AcquireAtCallBoundary();
        return new PyObject(UntypedCall.Invoke(Handle, args, null), PyOwnership.Steal);
    }

    /// <summary><c>self(*args, **kwargs)</c>.</summary>
    public PyObject Call(object?[] args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        using GilScope gil = Gil.AcquireAtCallBoundary();
        return new PyObject(UntypedCall.Invoke(Handle, args ?? Array.Empty<object?>(), kwargs), PyOwnership.Steal);
    }

    /// <summary><c>self(*args)</c>, the result converted to <typeparamref name="T"/>.</summary>
    public T Call<T>(params object?[] args)
    {
        using GilScope gil = Gil.AcquireAtCallBoundary();
        nint result = UntypedCall.Invoke(Handle, args, null);
        try
        {
            return PyConverters.For<T>().FromPython(result);
        }
        finally
        {
            Py_DecRef(result);
        }
    }

    /// <summary><c>self.name(*args)</c>.</summary>
    public PyObject CallMethod(string name, params object?[] args)
    {
        using GilScope gil = Gil.AcquireAtCallBoundary();
        using PyObject method = GetAttr(name);
        return new PyObject(UntypedCall.Invoke(method.Handle, args, null), PyOwnership.Steal);
    }

    /// <summary><c>self.name(*args, **kwargs)</c>.</summary>
    public PyObject CallMethod(string name, object?[] args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        using GilScope gil = Gil.AcquireAtCallBoundary();
        using PyObject method = GetAttr(name);
        return new PyObject(UntypedCall.Invoke(method.Handle, args ?? Array.Empty<object?>(), kwargs), PyOwnership.Steal);
    }

    /// <summary><c>value in self</c>.</summary>
    public bool Contains(object? value)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject item = new(PyConvert.ToPython(value), PyOwnership.Steal);
        int result = PySequence_Contains(Handle, item.Handle);
        if (result < 0)
            PythonErrors.ThrowCurrent();
        return result == 1;
    }

    /// <summary>Converts the object to <typeparamref name="T"/> (see the type table in the README).</summary>
    /// <exception cref="PyConversionException">The object has no conversion to <typeparamref name="T"/>.</exception>
    /// <exception cref="OverflowException">An <c>int</c> does not fit in the integer type.</exception>
    public T As<T>()
    {
        using GilScope gil = Gil.Acquire();
        return PyConverters.For<T>().FromPython(Handle);
    }

    /// <summary>Converts the object to <typeparamref name="T"/> when it can; no exception for a type mismatch or an overflow.</summary>
    public bool TryAs<T>([MaybeNullWhen(false)] out T value)
    {
        using GilScope gil = Gil.Acquire();
        try
        {
            value = PyConverters.For<T>().FromPython(Handle);
            return true;
        }
        catch (Exception e) when (e is PyConversionException or OverflowException)
        {
            value = default;
            return false;
        }
    }

    /// <summary>Iterates the object (<c>for item in self</c>), lazily; each item is a new <see cref="PyObject"/>.</summary>
    public PyIterator<PyObject> GetEnumerator() => PyIterator<PyObject>.Over(this, PyConverters.For<PyObject>());

    /// <summary>Iterates the object lazily, converting each item to <typeparamref name="T"/>.</summary>
    public IEnumerable<T> AsEnumerable<T>() => new PyEnumerable<T>(NewReference(), PyConverters.For<T>());
}
