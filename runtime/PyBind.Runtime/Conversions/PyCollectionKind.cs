using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// The Python container a .NET sequence becomes when it is passed for a parameter: what the parameter's annotation asks
/// for (<c>list[int]</c>, <c>tuple[int, ...]</c>, <c>set[int]</c>, <c>frozenset[int]</c>), or any iterable.
/// </summary>
public enum PyCollectionKind
{
    /// <summary>Any iterable (<c>Iterable</c>, <c>Sequence</c>, <c>Collection</c>…): a .NET sequence becomes a list, a Python object passes as itself.</summary>
    Iterable,

    /// <summary>A <c>list</c>: a Python object that is not one is copied into one (<c>list(x)</c>).</summary>
    List,

    /// <summary>A <c>tuple</c>.</summary>
    Tuple,

    /// <summary>A <c>set</c>.</summary>
    Set,

    /// <summary>A <c>frozenset</c>.</summary>
    FrozenSet,
}

/// <summary>Makes the container a <see cref="PyCollectionKind"/> asks for; the caller holds the GIL.</summary>
internal static class PyCollectionKinds
{
    /// <summary>
    /// A new reference to <paramref name="borrowed"/> when it already is the container asked for (the same object, as Python
    /// passes it), else to a new container of its items.
    /// </summary>
    internal static nint Coerce(nint borrowed, PyCollectionKind kind)
    {
        nint type = Py_TYPE(borrowed);
        bool matches = kind switch
        {
            PyCollectionKind.List => PyTypes.IsSubtype(type, Py_TPFLAGS_LIST_SUBCLASS),
            PyCollectionKind.Tuple => PyTypes.IsSubtype(type, Py_TPFLAGS_TUPLE_SUBCLASS),
            PyCollectionKind.Set => PyType_IsSubtype(type, Interop.Data.PySet_Type) != 0,
            PyCollectionKind.FrozenSet => PyType_IsSubtype(type, Interop.Data.PyFrozenSet_Type) != 0,
            _ => true,
        };
        return matches ? PyMarshal.AddRef(borrowed) : PyObject.Check(Convert(borrowed, kind));
    }

    /// <summary>The container asked for, made from a new list the caller hands over (a list is returned as it is).</summary>
    internal static nint FromList(nint list, PyCollectionKind kind)
    {
        if (kind is PyCollectionKind.Iterable or PyCollectionKind.List)
            return list;
        nint converted = Convert(list, kind);
        Py_DecRef(list);
        return PyObject.Check(converted);
    }

    private static nint Convert(nint iterable, PyCollectionKind kind) => kind switch
    {
        PyCollectionKind.Tuple => PySequence_Tuple(iterable),
        PyCollectionKind.Set => PySet_New(iterable),
        PyCollectionKind.FrozenSet => PyFrozenSet_New(iterable),
        _ => PySequence_List(iterable),
    };
}
