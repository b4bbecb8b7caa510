using System;
using PyBind.Marshalling;
using static PyBind.Interop.Data;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// <see cref="ValueTuple"/> ↔ <c>tuple</c>, typed per position, of any length: one class per arity, as
/// <see cref="ValueTuple"/> itself has, the eighth holding the rest of a longer tuple (<c>TRest</c>, itself a tuple) whose
/// items continue the same Python tuple. A Python list of the right length is accepted too (functions often return either).
/// The class of each arity is written by <c>generate_tuples.py</c> (<c>PyConverters.Tuples.g.cs</c>).
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
