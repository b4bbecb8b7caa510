using System;
using System.Collections;
using System.Collections.Generic;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>A live view of a Python <c>set</c>; items are converted on access and the set algebra runs in Python.</summary>
public sealed class PySet<T> : PyObject, ISet<T>, IReadOnlySet<T>
{
    private readonly PyConverter<T> _items;

    internal PySet(nint handle, PyOwnership ownership, PyConverter<T> items)
        : base(handle, ownership) => _items = items;

    /// <inheritdoc />
    public new int Count
    {
        get
        {
            using GilScope gil = Gil.Acquire();
            return checked((int)PySet_Size(Handle));
        }
    }

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <inheritdoc />
    public bool Add(T item)
    {
        using GilScope gil = Gil.Acquire();
        nint key = _items.ToPython(item);
        try
        {
            int present = PySet_Contains(Handle, key);
            if (present < 0 || (present == 0 && PySet_Add(Handle, key) < 0))
                PythonErrors.ThrowCurrent();
            return present == 0;
        }
        finally
        {
            Py_DecRef(key);
        }
    }

    void ICollection<T>.Add(T item) => Add(item);

    /// <inheritdoc />
    public bool Remove(T item)
    {
        using GilScope gil = Gil.Acquire();
        nint key = _items.ToPython(item);
        int removed = PySet_Discard(Handle, key);
        Py_DecRef(key);
        if (removed < 0)
            PythonErrors.ThrowCurrent();
        return removed == 1;
    }

    /// <inheritdoc cref="ICollection{T}.Contains" />
    public bool Contains(T item)
    {
        using GilScope gil = Gil.Acquire();
        nint key = _items.ToPython(item);
        int present = PySet_Contains(Handle, key);
        Py_DecRef(key);
        if (present < 0)
            PythonErrors.ThrowCurrent();
        return present == 1;
    }

    /// <inheritdoc />
    public void Clear()
    {
        using GilScope gil = Gil.Acquire();
        if (PySet_Clear(Handle) < 0)
            PythonErrors.ThrowCurrent();
    }

    /// <inheritdoc />
    public void CopyTo(T[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        foreach (T item in this)
            array[arrayIndex++] = item;
    }

    /// <inheritdoc />
    public void UnionWith(IEnumerable<T> other) => Update(SetMethods.Update, other);

    /// <inheritdoc />
    public void IntersectWith(IEnumerable<T> other) => Update(SetMethods.IntersectionUpdate, other);

    /// <inheritdoc />
    public void ExceptWith(IEnumerable<T> other) => Update(SetMethods.DifferenceUpdate, other);

    /// <inheritdoc />
    public void SymmetricExceptWith(IEnumerable<T> other) => Update(SetMethods.SymmetricDifferenceUpdate, other);

    /// <inheritdoc cref="ISet{T}.IsSubsetOf" />
    public bool IsSubsetOf(IEnumerable<T> other) => Compare(other, Py_LE);

    /// <inheritdoc cref="ISet{T}.IsProperSubsetOf" />
    public bool IsProperSubsetOf(IEnumerable<T> other) => Compare(other, Py_LT);

    /// <inheritdoc cref="ISet{T}.IsSupersetOf" />
    public bool IsSupersetOf(IEnumerable<T> other) => Compare(other, Py_GE);

    /// <inheritdoc cref="ISet{T}.IsProperSupersetOf" />
    public bool IsProperSupersetOf(IEnumerable<T> other) => Compare(other, Py_GT);

    /// <inheritdoc cref="ISet{T}.SetEquals" />
    public bool SetEquals(IEnumerable<T> other) => Compare(other, Py_EQ);

    /// <inheritdoc cref="ISet{T}.Overlaps" />
    public bool Overlaps(IEnumerable<T> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        using GilScope gil = Gil.Acquire();
        nint disjoint = CallWithSetOf(SetMethods.IsDisjoint, other);
        int isTrue = PyObject_IsTrue(disjoint);
        Py_DecRef(disjoint);
        if (isTrue < 0)
            PythonErrors.ThrowCurrent();
        return isTrue == 0;
    }

    /// <inheritdoc />
    public new IEnumerator<T> GetEnumerator() => PyIterator<T>.Over(this, _items);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Update(PyInternedName method, IEnumerable<T> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        using GilScope gil = Gil.Acquire();
        Py_DecRef(CallWithSetOf(method, other));
    }

    /// <summary><c>self.method(set(other))</c>, a new reference; the caller holds the GIL.</summary>
    private nint CallWithSetOf(PyInternedName method, IEnumerable<T> other)
    {
        var args = new PyArgs(stackalloc nint[2]);
        try
        {
            using (PyObject otherSet = ToPythonSet(other))
                args.Add(PyConvert.ToPython(otherSet));
            return args.CallMethod(Handle, method);
        }
        finally
        {
            args.Dispose();
        }
    }

    private bool Compare(IEnumerable<T> other, int operation)
    {
        ArgumentNullException.ThrowIfNull(other);
        using GilScope gil = Gil.Acquire();
        using PyObject otherSet = ToPythonSet(other);
        int result = PyObject_RichCompareBool(Handle, otherSet.Handle, operation);
        if (result < 0)
            PythonErrors.ThrowCurrent();
        return result == 1;
    }

    private PyObject ToPythonSet(IEnumerable<T> items)
    {
        var set = new PyObject(Check(PySet_New(0)), PyOwnership.Steal);
        foreach (T item in items)
        {
            nint key = _items.ToPython(item);
            int added = PySet_Add(set.Handle, key);
            Py_DecRef(key);
            if (added < 0)
                PythonErrors.ThrowCurrent();
        }
        return set;
    }
}

/// <summary>The names of the set methods <see cref="PySet{T}"/> calls, interned once for every item type.</summary>
file static class SetMethods
{
    internal static readonly PyInternedName Update = new("update");
    internal static readonly PyInternedName IntersectionUpdate = new("intersection_update");
    internal static readonly PyInternedName DifferenceUpdate = new("difference_update");
    internal static readonly PyInternedName SymmetricDifferenceUpdate = new("symmetric_difference_update");
    internal static readonly PyInternedName IsDisjoint = new("isdisjoint");
}
