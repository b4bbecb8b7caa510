using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using PyBind.Marshalling;
using static PyBind.Interop.Data;
using static PyBind.Interop.Python;

namespace PyBind;

public static partial class PyConvert
{
    /// <summary>
    /// An array-like value: a .NET array of numbers as an ndarray (one copy; a list of a million boxed floats would
    /// cost far more), a Python object as itself, anything else by its run-time type.
    /// </summary>
    public static nint ToPython(PyArrayLike value)
        => value.Value is Array array && Buffers.PyElementType.Find(array.GetType().GetElementType()!) is { } element
            ? PyArray.Copy(array, element)
            : ToPython(value.Value);

    /// <summary>
    /// Converts by run-time type: <c>null</c> → <c>None</c>; a <see cref="PyObject"/> → itself; numbers, strings,
    /// <see cref="BigInteger"/>, <see cref="Complex"/>, <see cref="decimal"/>, byte arrays (an <see cref="ArraySegment{T}"/>,
    /// <see cref="Memory{T}"/> or <see cref="ReadOnlyMemory{T}"/> of bytes too: <c>bytes</c>) and date/time types → their
    /// Python equivalents; a tuple (<see cref="ITuple"/>) → <c>tuple</c>; a dictionary → <c>dict</c>; a
    /// <see cref="HashSet{T}"/> → <c>set</c>; an array or other collection (<see cref="ICollection"/>) → <c>list</c> (all copies,
    /// converted item by item); a collection only through generic interfaces (<see cref="IReadOnlyList{T}"/>) → a proxy
    /// of it (live: <c>len</c>, indexing, <c>in</c>); any other sequence (a LINQ query, an iterator method) → a lazy Python iterator; a
    /// delegate → a Python function calling it (see <see cref="Python.Function(PyVariadicFunction, string?)"/>); an
    /// <see cref="Index"/> → <c>int</c> (<c>^1</c> → <c>-1</c>) and a <see cref="Range"/> → <c>slice</c> (<c>..10</c> →
    /// <c>slice(None, 10)</c>); a
    /// multi-dimensional array of numbers (<c>double[,]</c>) → a numpy array of the same shape (see <see cref="PyArray"/>); any
    /// other object (a <see cref="System.Threading.Tasks.Task"/>, a <see cref="System.IO.Stream"/>, a service) → a proxy that
    /// Python uses through the object's members and comes back as the same object (see <see cref="Python.Proxy{T}"/>).
    /// </summary>
    public static nint ToPython(object? value) => value switch
    {
        null => None(),
        PyObject o => ToPython(o),
        bool b => ToPython(b),
        long l => ToPython(l),
        int i => ToPython(i),
        double d => ToPython(d),
        string s => ToPython(s),
        float f => ToPython(f),
        short s16 => ToPython(s16),
        sbyte s8 => ToPython(s8),
        byte u8 => ToPython(u8),
        ushort u16 => ToPython(u16),
        uint u32 => ToPython(u32),
        ulong u64 => ToPython(u64),
        char c => ToPython(c),
        BigInteger big => ToPython(big),
        Complex z => ToPython(z),
        decimal m => ToPython(m),
        byte[] bytes => ToPython(bytes),
        // A slice of bytes is bytes too, as a memoryview slice reads in Python (else a list proxy, or an opaque one).
        ArraySegment<byte> segment => ToPython((ReadOnlySpan<byte>)segment),
        ReadOnlyMemory<byte> memory => ToPython(memory.Span),
        Memory<byte> memory => ToPython((ReadOnlySpan<byte>)memory.Span),
        DateTime dt => ToPython(dt),
        DateTimeOffset dto => ToPython(dto),
        DateOnly date => ToPython(date),
        TimeOnly time => ToPython(time),
        TimeSpan span => ToPython(span),
        Index index => ToPython(Position(index)),
        Range range => RangeToPython(range),
        Enum e => ToPython(Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture)),
        Delegate function => DelegateConversions.ToPython(function),
        Array { Rank: > 1 } array when Buffers.PyElementType.Find(array.GetType().GetElementType()!) is { } element => PyArray.Copy(array, element),
        Array { Rank: > 1 } grid => GridToPython(grid, 0, new int[grid.Rank]),
        ITuple tuple => TupleToPython(tuple),
        IDictionary dictionary => DictionaryToPython(dictionary),
        IEnumerable sequence when IsSet(sequence) => SetToPython(sequence),
        ICollection collection => ListToPython(collection),
        // A collection only through generic interfaces (an IReadOnlyList<T>, an IDictionary<K, V>) is used in place.
        IEnumerable collection when ProxyConversions.IsCollection(collection) => ProxyConversions.ToPython(collection),
        // A lazy sequence (LINQ, an iterator method) stays lazy: Python pulls its items one at a time.
        IEnumerable sequence => new Collections.DotNetIterator<object?>(sequence.Cast<object?>().GetEnumerator(), ObjectConverter.Instance).ToPython(),
        _ => ProxyConversions.ToPython(value),
    };

    /// <summary>
    /// Reads the object as the .NET type that naturally holds it: <c>None</c> → <c>null</c>, <c>bool</c> →
    /// <see cref="bool"/>, <c>int</c> → <see cref="long"/> (<see cref="BigInteger"/> past 64 bits), <c>float</c> →
    /// <see cref="double"/>, <c>str</c> → <see cref="string"/>, <c>bytes</c> → <see cref="byte"/>[], <c>complex</c> →
    /// <see cref="Complex"/>; a proxy of a .NET object → that object; anything else stays a <see cref="PyObject"/>.
    /// </summary>
    public static object? ToObject(nint o)
    {
        if (o == Py_None)
            return null;
        nint type = Py_TYPE(o);
        // bool is a subclass of int: it must be tested first.
        if (type == PyBool_Type)
            return o == Py_True;
        if (type == PyLong_Type || PyTypes.IsSubtype(type, Py_TPFLAGS_LONG_SUBCLASS))
        {
            BigInteger value = ToBigInteger(o);
            return value >= long.MinValue && value <= long.MaxValue ? (object)(long)value : value;
        }
        if (type == PyFloat_Type || PyType_IsSubtype(type, PyFloat_Type) != 0)
            return PyFloat_AsDouble(o);
        if (type == PyUnicode_Type || PyTypes.IsSubtype(type, Py_TPFLAGS_UNICODE_SUBCLASS))
            return ToString(o);
        if (type == PyBytes_Type)
            return ToBytes(o);
        if (type == PyComplex_Type)
            return ToComplex(o);
        return ProxyConversions.TargetOf(o) ?? new PyObject(o, PyOwnership.Borrow);
    }

    /// <summary>A multi-dimensional array as nested lists, row-major (numpy reads it with the same shape).</summary>
    private static nint GridToPython(Array grid, int dimension, int[] index)
    {
        int length = grid.GetLength(dimension);
        nint list = Created(PyList_New(length));
        try
        {
            for (int i = 0; i < length; i++)
            {
                index[dimension] = i;
                nint item = dimension == grid.Rank - 1 ? ToPython(grid.GetValue(index)) : GridToPython(grid, dimension + 1, index);
                _ = PyList_SetItem(list, i, item);
            }
            return list;
        }
        catch
        {
            Py_DecRef(list);
            throw;
        }
    }

    /// <summary>A C# range as Python's slice: <c>pred[..10]</c> is <c>pred[:10]</c>, <c>x[^3..]</c> is <c>x[-3:]</c>.</summary>
    private static nint RangeToPython(Range range)
    {
        nint start = range.Start.Equals(Index.Start) ? None() : ToPython(Position(range.Start));
        nint stop = range.End.Equals(Index.End) ? None() : ToPython(Position(range.End));
        try
        {
            return Created(PySlice_New(start, stop, 0));
        }
        finally
        {
            Py_DecRef(start);
            Py_DecRef(stop);
        }
    }

    /// <summary>
    /// A C# index as Python's: <c>^1</c> is <c>-1</c>. <c>^0</c>, one past the last item, has no Python spelling: it is
    /// a position past any sequence (an IndexError for an item, an empty slice from it).
    /// </summary>
    private static long Position(Index index) => !index.IsFromEnd ? index.Value : index.Value == 0 ? long.MaxValue : -(long)index.Value;

    private static nint TupleToPython(ITuple tuple)
    {
        nint result = Created(PyTuple_New(tuple.Length));
        try
        {
            for (int i = 0; i < tuple.Length; i++)
                _ = PyTuple_SetItem(result, i, ToPython(tuple[i]));
            return result;
        }
        catch
        {
            Py_DecRef(result);
            throw;
        }
    }

    /// <summary>A new list of the items of <paramref name="sequence"/>, each converted by its run-time type.</summary>
    internal static nint ListToPython(IEnumerable sequence)
    {
        nint list = Created(PyList_New(0));
        try
        {
            foreach (object? item in sequence)
                AppendStealing(list, ToPython(item));
            return list;
        }
        catch
        {
            Py_DecRef(list);
            throw;
        }
    }

    private static nint SetToPython(IEnumerable sequence)
    {
        nint set = Created(PySet_New(0));
        try
        {
            foreach (object? item in sequence)
            {
                nint key = ToPython(item);
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

    private static nint DictionaryToPython(IDictionary dictionary)
    {
        nint dict = Created(PyDict_New());
        try
        {
            foreach (DictionaryEntry entry in dictionary)
                SetItemStealing(dict, ToPython(entry.Key), ToPython(entry.Value));
            return dict;
        }
        catch
        {
            Py_DecRef(dict);
            throw;
        }
    }

    private static bool IsSet(IEnumerable sequence)
    {
        Type type = sequence.GetType();
        if (!type.IsGenericType)
            return false;
        Type definition = type.GetGenericTypeDefinition();
        return definition == typeof(HashSet<>) || definition == typeof(SortedSet<>);
    }
}
