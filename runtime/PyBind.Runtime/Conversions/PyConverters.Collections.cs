using System;
using System.Collections.Generic;
using PyBind.Marshalling;
using static PyBind.Interop.Data;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// Any .NET sequence goes to Python as a new <c>list</c> (a copy, converted item by item), except a view of a Python
/// object (<see cref="PyList{T}"/> and the like), which goes as that object; what comes back depends on the .NET type
/// asked for: see the derived converters.
/// </summary>
internal abstract class SequenceConverter<TCollection, T> : PyConverter<TCollection>
    where TCollection : IEnumerable<T>?
{
    protected SequenceConverter(PyConverter<T> items, PyCollectionKind kind = PyCollectionKind.Iterable)
    {
        Items = items;
        Kind = kind;
    }

    protected PyConverter<T> Items { get; }

    /// <summary>The container a value becomes in Python.</summary>
    protected PyCollectionKind Kind { get; }

    public override nint ToPython(TCollection value)
    {
        if (value is null)
            return PyConvert.None();
        if (value is PyObject python)
            return PyCollectionKinds.Coerce(python.Handle, Kind);
        if (value is T[] array)
            return PyCollectionKinds.FromList(ToPythonList(array), Kind);
        if (value is List<T> items)
            return PyCollectionKinds.FromList(ToPythonList(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items)), Kind);
        nint list = PyObject.Check(PyList_New(0));
        try
        {
            foreach (T item in value)
                PyConvert.AppendStealing(list, Items.ToPython(item));
        }
        catch
        {
            Py_DecRef(list);
            throw;
        }
        return PyCollectionKinds.FromList(list, Kind);
    }

    /// <summary>
    /// Items whose count is known go into a list made at its final size, each set in place (as C code does), instead of
    /// being appended one call at a time. Empty slots left by a failed conversion are allowed in a list being freed.
    /// </summary>
    private nint ToPythonList(ReadOnlySpan<T> values)
    {
        nint list = PyObject.Check(PyList_New(values.Length));
        try
        {
            for (int i = 0; i < values.Length; i++)
                PyList_SET_ITEM(list, i, Items.ToPython(values[i]));
            return list;
        }
        catch
        {
            Py_DecRef(list);
            throw;
        }
    }

    /// <summary>Copies the items of a list, tuple or any iterable (but not a str or bytes, whose items are rarely meant).</summary>
    protected T[] ReadSnapshot(nint o)
    {
        nint type = Py_TYPE(o);
        if (type == PyList_Type || type == PyTuple_Type)
        {
            bool isList = type == PyList_Type;
            var items = new List<T>(checked((int)(isList ? PyList_GET_SIZE(o) : PyTuple_GET_SIZE(o))));
            // Re-read the size each time: converting an item runs code that could shrink the list.
            for (nint i = 0; i < (isList ? PyList_GET_SIZE(o) : PyTuple_GET_SIZE(o)); i++)
                items.Add(Items.FromPython(isList ? PyList_GET_ITEM(o, i) : PyTuple_GET_ITEM(o, i)));
            return items.ToArray();
        }
        if (type == PyUnicode_Type || type == PyBytes_Type)
            throw PyConvert.Mismatch(o, "a sequence (a str or bytes is not split into items)", typeof(TCollection));
        nint iterator = PyObject_GetIter(o);
        if (iterator == 0)
        {
            PyErr_Clear();
            throw PyConvert.Mismatch(o, "an iterable", typeof(TCollection));
        }
        try
        {
            var items = new List<T>();
            for (nint item; (item = PyIter_Next(iterator)) != 0;)
            {
                try
                {
                    items.Add(Items.FromPython(item));
                }
                finally
                {
                    Py_DecRef(item);
                }
            }
            if (PyErr_Occurred() != 0)
                PythonErrors.ThrowCurrent();
            return items.ToArray();
        }
        finally
        {
            Py_DecRef(iterator);
        }
    }
}

/// <summary><c>T[]</c>, or a read-only interface an array implements (<see cref="IReadOnlyList{T}"/>): a snapshot copy.</summary>
internal sealed class SnapshotConverter<TCollection, T> : SequenceConverter<TCollection, T>
    where TCollection : IEnumerable<T>?
{
    public SnapshotConverter() : base(PyConverters.For<T>()) { }

    internal SnapshotConverter(PyConverter<T> items) : base(items) { }

    public override TCollection FromPython(nint o) => (TCollection)(object)ReadSnapshot(o);
}

/// <summary><see cref="List{T}"/>: a copy the caller owns.</summary>
internal sealed class ListCopyConverter<T> : SequenceConverter<List<T>, T>
{
    public ListCopyConverter() : base(PyConverters.For<T>()) { }

    internal ListCopyConverter(PyConverter<T> items) : base(items) { }

    public override List<T> FromPython(nint o) => new(ReadSnapshot(o));
}

/// <summary><see cref="IList{T}"/>/<see cref="ICollection{T}"/>: a live <see cref="PyList{T}"/> over a Python list; a snapshot of anything else.</summary>
internal sealed class LiveListConverter<TCollection, T> : SequenceConverter<TCollection, T>
    where TCollection : IEnumerable<T>?
{
    public LiveListConverter() : base(PyConverters.For<T>()) { }

    internal LiveListConverter(PyConverter<T> items) : base(items) { }

    public override TCollection FromPython(nint o)
        => PyTypes.IsSubtype(Py_TYPE(o), Py_TPFLAGS_LIST_SUBCLASS)
            ? (TCollection)(object)new PyList<T>(o, PyOwnership.Borrow, Items)
            : (TCollection)(object)ReadSnapshot(o);
}

/// <summary>
/// <see cref="System.Collections.IEnumerable"/>: any .NET collection as a new list of its items converted by run-time type (a
/// view of a Python object as itself); any Python iterable back as a lazy sequence of <see cref="PyConvert.ToObject"/> values.
/// </summary>
internal sealed class UntypedSequenceConverter(PyCollectionKind kind) : PyConverter<System.Collections.IEnumerable>
{
    public override nint ToPython(System.Collections.IEnumerable value) => value switch
    {
        null => PyConvert.None(),
        PyObject python => PyCollectionKinds.Coerce(python.Handle, kind),
        _ => PyCollectionKinds.FromList(PyConvert.ListToPython(value), kind),
    };

    public override System.Collections.IEnumerable FromPython(nint obj) => new LazyEnumerableConverter<object?>(ObjectConverter.Instance).FromPython(obj);
}

/// <summary><see cref="IEnumerable{T}"/>: lazy iteration of any Python iterable.</summary>
internal sealed class LazyEnumerableConverter<T> : SequenceConverter<IEnumerable<T>, T>
{
    public LazyEnumerableConverter() : base(PyConverters.For<T>()) { }

    internal LazyEnumerableConverter(PyConverter<T> items, PyCollectionKind kind = PyCollectionKind.Iterable) : base(items, kind) { }

    public override IEnumerable<T> FromPython(nint o)
    {
        if (PyTypes.IsSubtype(Py_TYPE(o), Py_TPFLAGS_UNICODE_SUBCLASS))
            throw PyConvert.Mismatch(o, "an iterable (a str is not split into items)", typeof(IEnumerable<T>));
        return new PyEnumerable<T>(new PyObject(o, PyOwnership.Borrow), Items);
    }
}

/// <summary>Converts a Python iterator into a <see cref="PyIterator{T}"/>; an iterable that is no iterator is iterated (<c>iter()</c>).</summary>
internal sealed class IteratorConverter<T>(PyConverter<T> items) : PyConverter<PyIterator<T>>
{
    public IteratorConverter() : this(PyConverters.For<T>()) { }

    public override nint ToPython(PyIterator<T> value) => PyConvert.ToPython(value);

    public override PyIterator<T> FromPython(nint obj)
        => PyIter_Check(obj) != 0 ? new PyIterator<T>(obj, PyOwnership.Borrow, items) : PyIterator<T>.Over(obj, items);
}

/// <summary>Converts a Python generator into a <see cref="PyGenerator{TYield, TSend, TReturn}"/>.</summary>
internal sealed class GeneratorConverter<TYield, TSend, TReturn>(PyConverter<TYield> yields, PyConverter<TSend> sends, PyConverter<TReturn> returns)
    : PyConverter<PyGenerator<TYield, TSend, TReturn>>
{
    private static readonly PyInternedName s_send = new("send");

    public GeneratorConverter() : this(PyConverters.For<TYield>(), PyConverters.For<TSend>(), PyConverters.For<TReturn>()) { }

    public override nint ToPython(PyGenerator<TYield, TSend, TReturn> value) => PyConvert.ToPython(value);

    public override PyGenerator<TYield, TSend, TReturn> FromPython(nint obj)
    {
        if (PyIter_Check(obj) == 0 || PyObject_HasAttr(obj, s_send.Handle) == 0)
            throw PyConvert.Mismatch(obj, "a generator (an iterator with send, throw and close)", typeof(PyGenerator<TYield, TSend, TReturn>));
        return new PyGenerator<TYield, TSend, TReturn>(obj, PyOwnership.Borrow, yields, sends, returns);
    }
}

/// <summary>Any .NET dictionary goes to Python as a new <c>dict</c> (a copy); a view of a Python object goes as that object.</summary>
internal abstract class MappingConverter<TMap, TKey, TValue> : PyConverter<TMap>
    where TMap : IEnumerable<KeyValuePair<TKey, TValue>>?
    where TKey : notnull
{
    protected MappingConverter(PyConverter<TKey> keys, PyConverter<TValue> values)
    {
        Keys = keys;
        Values = values;
    }

    protected PyConverter<TKey> Keys { get; }

    protected PyConverter<TValue> Values { get; }

    public override nint ToPython(TMap value)
    {
        if (value is null)
            return PyConvert.None();
        if (value is PyObject python)
            return PyMarshal.AddRef(python.Handle);
        nint dict = PyObject.Check(PyDict_New());
        try
        {
            foreach (KeyValuePair<TKey, TValue> pair in value)
                PyConvert.SetItemStealing(dict, Keys.ToPython(pair.Key), Values.ToPython(pair.Value));
            return dict;
        }
        catch
        {
            Py_DecRef(dict);
            throw;
        }
    }

    /// <summary>Copies a dict, or any mapping with <c>items()</c>.</summary>
    protected Dictionary<TKey, TValue> ReadCopy(nint o)
    {
        if (PyTypes.IsSubtype(Py_TYPE(o), Py_TPFLAGS_DICT_SUBCLASS))
        {
            using var view = new PyDict<TKey, TValue>(o, PyOwnership.Borrow, Keys, Values);
            return new Dictionary<TKey, TValue>(view);
        }
        using var mapping = new PyObject(o, PyOwnership.Borrow);
        if (!mapping.HasAttr("items"))
            throw PyConvert.Mismatch(o, "a dict or mapping", typeof(TMap));
        using PyObject items = mapping.CallMethod("items");
        var copy = new Dictionary<TKey, TValue>();
        foreach (PyObject pair in items)
        {
            using (pair)
            {
                using PyObject key = pair[0L], value = pair[1L];
                copy[Keys.FromPython(key.Handle)] = Values.FromPython(value.Handle);
            }
        }
        return copy;
    }
}

/// <summary><see cref="Dictionary{TKey, TValue}"/>: a copy the caller owns.</summary>
internal sealed class DictionaryCopyConverter<TKey, TValue> : MappingConverter<Dictionary<TKey, TValue>, TKey, TValue>
    where TKey : notnull
{
    public DictionaryCopyConverter() : base(PyConverters.For<TKey>(), PyConverters.For<TValue>()) { }

    internal DictionaryCopyConverter(PyConverter<TKey> keys, PyConverter<TValue> values) : base(keys, values) { }

    public override Dictionary<TKey, TValue> FromPython(nint o) => ReadCopy(o);
}

/// <summary><see cref="IDictionary{TKey, TValue}"/>/<see cref="IReadOnlyDictionary{TKey, TValue}"/>: a live <see cref="PyDict{TKey, TValue}"/> over a dict; a copy of another mapping.</summary>
internal sealed class LiveDictionaryConverter<TMap, TKey, TValue> : MappingConverter<TMap, TKey, TValue>
    where TMap : IEnumerable<KeyValuePair<TKey, TValue>>?
    where TKey : notnull
{
    public LiveDictionaryConverter() : base(PyConverters.For<TKey>(), PyConverters.For<TValue>()) { }

    internal LiveDictionaryConverter(PyConverter<TKey> keys, PyConverter<TValue> values) : base(keys, values) { }

    public override TMap FromPython(nint o)
        => PyTypes.IsSubtype(Py_TYPE(o), Py_TPFLAGS_DICT_SUBCLASS)
            ? (TMap)(object)new PyDict<TKey, TValue>(o, PyOwnership.Borrow, Keys, Values)
            : (TMap)(object)ReadCopy(o);
}

/// <summary>Any .NET set goes to Python as a new <c>set</c> (a copy); a view of a Python object goes as that object.</summary>
internal abstract class SetConverter<TSet, T> : SequenceConverter<TSet, T>
    where TSet : IEnumerable<T>?
{
    protected SetConverter(PyConverter<T> items) : base(items) { }

    public override nint ToPython(TSet value)
    {
        if (value is null)
            return PyConvert.None();
        if (value is PyObject python)
            return PyMarshal.AddRef(python.Handle);
        nint set = PyObject.Check(PySet_New(0));
        try
        {
            foreach (T item in value)
            {
                nint key = Items.ToPython(item);
                int added = PySet_Add(set, key);
                Py_DecRef(key);
                if (added < 0)
                    PythonErrors.ThrowCurrent();
            }
            return set;
        }
        catch
        {
            Py_DecRef(set);
            throw;
        }
    }

    protected static bool IsPythonSet(nint o) => PyType_IsSubtype(Py_TYPE(o), PySet_Type) != 0;
}

/// <summary><see cref="HashSet{T}"/>: a copy the caller owns.</summary>
internal sealed class HashSetCopyConverter<T> : SetConverter<HashSet<T>, T>
{
    public HashSetCopyConverter() : base(PyConverters.For<T>()) { }

    internal HashSetCopyConverter(PyConverter<T> items) : base(items) { }

    public override HashSet<T> FromPython(nint o) => new(ReadSnapshot(o));
}

/// <summary><see cref="ISet{T}"/>/<see cref="IReadOnlySet{T}"/>: a live <see cref="PySet{T}"/> over a set; a copy of another iterable.</summary>
internal sealed class LiveSetConverter<TSet, T> : SetConverter<TSet, T>
    where TSet : IEnumerable<T>?
{
    public LiveSetConverter() : base(PyConverters.For<T>()) { }

    internal LiveSetConverter(PyConverter<T> items) : base(items) { }

    public override TSet FromPython(nint o)
        => IsPythonSet(o)
            ? (TSet)(object)new PySet<T>(o, PyOwnership.Borrow, Items)
            : (TSet)(object)new HashSet<T>(ReadSnapshot(o));
}
