using System;
using PyBind.Marshalling;
using static PyBind.Interop.Data;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// <see cref="ValueTuple"/> ↔ <c>tuple</c>, typed per position. A Python list of the right length is accepted too
/// (functions often return either). One class per arity, as <see cref="ValueTuple"/> itself has.
/// </summary>
internal abstract class TupleConverterBase<TTuple> : PyConverter<TTuple>
{
    private readonly int _arity;

    protected TupleConverterBase(int arity) => _arity = arity;

    protected nint NewTuple() => PyObject.Check(PyTuple_New(_arity));

    /// <summary>Stores an item in a tuple made by <see cref="NewTuple"/>, which takes the reference.</summary>
    protected static void Set(nint tuple, int index, nint item) => _ = PyTuple_SetItem(tuple, index, item);

    protected void CheckLength(nint o)
    {
        nint type = Py_TYPE(o);
        nint length = type == PyTuple_Type || PyTypes.IsSubtype(type, Py_TPFLAGS_TUPLE_SUBCLASS) ? PyTuple_GET_SIZE(o)
            : type == PyList_Type ? PyList_GET_SIZE(o)
            : -1;
        if (length != _arity)
            throw PyConvert.Mismatch(o, $"a tuple of {_arity} items", typeof(TTuple));
    }

    /// <summary>A borrowed item of a tuple or list already checked by <see cref="CheckLength"/>.</summary>
    protected static nint Item(nint o, int index) => Py_TYPE(o) == PyList_Type ? PyList_GET_ITEM(o, index) : PyTuple_GET_ITEM(o, index);
}

internal sealed class TupleConverter<T1> : TupleConverterBase<ValueTuple<T1>>
{
    private readonly PyConverter<T1> _item1;

    public TupleConverter() : this(PyConverters.For<T1>()) { }

    internal TupleConverter(PyConverter<T1> item1) : base(1)
    {
        _item1 = item1;
    }

    public override nint ToPython(ValueTuple<T1> value)
    {
        nint tuple = NewTuple();
        try
        {
            Set(tuple, 0, _item1.ToPython(value.Item1));
            return tuple;
        }
        catch
        {
            Interop.Python.Py_DecRef(tuple);
            throw;
        }
    }

    public override ValueTuple<T1> FromPython(nint o)
    {
        CheckLength(o);
        return new ValueTuple<T1>(_item1.FromPython(Item(o, 0)));
    }
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

    public override nint ToPython(ValueTuple<T1, T2> value)
    {
        nint tuple = NewTuple();
        try
        {
            Set(tuple, 0, _item1.ToPython(value.Item1)); Set(tuple, 1, _item2.ToPython(value.Item2));
            return tuple;
        }
        catch
        {
            Interop.Python.Py_DecRef(tuple);
            throw;
        }
    }

    public override ValueTuple<T1, T2> FromPython(nint o)
    {
        CheckLength(o);
        return new ValueTuple<T1, T2>(_item1.FromPython(Item(o, 0)), _item2.FromPython(Item(o, 1)));
    }
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

    public override nint ToPython(ValueTuple<T1, T2, T3> value)
    {
        nint tuple = NewTuple();
        try
        {
            Set(tuple, 0, _item1.ToPython(value.Item1)); Set(tuple, 1, _item2.ToPython(value.Item2)); Set(tuple, 2, _item3.ToPython(value.Item3));
            return tuple;
        }
        catch
        {
            Interop.Python.Py_DecRef(tuple);
            throw;
        }
    }

    public override ValueTuple<T1, T2, T3> FromPython(nint o)
    {
        CheckLength(o);
        return new ValueTuple<T1, T2, T3>(_item1.FromPython(Item(o, 0)), _item2.FromPython(Item(o, 1)), _item3.FromPython(Item(o, 2)));
    }
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

    public override nint ToPython(ValueTuple<T1, T2, T3, T4> value)
    {
        nint tuple = NewTuple();
        try
        {
            Set(tuple, 0, _item1.ToPython(value.Item1)); Set(tuple, 1, _item2.ToPython(value.Item2)); Set(tuple, 2, _item3.ToPython(value.Item3)); Set(tuple, 3, _item4.ToPython(value.Item4));
            return tuple;
        }
        catch
        {
            Interop.Python.Py_DecRef(tuple);
            throw;
        }
    }

    public override ValueTuple<T1, T2, T3, T4> FromPython(nint o)
    {
        CheckLength(o);
        return new ValueTuple<T1, T2, T3, T4>(_item1.FromPython(Item(o, 0)), _item2.FromPython(Item(o, 1)), _item3.FromPython(Item(o, 2)), _item4.FromPython(Item(o, 3)));
    }
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

    public override nint ToPython(ValueTuple<T1, T2, T3, T4, T5> value)
    {
        nint tuple = NewTuple();
        try
        {
            Set(tuple, 0, _item1.ToPython(value.Item1)); Set(tuple, 1, _item2.ToPython(value.Item2)); Set(tuple, 2, _item3.ToPython(value.Item3)); Set(tuple, 3, _item4.ToPython(value.Item4)); Set(tuple, 4, _item5.ToPython(value.Item5));
            return tuple;
        }
        catch
        {
            Interop.Python.Py_DecRef(tuple);
            throw;
        }
    }

    public override ValueTuple<T1, T2, T3, T4, T5> FromPython(nint o)
    {
        CheckLength(o);
        return new ValueTuple<T1, T2, T3, T4, T5>(_item1.FromPython(Item(o, 0)), _item2.FromPython(Item(o, 1)), _item3.FromPython(Item(o, 2)), _item4.FromPython(Item(o, 3)), _item5.FromPython(Item(o, 4)));
    }
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

    public override nint ToPython(ValueTuple<T1, T2, T3, T4, T5, T6> value)
    {
        nint tuple = NewTuple();
        try
        {
            Set(tuple, 0, _item1.ToPython(value.Item1)); Set(tuple, 1, _item2.ToPython(value.Item2)); Set(tuple, 2, _item3.ToPython(value.Item3)); Set(tuple, 3, _item4.ToPython(value.Item4)); Set(tuple, 4, _item5.ToPython(value.Item5)); Set(tuple, 5, _item6.ToPython(value.Item6));
            return tuple;
        }
        catch
        {
            Interop.Python.Py_DecRef(tuple);
            throw;
        }
    }

    public override ValueTuple<T1, T2, T3, T4, T5, T6> FromPython(nint o)
    {
        CheckLength(o);
        return new ValueTuple<T1, T2, T3, T4, T5, T6>(_item1.FromPython(Item(o, 0)), _item2.FromPython(Item(o, 1)), _item3.FromPython(Item(o, 2)), _item4.FromPython(Item(o, 3)), _item5.FromPython(Item(o, 4)), _item6.FromPython(Item(o, 5)));
    }
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

    public override nint ToPython(ValueTuple<T1, T2, T3, T4, T5, T6, T7> value)
    {
        nint tuple = NewTuple();
        try
        {
            Set(tuple, 0, _item1.ToPython(value.Item1)); Set(tuple, 1, _item2.ToPython(value.Item2)); Set(tuple, 2, _item3.ToPython(value.Item3)); Set(tuple, 3, _item4.ToPython(value.Item4)); Set(tuple, 4, _item5.ToPython(value.Item5)); Set(tuple, 5, _item6.ToPython(value.Item6)); Set(tuple, 6, _item7.ToPython(value.Item7));
            return tuple;
        }
        catch
        {
            Interop.Python.Py_DecRef(tuple);
            throw;
        }
    }

    public override ValueTuple<T1, T2, T3, T4, T5, T6, T7> FromPython(nint o)
    {
        CheckLength(o);
        return new ValueTuple<T1, T2, T3, T4, T5, T6, T7>(_item1.FromPython(Item(o, 0)), _item2.FromPython(Item(o, 1)), _item3.FromPython(Item(o, 2)), _item4.FromPython(Item(o, 3)), _item5.FromPython(Item(o, 4)), _item6.FromPython(Item(o, 5)), _item7.FromPython(Item(o, 6)));
    }
}
