using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using PyBind.Marshalling;
using static PyBind.Interop.Data;
using static PyBind.Interop.Python;

namespace PyBind.Proxies;

/// <summary>
/// How Python sizes, indexes, searches and iterates a .NET collection through its proxy: a list (<c>IList</c>,
/// <c>IList&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>: negative indices and slices as Python's), a mapping (the
/// dictionary interfaces: iteration over keys, <c>keys()</c>, <c>values()</c>, <c>items()</c>, <c>get()</c>), another
/// collection (<c>Count</c>, <c>Contains</c>), or any type with an indexer. Found once per type by reflection over the
/// interfaces it implements; the non-generic interfaces are used directly where a type has them.
/// </summary>
[RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
internal abstract unsafe class CollectionAccess
{
    internal abstract ProxyFeatures Features { get; }

    /// <summary>The Python methods such a collection has beyond its .NET members.</summary>
    internal virtual IReadOnlyDictionary<string, ProxyMember>? Extras => null;

    internal virtual nint Length(object target) => throw new PyTypeError($"object of type '{target.GetType().Name}' has no len()");

    /// <summary><c>target[key]</c> as a new reference (0 with a Python error set for a missing key).</summary>
    internal abstract nint GetItem(object target, nint key);

    /// <summary><c>target[key] = value</c>, or <c>del target[key]</c> when <paramref name="value"/> is 0.</summary>
    internal abstract void SetItem(object target, nint key, nint value);

    internal virtual bool Contains(object target, nint item) => throw new PyTypeError($"argument of type '{target.GetType().Name}' is not iterable");

    /// <summary>What <c>iter()</c> goes through: the object itself, a mapping's keys.</summary>
    internal virtual IEnumerable Iterate(object target) => (IEnumerable)target;

    /// <summary>The access for <paramref name="type"/>, or null when it is neither a collection nor indexable.</summary>
    internal static CollectionAccess? For(Type type)
    {
        Type? dictionary = Generic(type, typeof(IDictionary<,>)) ?? Generic(type, typeof(IReadOnlyDictionary<,>));
        if (dictionary is not null || typeof(IDictionary).IsAssignableFrom(type))
            return new MappingAccess(type, dictionary);
        Type? list = Generic(type, typeof(IList<>)) ?? Generic(type, typeof(IReadOnlyList<>));
        if (list is not null || typeof(IList).IsAssignableFrom(type))
            return new ListAccess(type, list);
        Type? collection = Generic(type, typeof(ICollection<>)) ?? Generic(type, typeof(IReadOnlyCollection<>));
        if (collection is not null || typeof(ICollection).IsAssignableFrom(type))
            return new CountedAccess(type, collection);
        return IndexerAccess.Find(type);
    }

    /// <summary>The closed interface of <paramref name="definition"/> that <paramref name="type"/> implements, if any.</summary>
    private protected static Type? Generic(Type type, Type definition)
        => type.IsGenericType && type.GetGenericTypeDefinition() == definition
            ? type
            : Array.Find(type.GetInterfaces(), i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);

    /// <summary><c>Count</c> through the non-generic <c>ICollection</c>, else through the generic interface's property.</summary>
    private protected static Func<object, int> Counter(Type type, Type? genericCollection)
    {
        if (typeof(ICollection).IsAssignableFrom(type))
            return target => ((ICollection)target).Count;
        Type counted = Generic(type, typeof(ICollection<>)) ?? Generic(type, typeof(IReadOnlyCollection<>)) ?? genericCollection
            ?? throw new InvalidOperationException($"{type} is a collection without a Count.");
        PropertyInfo count = counted.GetProperty("Count")!;
        return target => (int)count.GetValue(target)!;
    }

    /// <summary>Type argument <paramref name="argument"/> of a generic collection interface; <see cref="object"/> for a non-generic collection.</summary>
    private protected static Type ItemType(Type? genericInterface, int argument = 0)
        => genericInterface?.GetGenericArguments()[argument] ?? typeof(object);

    private protected static PyTypeError ReadOnly(object target) => new($"'{target.GetType().Name}' object does not support item assignment (the .NET collection is read-only)");

    private protected static Dictionary<string, ProxyMember> Methods(params (string Name, ProxyMethodBody Body)[] methods)
        => methods.ToDictionary(m => m.Name, m => (ProxyMember)new BuiltinMember(m.Name, m.Body), StringComparer.Ordinal);

    /// <summary>A Python list of converted items (a slice, <c>keys()</c>, <c>items()</c>).</summary>
    private protected static nint NewList(IEnumerable items)
    {
        nint list = PyObject.Check(PyList_New(0));
        try
        {
            foreach (object? item in items)
                PyConvert.AppendStealing(list, PyConvert.ToPython(item));
            return list;
        }
        catch
        {
            Py_DecRef(list);
            throw;
        }
    }

    /// <summary>A list: <c>IList</c> used directly where implemented; else the generic interface's members.</summary>
    [RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
    private sealed class ListAccess : CollectionAccess
    {
        private readonly Type _itemType;
        private readonly Func<object, int> _count;
        private readonly Func<object, int, object?> _get;
        private readonly Action<object, int, object?>? _set;
        private readonly Action<object, int>? _removeAt;
        private readonly Action<object, int, object?>? _insert;
        private readonly Func<object, object?, bool> _contains;
        private Dictionary<string, ProxyMember>? _extras;

        internal ListAccess(Type type, Type? genericList)
        {
            _itemType = ItemType(genericList);
            _count = Counter(type, genericList);
            if (typeof(IList).IsAssignableFrom(type))
            {
                _get = (target, index) => ((IList)target)[index];
                _contains = (target, item) => ((IList)target).Contains(item);
                // An array is an IList of fixed size: Insert and RemoveAt throw NotSupportedException (NotImplementedError).
                _set = (target, index, value) => ((IList)target)[index] = value;
                _removeAt = (target, index) => ((IList)target).RemoveAt(index);
                _insert = (target, index, value) => ((IList)target).Insert(index, value);
                return;
            }
            PropertyInfo item = genericList!.GetProperty("Item")!;
            _get = (target, index) => item.GetValue(target, [index]);
            MethodInfo? contains = Generic(type, typeof(ICollection<>))?.GetMethod("Contains");
            _contains = contains is null
                ? (target, value) => ((IEnumerable)target).Cast<object?>().Contains(value)
                : (target, value) => (bool)contains.Invoke(target, [value])!;
            if (genericList.GetGenericTypeDefinition() != typeof(IList<>))
                return;
            _set = (target, index, value) => item.SetValue(target, value, [index]);
            MethodInfo removeAt = genericList.GetMethod("RemoveAt")!, insert = genericList.GetMethod("Insert")!;
            _removeAt = (target, index) => removeAt.Invoke(target, [index]);
            _insert = (target, index, value) => insert.Invoke(target, [index, value]);
        }

        internal override ProxyFeatures Features
            => ProxyFeatures.Sized | ProxyFeatures.Subscript | ProxyFeatures.Sequence | ProxyFeatures.Contains;

        internal override IReadOnlyDictionary<string, ProxyMember> Extras => _extras ??= Methods(("append", Append), ("extend", Extend), ("pop", Pop));

        internal override nint Length(object target) => _count(target);

        internal override nint GetItem(object target, nint key)
        {
            if (Py_TYPE(key) == PySlice_Type)
                return NewList(Slice(target, key));
            return PyConvert.ToPython(_get(target, Index(target, key)));
        }

        internal override void SetItem(object target, nint key, nint value)
        {
            if (Py_TYPE(key) == PySlice_Type)
                throw new PyTypeError($"slice assignment is not supported on a .NET {target.GetType().Name}; assign items one at a time");
            int index = Index(target, key);
            if (value == 0)
                (_removeAt ?? throw ReadOnly(target))(target, index);
            else
                (_set ?? throw ReadOnly(target))(target, index, ArgumentConversion.Convert(value, _itemType, $"an item of a .NET {target.GetType().Name}"));
        }

        internal override bool Contains(object target, nint item)
            => ArgumentConversion.TryConvert(item, _itemType, out object? value, out _) && _contains(target, value);

        /// <summary>A Python index (any <c>__index__</c>; negative from the end) checked against the list.</summary>
        private int Index(object target, nint key)
        {
            long index = PyConvert.ToInt64(key);
            int count = _count(target);
            if (index < 0)
                index += count;
            if (index < 0 || index >= count)
                throw new PyIndexError($"{target.GetType().Name} index out of range");
            return (int)index;
        }

        private object?[] Slice(object target, nint slice)
        {
            nint start, stop, step;
            if (PySlice_Unpack(slice, &start, &stop, &step) < 0)
                PythonErrors.ThrowCurrent();
            nint length = PySlice_AdjustIndices(_count(target), &start, &stop, step);
            var items = new object?[length];
            for (nint i = 0, index = start; i < length; i++, index += step)
                items[i] = _get(target, (int)index);
            return items;
        }

        private object? Item(PyObject value) => ArgumentConversion.Convert(value.DangerousGetHandle(), _itemType, "an item");

        private nint Append(object target, PyCallArguments args)
        {
            using PyObject item = args.Count == 1 ? args[0] : throw Arity("append", 1, args.Count);
            return Insert(target, _count(target), Item(item));
        }

        private nint Insert(object target, int index, object? value)
        {
            (_insert ?? throw ReadOnly(target))(target, index, value);
            return PyConvert.None();
        }

        private nint Extend(object target, PyCallArguments args)
        {
            using PyObject items = args.Count == 1 ? args[0] : throw Arity("extend", 1, args.Count);
            foreach (PyObject item in items.AsEnumerable<PyObject>())
            {
                using (item)
                    Insert(target, _count(target), Item(item));
            }
            return PyConvert.None();
        }

        private nint Pop(object target, PyCallArguments args)
        {
            using PyObject? position = args.Count switch { 0 => null, 1 => args[0], _ => throw Arity("pop", 1, args.Count) };
            int count = _count(target);
            if (count == 0)
                throw new PyIndexError("pop from empty list");
            int index = position is null ? count - 1 : Index(target, position.DangerousGetHandle());
            nint item = PyConvert.ToPython(_get(target, index));
            try
            {
                (_removeAt ?? throw ReadOnly(target))(target, index);
                return item;
            }
            catch
            {
                Py_DecRef(item);
                throw;
            }
        }
    }

    /// <summary>A mapping: iterates over its keys, as a Python dict does.</summary>
    [RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
    private sealed class MappingAccess : CollectionAccess
    {
        private readonly Type _keyType, _valueType;
        private readonly Func<object, int> _count;
        private readonly Func<object, object?, bool> _containsKey;
        private readonly Func<object, object?, object?> _get;
        private readonly Action<object, object?, object?>? _set;
        private readonly Func<object, object?, bool>? _remove;
        private readonly Func<object, IEnumerable> _keys, _values;
        private Dictionary<string, ProxyMember>? _extras;

        internal MappingAccess(Type type, Type? genericDictionary)
        {
            _keyType = ItemType(genericDictionary, 0);
            _valueType = ItemType(genericDictionary, 1);
            _count = Counter(type, null);
            if (typeof(IDictionary).IsAssignableFrom(type))
            {
                _containsKey = (target, key) => ((IDictionary)target).Contains(key!);
                _get = (target, key) => ((IDictionary)target)[key!];
                _set = (target, key, value) => ((IDictionary)target)[key!] = value;
                _remove = (target, key) =>
                {
                    var dictionary = (IDictionary)target;
                    bool present = dictionary.Contains(key!);
                    dictionary.Remove(key!);
                    return present;
                };
                _keys = target => ((IDictionary)target).Keys;
                _values = target => ((IDictionary)target).Values;
                return;
            }
            PropertyInfo item = genericDictionary!.GetProperty("Item")!, keys = genericDictionary.GetProperty("Keys")!, values = genericDictionary.GetProperty("Values")!;
            MethodInfo containsKey = genericDictionary.GetMethod("ContainsKey")!;
            _containsKey = (target, key) => (bool)containsKey.Invoke(target, [key])!;
            _get = (target, key) => item.GetValue(target, [key]);
            _keys = target => (IEnumerable)keys.GetValue(target)!;
            _values = target => (IEnumerable)values.GetValue(target)!;
            if (genericDictionary.GetGenericTypeDefinition() != typeof(IDictionary<,>))
                return;
            MethodInfo remove = genericDictionary.GetMethod("Remove", [_keyType])!;
            _set = (target, key, value) => item.SetValue(target, value, [key]);
            _remove = (target, key) => (bool)remove.Invoke(target, [key])!;
        }

        internal override ProxyFeatures Features => ProxyFeatures.Sized | ProxyFeatures.Subscript | ProxyFeatures.Contains;

        internal override IReadOnlyDictionary<string, ProxyMember> Extras => _extras ??= Methods(
            ("keys", (target, _) => NewList(_keys(target))),
            ("values", (target, _) => NewList(_values(target))),
            ("items", (target, _) => NewList(_keys(target).Cast<object?>().Zip(_values(target).Cast<object?>(), (k, v) => (k, v)))),
            ("get", Get));

        internal override nint Length(object target) => _count(target);

        internal override IEnumerable Iterate(object target) => _keys(target);

        internal override nint GetItem(object target, nint key)
        {
            if (ArgumentConversion.TryConvert(key, _keyType, out object? converted, out _) && converted is not null && _containsKey(target, converted))
                return PyConvert.ToPython(_get(target, converted));
            PyErr_SetObject(PyExc_KeyError, key);
            return 0;
        }

        internal override void SetItem(object target, nint key, nint value)
        {
            object? converted = ArgumentConversion.Convert(key, _keyType, $"a key of a .NET {target.GetType().Name}");
            if (value != 0)
            {
                (_set ?? throw ReadOnly(target))(target, converted, ArgumentConversion.Convert(value, _valueType, $"a value of a .NET {target.GetType().Name}"));
                return;
            }
            if (!(_remove ?? throw ReadOnly(target))(target, converted))
                throw new PyKeyError(PyConvert.ShortRepr(key));
        }

        internal override bool Contains(object target, nint item)
            => ArgumentConversion.TryConvert(item, _keyType, out object? key, out _) && key is not null && _containsKey(target, key);

        private nint Get(object target, PyCallArguments args)
        {
            if (args.Count is < 1 or > 2)
                throw Arity("get", 2, args.Count);
            using PyObject key = args[0];
            if (ArgumentConversion.TryConvert(key.DangerousGetHandle(), _keyType, out object? converted, out _) && converted is not null && _containsKey(target, converted))
                return PyConvert.ToPython(_get(target, converted));
            using PyObject fallback = args.Count == 2 ? args[1] : PyObject.None;
            return PyConvert.ToPython(fallback);
        }
    }

    /// <summary>A collection that is neither a list nor a mapping (a set, a queue): <c>len</c>, <c>in</c>, iteration.</summary>
    [RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
    private sealed class CountedAccess : CollectionAccess
    {
        private readonly Type _itemType;
        private readonly Func<object, int> _count;
        private readonly MethodInfo? _contains;

        internal CountedAccess(Type type, Type? genericCollection)
        {
            _itemType = ItemType(genericCollection);
            _count = Counter(type, genericCollection);
            _contains = Generic(type, typeof(ICollection<>))?.GetMethod("Contains");
        }

        internal override ProxyFeatures Features => ProxyFeatures.Sized | (_contains is null ? 0 : ProxyFeatures.Contains);

        internal override nint Length(object target) => _count(target);

        internal override nint GetItem(object target, nint key) => throw new PyTypeError($"'{target.GetType().Name}' object is not subscriptable");

        internal override void SetItem(object target, nint key, nint value) => throw new PyTypeError($"'{target.GetType().Name}' object does not support item assignment");

        internal override bool Contains(object target, nint item)
            => ArgumentConversion.TryConvert(item, _itemType, out object? value, out _) && (bool)_contains!.Invoke(target, [value])!;
    }

    /// <summary>A type with an indexer (<c>this[...]</c>, whatever its name): a tuple key gives several index arguments.</summary>
    [RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
    private sealed class IndexerAccess(MethodGroup getters, MethodGroup setters) : CollectionAccess
    {
        internal override ProxyFeatures Features => ProxyFeatures.Subscript;

        internal static IndexerAccess? Find(Type type)
        {
            string name = type.GetCustomAttribute<DefaultMemberAttribute>()?.MemberName ?? "Item";
            PropertyInfo[] indexers = Array.FindAll(type.GetProperties(BindingFlags.Public | BindingFlags.Instance),
                p => p.Name == name && p.GetIndexParameters().Length > 0 && MemberTable.CanCross(p.PropertyType));
            if (indexers.Length == 0)
                return null;
            return new IndexerAccess(
                new MethodGroup(name, [.. indexers.Select(p => p.GetMethod).OfType<MethodInfo>().Where(m => m.IsPublic)]),
                new MethodGroup(name, [.. indexers.Select(p => p.SetMethod).OfType<MethodInfo>().Where(m => m.IsPublic)]));
        }

        internal override nint GetItem(object target, nint key) => Call(getters, target, key, 0);

        internal override void SetItem(object target, nint key, nint value)
        {
            if (value == 0)
                throw new PyTypeError($"'{target.GetType().Name}' object does not support item deletion");
            if (setters.IsEmpty)
                throw ReadOnly(target);
            Py_DecRef(Call(setters, target, key, value));
        }

        private static nint Call(MethodGroup group, object target, nint key, nint value)
        {
            bool tuple = Py_TYPE(key) == PyTuple_Type;
            int count = tuple ? (int)PyTuple_GET_SIZE(key) : 1;
            nint* args = stackalloc nint[count + 1];
            for (int i = 0; i < count; i++)
                args[i] = tuple ? PyTuple_GET_ITEM(key, i) : key;
            if (value != 0)
                args[count++] = value;
            return group.Call(target, args, count, 0);
        }
    }

    private static PyTypeError Arity(string name, int most, int given)
        => new($"{name}() takes at most {most} argument{(most == 1 ? "" : "s")} ({given} given)");
}
