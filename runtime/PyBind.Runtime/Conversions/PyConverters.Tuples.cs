using System;
using PyBind.Marshalling;
using static PyBind.Interop.Data;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// <see cref="ValueTuple"/> ↔ <c>tuple</c>, typed per position, of any length: one class per arity, as
/// <see cref="ValueTuple"/> itself has, the eighth holding the rest of a longer tuple (<c>TRest</c>, itself a tuple) whose
/// items continue the same Python tuple. A Python list of the right length is accepted too (functions often return either).
/// </summary>
internal abstract class TupleConverterBase<TTuple> : PyConverter<TTuple>
{
    protected TupleConverterBase(int arity) => Arity = arity;

    /// <summary>The number of Python items, the rest of a long tuple included.</summary>
    internal int Arity { get; }

    public sealed override nint ToPython(TTuple value)
    {
        nint tuple = PyObject.Check(PyTuple_New(Arity));
        try
        {
            Write(tuple, 0, value);
            return tuple;
        }
        catch
        {
            Py_DecRef(tuple);
            throw;
        }
    }

    public sealed override TTuple FromPython(nint o)
    {
        nint type = Py_TYPE(o);
        nint length = type == PyTuple_Type || PyTypes.IsSubtype(type, Py_TPFLAGS_TUPLE_SUBCLASS) ? PyTuple_GET_SIZE(o)
            : type == PyList_Type ? PyList_GET_SIZE(o)
            : -1;
        if (length != Arity)
            throw PyConvert.Mismatch(o, $"a tuple of {Arity} items", typeof(TTuple));
        return Read(o, 0);
    }

    /// <summary>Stores the items of <paramref name="value"/> in a new tuple from position <paramref name="offset"/> on.</summary>
    internal abstract void Write(nint tuple, int offset, TTuple value);

    /// <summary>Reads the items of a tuple or list checked by <see cref="FromPython"/> from position <paramref name="offset"/> on.</summary>
    internal abstract TTuple Read(nint o, int offset);

    /// <summary>Stores an item in a tuple made by <see cref="ToPython"/>, which takes the reference.</summary>
    protected static void Set(nint tuple, int index, nint item) => _ = PyTuple_SetItem(tuple, index, item);

    /// <summary>A borrowed item of a tuple or list already checked.</summary>
    protected static nint Item(nint o, int index) => Py_TYPE(o) == PyList_Type ? PyList_GET_ITEM(o, index) : PyTuple_GET_ITEM(o, index);
}

/// <summary>The empty tuple, <c>()</c> (<c>tuple[()]</c>), as the empty <see cref="ValueTuple"/>.</summary>
internal sealed class EmptyTupleConverter : TupleConverterBase<ValueTuple>
{
    internal static readonly EmptyTupleConverter Instance = new();

    private EmptyTupleConverter() : base(0) { }

    internal override void Write(nint tuple, int offset, ValueTuple value) { }

    internal override ValueTuple Read(nint o, int offset) => default;
}

internal sealed class TupleConverter<T1> : TupleConverterBase<ValueTuple<T1>>
{
    private readonly PyConverter<T1> _item1;

    public TupleConverter() : this(PyConverters.For<T1>()) { }

    internal TupleConverter(PyConverter<T1> item1) : base(1)
    {
        _item1 = item1;
    }

    internal override void Write(nint tuple, int offset, ValueTuple<T1> value)
    {
        Set(tuple, offset + 0, _item1.ToPython(value.Item1));
    }

    internal override ValueTuple<T1> Read(nint o, int offset) => new(_item1.FromPython(Item(o, offset + 0)));
}

internal sealed class TupleConverter<T1, T2> : TupleConverterBase<ValueTuple<T1, T2>>
{
    private readonly PyConverter<T1> _item1;
    private readonly PyConverter<T2> _item2;

    public TupleConverter() : this(PyConverters.For<T1>(), PyConverters.For<T2>()) { }

    internal TupleConverter(PyConverter<T1> item1, PyConverter<T2> item2) : base(2)
    {
        _item1 = item1;
        _item2 = item2;
    }

    internal override void Write(nint tuple, int offset, ValueTuple<T1, T2> value)
    {
        Set(tuple, offset + 0, _item1.ToPython(value.Item1)); Set(tuple, offset + 1, _item2.ToPython(value.Item2));
    }

    internal override ValueTuple<T1, T2> Read(nint o, int offset) => new(_item1.FromPython(Item(o, offset + 0)), _item2.FromPython(Item(o, offset + 1)));
}

internal sealed class TupleConverter<T1, T2, T3> : TupleConverterBase<ValueTuple<T1, T2, T3>>
{
    private readonly PyConverter<T1> _item1;
    private readonly PyConverter<T2> _item2;
    private readonly PyConverter<T3> _item3;

    public TupleConverter() : this(PyConverters.For<T1>(), PyConverters.For<T2>(), PyConverters.For<T3>()) { }

    internal TupleConverter(PyConverter<T1> item1, PyConverter<T2> item2, PyConverter<T3> item3) : base(3)
    {
        _item1 = item1;
        _item2 = item2;
        _item3 = item3;
    }

    internal override void Write(nint tuple, int offset, ValueTuple<T1, T2, T3> value)
    {
        Set(tuple, offset + 0, _item1.ToPython(value.Item1)); Set(tuple, offset + 1, _item2.ToPython(value.Item2)); Set(tuple, offset + 2, _item3.ToPython(value.Item3));
    }

    internal override ValueTuple<T1, T2, T3> Read(nint o, int offset) => new(_item1.FromPython(Item(o, offset + 0)), _item2.FromPython(Item(o, offset + 1)), _item3.FromPython(Item(o, offset + 2)));
}

internal sealed class TupleConverter<T1, T2, T3, T4> : TupleConverterBase<ValueTuple<T1, T2, T3, T4>>
{
    private readonly PyConverter<T1> _item1;
    private readonly PyConverter<T2> _item2;
    private readonly PyConverter<T3> _item3;
    private readonly PyConverter<T4> _item4;

    public TupleConverter() : this(PyConverters.For<T1>(), PyConverters.For<T2>(), PyConverters.For<T3>(), PyConverters.For<T4>()) { }

    internal TupleConverter(PyConverter<T1> item1, PyConverter<T2> item2, PyConverter<T3> item3, PyConverter<T4> item4) : base(4)
    {
        _item1 = item1;
        _item2 = item2;
        _item3 = item3;
        _item4 = item4;
    }

    internal override void Write(nint tuple, int offset, ValueTuple<T1, T2, T3, T4> value)
    {
        Set(tuple, offset + 0, _item1.ToPython(value.Item1)); Set(tuple, offset + 1, _item2.ToPython(value.Item2)); Set(tuple, offset + 2, _item3.ToPython(value.Item3)); Set(tuple, offset + 3, _item4.ToPython(value.Item4));
    }

    internal override ValueTuple<T1, T2, T3, T4> Read(nint o, int offset) => new(_item1.FromPython(Item(o, offset + 0)), _item2.FromPython(Item(o, offset + 1)), _item3.FromPython(Item(o, offset + 2)), _item4.FromPython(Item(o, offset + 3)));
}

internal sealed class TupleConverter<T1, T2, T3, T4, T5> : TupleConverterBase<ValueTuple<T1, T2, T3, T4, T5>>
{
    private readonly PyConverter<T1> _item1;
    private readonly PyConverter<T2> _item2;
    private readonly PyConverter<T3> _item3;
    private readonly PyConverter<T4> _item4;
    private readonly PyConverter<T5> _item5;

    public TupleConverter() : this(PyConverters.For<T1>(), PyConverters.For<T2>(), PyConverters.For<T3>(), PyConverters.For<T4>(), PyConverters.For<T5>()) { }

    internal TupleConverter(PyConverter<T1> item1, PyConverter<T2> item2, PyConverter<T3> item3, PyConverter<T4> item4, PyConverter<T5> item5) : base(5)
    {
        _item1 = item1;
        _item2 = item2;
        _item3 = item3;
        _item4 = item4;
        _item5 = item5;
    }

    internal override void Write(nint tuple, int offset, ValueTuple<T1, T2, T3, T4, T5> value)
    {
        Set(tuple, offset + 0, _item1.ToPython(value.Item1)); Set(tuple, offset + 1, _item2.ToPython(value.Item2)); Set(tuple, offset + 2, _item3.ToPython(value.Item3)); Set(tuple, offset + 3, _item4.ToPython(value.Item4)); Set(tuple, offset + 4, _item5.ToPython(value.Item5));
    }

    internal override ValueTuple<T1, T2, T3, T4, T5> Read(nint o, int offset) => new(_item1.FromPython(Item(o, offset + 0)), _item2.FromPython(Item(o, offset + 1)), _item3.FromPython(Item(o, offset + 2)), _item4.FromPython(Item(o, offset + 3)), _item5.FromPython(Item(o, offset + 4)));
}

internal sealed class TupleConverter<T1, T2, T3, T4, T5, T6> : TupleConverterBase<ValueTuple<T1, T2, T3, T4, T5, T6>>
{
    private readonly PyConverter<T1> _item1;
    private readonly PyConverter<T2> _item2;
    private readonly PyConverter<T3> _item3;
    private readonly PyConverter<T4> _item4;
    private readonly PyConverter<T5> _item5;
    private readonly PyConverter<T6> _item6;

    public TupleConverter() : this(PyConverters.For<T1>(), PyConverters.For<T2>(), PyConverters.For<T3>(), PyConverters.For<T4>(), PyConverters.For<T5>(), PyConverters.For<T6>()) { }

    internal TupleConverter(PyConverter<T1> item1, PyConverter<T2> item2, PyConverter<T3> item3, PyConverter<T4> item4, PyConverter<T5> item5, PyConverter<T6> item6) : base(6)
    {
        _item1 = item1;
        _item2 = item2;
        _item3 = item3;
        _item4 = item4;
        _item5 = item5;
        _item6 = item6;
    }

    internal override void Write(nint tuple, int offset, ValueTuple<T1, T2, T3, T4, T5, T6> value)
    {
        Set(tuple, offset + 0, _item1.ToPython(value.Item1)); Set(tuple, offset + 1, _item2.ToPython(value.Item2)); Set(tuple, offset + 2, _item3.ToPython(value.Item3)); Set(tuple, offset + 3, _item4.ToPython(value.Item4)); Set(tuple, offset + 4, _item5.ToPython(value.Item5)); Set(tuple, offset + 5, _item6.ToPython(value.Item6));
    }

    internal override ValueTuple<T1, T2, T3, T4, T5, T6> Read(nint o, int offset) => new(_item1.FromPython(Item(o, offset + 0)), _item2.FromPython(Item(o, offset + 1)), _item3.FromPython(Item(o, offset + 2)), _item4.FromPython(Item(o, offset + 3)), _item5.FromPython(Item(o, offset + 4)), _item6.FromPython(Item(o, offset + 5)));
}

internal sealed class TupleConverter<T1, T2, T3, T4, T5, T6, T7> : TupleConverterBase<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>
{
    private readonly PyConverter<T1> _item1;
    private readonly PyConverter<T2> _item2;
    private readonly PyConverter<T3> _item3;
    private readonly PyConverter<T4> _item4;
    private readonly PyConverter<T5> _item5;
    private readonly PyConverter<T6> _item6;
    private readonly PyConverter<T7> _item7;

    public TupleConverter() : this(PyConverters.For<T1>(), PyConverters.For<T2>(), PyConverters.For<T3>(), PyConverters.For<T4>(), PyConverters.For<T5>(), PyConverters.For<T6>(), PyConverters.For<T7>()) { }

    internal TupleConverter(PyConverter<T1> item1, PyConverter<T2> item2, PyConverter<T3> item3, PyConverter<T4> item4, PyConverter<T5> item5, PyConverter<T6> item6, PyConverter<T7> item7) : base(7)
    {
        _item1 = item1;
        _item2 = item2;
        _item3 = item3;
        _item4 = item4;
        _item5 = item5;
        _item6 = item6;
        _item7 = item7;
    }

    internal override void Write(nint tuple, int offset, ValueTuple<T1, T2, T3, T4, T5, T6, T7> value)
    {
        Set(tuple, offset + 0, _item1.ToPython(value.Item1)); Set(tuple, offset + 1, _item2.ToPython(value.Item2)); Set(tuple, offset + 2, _item3.ToPython(value.Item3)); Set(tuple, offset + 3, _item4.ToPython(value.Item4)); Set(tuple, offset + 4, _item5.ToPython(value.Item5)); Set(tuple, offset + 5, _item6.ToPython(value.Item6)); Set(tuple, offset + 6, _item7.ToPython(value.Item7));
    }

    internal override ValueTuple<T1, T2, T3, T4, T5, T6, T7> Read(nint o, int offset) => new(_item1.FromPython(Item(o, offset + 0)), _item2.FromPython(Item(o, offset + 1)), _item3.FromPython(Item(o, offset + 2)), _item4.FromPython(Item(o, offset + 3)), _item5.FromPython(Item(o, offset + 4)), _item6.FromPython(Item(o, offset + 5)), _item7.FromPython(Item(o, offset + 6)));
}

internal sealed class TupleConverter<T1, T2, T3, T4, T5, T6, T7, TRest> : TupleConverterBase<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>> where TRest : struct
{
    private readonly PyConverter<T1> _item1;
    private readonly PyConverter<T2> _item2;
    private readonly PyConverter<T3> _item3;
    private readonly PyConverter<T4> _item4;
    private readonly PyConverter<T5> _item5;
    private readonly PyConverter<T6> _item6;
    private readonly PyConverter<T7> _item7;
    private readonly TupleConverterBase<TRest> _rest;

    public TupleConverter() : this(PyConverters.For<T1>(), PyConverters.For<T2>(), PyConverters.For<T3>(), PyConverters.For<T4>(), PyConverters.For<T5>(), PyConverters.For<T6>(), PyConverters.For<T7>(), PyConverters.For<TRest>()) { }

    internal TupleConverter(PyConverter<T1> item1, PyConverter<T2> item2, PyConverter<T3> item3, PyConverter<T4> item4, PyConverter<T5> item5, PyConverter<T6> item6, PyConverter<T7> item7, PyConverter<TRest> rest) : this(item1, item2, item3, item4, item5, item6, item7, RestOf(rest)) { }

    private TupleConverter(PyConverter<T1> item1, PyConverter<T2> item2, PyConverter<T3> item3, PyConverter<T4> item4, PyConverter<T5> item5, PyConverter<T6> item6, PyConverter<T7> item7, TupleConverterBase<TRest> restConverter) : base(7 + restConverter.Arity)
    {
        _item1 = item1;
        _item2 = item2;
        _item3 = item3;
        _item4 = item4;
        _item5 = item5;
        _item6 = item6;
        _item7 = item7;
        _rest = restConverter;
    }

    private static TupleConverterBase<TRest> RestOf(PyConverter<TRest> rest)
        => rest as TupleConverterBase<TRest> ?? throw new ArgumentException($"The rest of a tuple of more than seven items converts with a tuple converter (PyConverters.TupleOf), not {rest.GetType().Name}.", nameof(rest));

    internal override void Write(nint tuple, int offset, ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> value)
    {
        Set(tuple, offset + 0, _item1.ToPython(value.Item1)); Set(tuple, offset + 1, _item2.ToPython(value.Item2)); Set(tuple, offset + 2, _item3.ToPython(value.Item3)); Set(tuple, offset + 3, _item4.ToPython(value.Item4)); Set(tuple, offset + 4, _item5.ToPython(value.Item5)); Set(tuple, offset + 5, _item6.ToPython(value.Item6)); Set(tuple, offset + 6, _item7.ToPython(value.Item7)); _rest.Write(tuple, offset + 7, value.Rest);
    }

    internal override ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> Read(nint o, int offset) => new(_item1.FromPython(Item(o, offset + 0)), _item2.FromPython(Item(o, offset + 1)), _item3.FromPython(Item(o, offset + 2)), _item4.FromPython(Item(o, offset + 3)), _item5.FromPython(Item(o, offset + 4)), _item6.FromPython(Item(o, offset + 5)), _item7.FromPython(Item(o, offset + 6)), _rest.Read(o, offset + 7));
}
