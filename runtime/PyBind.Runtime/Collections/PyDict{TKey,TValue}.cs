using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// A live view of a Python <c>dict</c> with .NET dictionary semantics (a missing key is a
/// <see cref="KeyNotFoundException"/>); keys and values are converted on access, and Python sees every change.
/// </summary>
public sealed unsafe class PyDict<TKey, TValue> : PyObject, IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    private readonly PyConverter<TKey> _keys;
    private readonly PyConverter<TValue> _values;

    internal PyDict(nint handle, PyOwnership ownership, PyConverter<TKey> keys, PyConverter<TValue> values)
        : base(handle, ownership)
    {
        _keys = keys;
        _values = values;
    }

    /// <inheritdoc />
    public new int Count
    {
        get
        {
            using GilScope gil = Gil.Acquire();
            return checked((int)PyDict_Size(Handle));
        }
    }

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <inheritdoc cref="IDictionary{TKey, TValue}.this[TKey]" />
    public TValue this[TKey key]
    {
        get => TryGetValue(key, out TValue? value) ? value : throw new KeyNotFoundException($"The key '{key}' is not in the Python dict.");
        set
        {
            using GilScope gil = Gil.Acquire();
            PyConvert.SetItemStealing(Handle, _keys.ToPython(key), _values.ToPython(value));
        }
    }

    /// <summary>A snapshot of the keys.</summary>
    public ICollection<TKey> Keys => Snapshot(static (key, _) => key);

    /// <summary>A snapshot of the values.</summary>
    public ICollection<TValue> Values => Snapshot(static (_, value) => value);

    IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;

    IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        using GilScope gil = Gil.Acquire();
        nint pyKey = _keys.ToPython(key);
        try
        {
            nint item = PyDict_GetItemWithError(Handle, pyKey);
            if (item == 0)
            {
                if (PyErr_Occurred() != 0)
                    PythonErrors.ThrowCurrent();
                value = default;
                return false;
            }
            value = _values.FromPython(item);
            return true;
        }
        finally
        {
            Py_DecRef(pyKey);
        }
    }

    /// <inheritdoc />
    public bool ContainsKey(TKey key)
    {
        using GilScope gil = Gil.Acquire();
        nint pyKey = _keys.ToPython(key);
        int contains = PyDict_Contains(Handle, pyKey);
        Py_DecRef(pyKey);
        if (contains < 0)
            PythonErrors.ThrowCurrent();
        return contains == 1;
    }

    /// <inheritdoc />
    public void Add(TKey key, TValue value)
    {
        using GilScope gil = Gil.Acquire();
        if (ContainsKey(key))
            throw new ArgumentException($"The key '{key}' is already in the Python dict.", nameof(key));
        this[key] = value;
    }

    /// <inheritdoc />
    public bool Remove(TKey key)
    {
        using GilScope gil = Gil.Acquire();
        nint pyKey = _keys.ToPython(key);
        int removed = PyDict_DelItem(Handle, pyKey);
        Py_DecRef(pyKey);
        if (removed == 0)
            return true;
        if (PyErr_ExceptionMatches(Interop.Data.PyExc_KeyError) == 0)
            PythonErrors.ThrowCurrent();
        PyErr_Clear();
        return false;
    }

    /// <inheritdoc />
    public void Clear()
    {
        using GilScope gil = Gil.Acquire();
        PyDict_Clear(Handle);
    }

    /// <inheritdoc />
    public void Add(KeyValuePair<TKey, TValue> item) => Add(item.Key, item.Value);

    /// <inheritdoc />
    public bool Contains(KeyValuePair<TKey, TValue> item)
        => TryGetValue(item.Key, out TValue? value) && EqualityComparer<TValue>.Default.Equals(value, item.Value);

    /// <inheritdoc />
    public bool Remove(KeyValuePair<TKey, TValue> item)
    {
        using GilScope gil = Gil.Acquire();
        return Contains(item) && Remove(item.Key);
    }

    /// <inheritdoc />
    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        using GilScope gil = Gil.Acquire();
        if (arrayIndex < 0 || array.Length - arrayIndex < PyDict_Size(Handle))
            throw new ArgumentException("The array is too small for the dict's items.", nameof(array));
        foreach (KeyValuePair<TKey, TValue> pair in this)
            array[arrayIndex++] = pair;
    }

    /// <summary>Enumerates the dict in Python's order; changing its size meanwhile is an <see cref="InvalidOperationException"/>, as in .NET.</summary>
    public new IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
    {
        nint position = 0;
        nint expectedSize;
        using (Gil.Acquire())
            expectedSize = PyDict_Size(Handle);
        while (TryNext(ref position, expectedSize, out KeyValuePair<TKey, TValue> pair))
            yield return pair;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private bool TryNext(ref nint position, nint expectedSize, out KeyValuePair<TKey, TValue> pair)
    {
        using GilScope gil = Gil.Acquire();
        if (PyDict_Size(Handle) != expectedSize)
            throw new InvalidOperationException("The Python dict changed size during enumeration.");
        nint key, value;
        nint current = position;
        if (PyDict_Next(Handle, &current, &key, &value) == 0)
        {
            pair = default;
            return false;
        }
        position = current;
        pair = new KeyValuePair<TKey, TValue>(_keys.FromPython(key), _values.FromPython(value));
        return true;
    }

    private List<T> Snapshot<T>(Func<TKey, TValue, T> select)
    {
        using GilScope gil = Gil.Acquire();
        var items = new List<T>(checked((int)PyDict_Size(Handle)));
        foreach (KeyValuePair<TKey, TValue> pair in this)
            items.Add(select(pair.Key, pair.Value));
        return items;
    }
}
