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

    /// <summary>
    /// Unpacks the object as Python's <c>first, second = self</c> does, so that <c>var (a, b) = obj;</c> and
    /// <c>foreach (var (k, v) in obj)</c> work on what untyped functions return: any iterable of exactly two items. Another
    /// count raises Python's ValueError (<c>too many values to unpack (expected 2)</c>), a non-iterable its TypeError.
    /// </summary>
    public void Deconstruct(out PyObject first, out PyObject second)
    {
        PyObject[] items = Unpack(2);
        (first, second) = (items[0], items[1]);
    }

    /// <summary>Unpacks the object as Python's <c>first, second, third = self</c> does (see <see cref="Deconstruct(out PyObject, out PyObject)"/>).</summary>
    public void Deconstruct(out PyObject first, out PyObject second, out PyObject third)
    {
        PyObject[] items = Unpack(3);
        (first, second, third) = (items[0], items[1], items[2]);
    }

    /// <summary>Unpacks the object as Python's <c>first, second, third, fourth = self</c> does (scikit-learn's
    /// <c>X_train, X_test, y_train, y_test = train_test_split(X, y)</c>).</summary>
    public void Deconstruct(out PyObject first, out PyObject second, out PyObject third, out PyObject fourth)
    {
        PyObject[] items = Unpack(4);
        (first, second, third, fourth) = (items[0], items[1], items[2], items[3]);
    }

    /// <summary>The <paramref name="count"/> items of the object, with the errors Python's unpacking raises.</summary>
    private PyObject[] Unpack(int count)
    {
        using GilScope gil = Gil.Acquire();
        nint iterator = PyObject_GetIter(Handle);
        if (iterator == 0)
        {
            PyErr_Clear();
            PythonErrors.Raise(Interop.Data.PyExc_TypeError, $"cannot unpack non-iterable {PyTypes.TypeNameOf(Handle)} object");
            PythonErrors.ThrowCurrent();
        }

        var items = new PyObject[count];
        int taken = 0;
        try
        {
            for (; taken < count; taken++)
            {
                nint item = PyIter_Next(iterator);
                if (item == 0)
                {
                    if (PyErr_Occurred() == 0)
                        PythonErrors.Raise(Interop.Data.PyExc_ValueError, $"not enough values to unpack (expected {count}, got {taken})");
                    PythonErrors.ThrowCurrent();
                }
                items[taken] = new PyObject(item, PyOwnership.Steal);
            }

            nint extra = PyIter_Next(iterator);
            if (extra != 0)
            {
                Py_DecRef(extra);
                PythonErrors.Raise(Interop.Data.PyExc_ValueError, $"too many values to unpack (expected {count})");
            }
            if (PyErr_Occurred() != 0)
                PythonErrors.ThrowCurrent();
            return items;
        }
        catch
        {
            for (int i = 0; i < taken; i++)
                items[i].Dispose();
            throw;
        }
        finally
        {
            Py_DecRef(iterator);
        }
    }
}
