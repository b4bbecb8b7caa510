using System.Collections.Generic;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>Creates <see cref="PyList{T}"/>s.</summary>
public static class PyList
{
    /// <summary>A new Python list holding <paramref name="items"/> (converted).</summary>
    public static PyList<T> Create<T>(IEnumerable<T>? items = null)
    {
        using GilScope gil = Gil.Acquire();
        PyConverter<T> converter = PyConverters.For<T>();
        var list = new PyList<T>(PyObject.Check(PyList_New(0)), PyOwnership.Steal, converter);
        if (items is not null)
        {
            foreach (T item in items)
                PyConvert.AppendStealing(list.Handle, converter.ToPython(item));
        }
        return list;
    }
}

/// <summary>Creates <see cref="PyDict{TKey, TValue}"/>s.</summary>
public static class PyDict
{
    /// <summary>A new Python dict holding <paramref name="items"/> (converted).</summary>
    public static PyDict<TKey, TValue> Create<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>>? items = null)
        where TKey : notnull
    {
        using GilScope gil = Gil.Acquire();
        var dict = new PyDict<TKey, TValue>(PyObject.Check(PyDict_New()), PyOwnership.Steal, PyConverters.For<TKey>(), PyConverters.For<TValue>());
        if (items is not null)
        {
            foreach (KeyValuePair<TKey, TValue> pair in items)
                dict[pair.Key] = pair.Value;
        }
        return dict;
    }
}

/// <summary>Creates <see cref="PySet{T}"/>s.</summary>
public static class PySet
{
    /// <summary>A new Python set holding <paramref name="items"/> (converted).</summary>
    public static PySet<T> Create<T>(IEnumerable<T>? items = null)
    {
        using GilScope gil = Gil.Acquire();
        var set = new PySet<T>(PyObject.Check(PySet_New(0)), PyOwnership.Steal, PyConverters.For<T>());
        if (items is not null)
            set.UnionWith(items);
        return set;
    }
}
