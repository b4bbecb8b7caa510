using System;
using System.Collections;
using System.Collections.Generic;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// A live view of a Python <c>list</c>: reads and writes go to the list itself (items converted on access), so Python
/// sees every change and the view sees Python's.
/// </summary>
public sealed class PyList<T> : PyObject, IList<T>, IReadOnlyList<T>
{
    private readonly PyConverter<T> _items;

    internal PyList(nint handle, PyOwnership ownership, PyConverter<T> items)
        : base(handle, ownership) => _items = items;

    /// <inheritdoc />
    public new int Count
    {
        get
        {
            using GilScope gil = Gil.Acquire();
            return checked((int)PyList_GET_SIZE(Handle));
        }
    }

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <inheritdoc cref="IList{T}.this[int]" />
    public T this[int index]
    {
        get
        {
            using GilScope gil = Gil.Acquire();
            CheckIndex(index, PyList_GET_SIZE(Handle));
            return _items.FromPython(PyList_GET_ITEM(Handle, index));
        }
        set
        {
            using GilScope gil = Gil.Acquire();
            CheckIndex(index, PyList_GET_SIZE(Handle));
            if (PyList_SetItem(Handle, index, _items.ToPython(value)) < 0)
                PythonErrors.ThrowCurrent();
        }
    }

    /// <inheritdoc />
    public void Add(T item)
    {
        using GilScope gil = Gil.Acquire();
        PyConvert.AppendStealing(Handle, _items.ToPython(item));
    }

    /// <inheritdoc />
    public void Insert(int index, T item)
    {
        using GilScope gil = Gil.Acquire();
        CheckIndex(index, PyList_GET_SIZE(Handle) + 1);
        nint value = _items.ToPython(item);
        int inserted = PyList_Insert(Handle, index, value);
        Py_DecRef(value);
        if (inserted < 0)
            PythonErrors.ThrowCurrent();
    }

    /// <inheritdoc />
    public void RemoveAt(int index)
    {
        using GilScope gil = Gil.Acquire();
        CheckIndex(index, PyList_GET_SIZE(Handle));
        if (PyList_SetSlice(Handle, index, index + 1, 0) < 0)
            PythonErrors.ThrowCurrent();
    }

    /// <inheritdoc />
    public bool Remove(T item)
    {
        using GilScope gil = Gil.Acquire();
        int index = IndexOf(item);
        if (index < 0)
            return false;
        RemoveAt(index);
        return true;
    }

    /// <inheritdoc />
    public void Clear()
    {
        using GilScope gil = Gil.Acquire();
        if (PyList_SetSlice(Handle, 0, PyList_GET_SIZE(Handle), 0) < 0)
            PythonErrors.ThrowCurrent();
    }

    /// <summary>The first index whose item is Python-equal (<c>==</c>) to <paramref name="item"/>, or -1.</summary>
    public int IndexOf(T item)
    {
        using GilScope gil = Gil.Acquire();
        nint value = _items.ToPython(item);
        try
        {
            for (nint i = 0; i < PyList_GET_SIZE(Handle); i++)
            {
                int equal = PyObject_RichCompareBool(PyList_GET_ITEM(Handle, i), value, Py_EQ);
                if (equal < 0)
                    PythonErrors.ThrowCurrent();
                if (equal == 1)
                    return (int)i;
            }
            return -1;
        }
        finally
        {
            Py_DecRef(value);
        }
    }

    /// <inheritdoc />
    public bool Contains(T item) => IndexOf(item) >= 0;

    /// <inheritdoc />
    public void CopyTo(T[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        using GilScope gil = Gil.Acquire();
        nint count = PyList_GET_SIZE(Handle);
        if (arrayIndex < 0 || array.Length - arrayIndex < count)
            throw new ArgumentException("The array is too small for the list's items.", nameof(array));
        for (nint i = 0; i < count; i++)
            array[arrayIndex + i] = _items.FromPython(PyList_GET_ITEM(Handle, i));
    }

    /// <inheritdoc />
    public new IEnumerator<T> GetEnumerator() => PyIterator<T>.Over(this, _items);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static void CheckIndex(int index, nint count)
    {
        if ((uint)index >= (ulong)count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {count} items.");
    }
}
