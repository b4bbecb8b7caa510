using System.Runtime.InteropServices;

namespace PyBind;

internal static unsafe partial class Interop
{
    /// <summary>tuple, list, dict and set (CPython "Container Objects").</summary>
    internal static partial class Python
    {
        [LibraryImport(Libraries.Python)] internal static partial nint PyTuple_New(nint size);
        /// <summary>Steals the reference to <paramref name="item"/>, even on failure.</summary>
        [LibraryImport(Libraries.Python)] internal static partial int PyTuple_SetItem(nint tuple, nint index, nint item);

        // Sizes and items of lists and tuples are read in place, as CPython's own PyList_GET_ITEM and friends do: the
        // object layouts (size after the header, then the item pointer or the items) are the same in every version and
        // build we support. The caller passes a list or tuple (subclasses included) and an index it has checked.

        /// <summary>Borrowed reference to item <paramref name="index"/> of a tuple.</summary>
        internal static nint PyTuple_GET_ITEM(nint tuple, nint index) => ((nint*)(tuple + 3 * sizeof(nint)))[index];
        internal static nint PyTuple_GET_SIZE(nint tuple) => *(nint*)(tuple + 2 * sizeof(nint));

        [LibraryImport(Libraries.Python)] internal static partial nint PyList_New(nint size);
        /// <summary>Steals the reference to <paramref name="item"/>, even on failure.</summary>
        [LibraryImport(Libraries.Python)] internal static partial int PyList_SetItem(nint list, nint index, nint item);
        /// <summary>Borrowed reference to item <paramref name="index"/> of a list.</summary>
        internal static nint PyList_GET_ITEM(nint list, nint index) => (*(nint**)(list + 3 * sizeof(nint)))[index];
        internal static nint PyList_GET_SIZE(nint list) => *(nint*)(list + 2 * sizeof(nint));
        /// <summary>Fills empty slot <paramref name="index"/> of a list made by <see cref="PyList_New"/>, stealing <paramref name="item"/>.</summary>
        internal static void PyList_SET_ITEM(nint list, nint index, nint item) => (*(nint**)(list + 3 * sizeof(nint)))[index] = item;
        [LibraryImport(Libraries.Python)] internal static partial int PyList_Append(nint list, nint item);
        [LibraryImport(Libraries.Python)] internal static partial int PyList_Insert(nint list, nint index, nint item);
        [LibraryImport(Libraries.Python)] internal static partial int PyList_SetSlice(nint list, nint low, nint high, nint items);

        [LibraryImport(Libraries.Python)] internal static partial nint PyDict_New();
        [LibraryImport(Libraries.Python)] internal static partial int PyDict_SetItem(nint dict, nint key, nint value);
        [LibraryImport(Libraries.Python)] internal static partial int PyDict_SetItemString(nint dict, byte* key, nint value);
        /// <summary>Borrowed reference; NULL without an error set when the key is missing.</summary>
        [LibraryImport(Libraries.Python)] internal static partial nint PyDict_GetItemWithError(nint dict, nint key);
        [LibraryImport(Libraries.Python)] internal static partial int PyDict_DelItem(nint dict, nint key);
        [LibraryImport(Libraries.Python)] internal static partial int PyDict_Contains(nint dict, nint key);
        [LibraryImport(Libraries.Python)] internal static partial nint PyDict_Size(nint dict);
        [LibraryImport(Libraries.Python)] internal static partial void PyDict_Clear(nint dict);
        /// <summary>Borrowed key and value.</summary>
        [LibraryImport(Libraries.Python)] internal static partial int PyDict_Next(nint dict, nint* position, nint* key, nint* value);
        [LibraryImport(Libraries.Python)] internal static partial nint PyDict_Keys(nint dict);

        /// <summary><c>list(iterable)</c>, a new list.</summary>
        [LibraryImport(Libraries.Python)] internal static partial nint PySequence_List(nint iterable);
        /// <summary><c>tuple(iterable)</c>, a new tuple.</summary>
        [LibraryImport(Libraries.Python)] internal static partial nint PySequence_Tuple(nint iterable);

        [LibraryImport(Libraries.Python)] internal static partial nint PySet_New(nint iterable);
        [LibraryImport(Libraries.Python)] internal static partial nint PyFrozenSet_New(nint iterable);
        [LibraryImport(Libraries.Python)] internal static partial int PySet_Add(nint set, nint key);
        [LibraryImport(Libraries.Python)] internal static partial int PySet_Discard(nint set, nint key);
        [LibraryImport(Libraries.Python)] internal static partial int PySet_Contains(nint set, nint key);
        [LibraryImport(Libraries.Python)] internal static partial int PySet_Clear(nint set);
        [LibraryImport(Libraries.Python)] internal static partial nint PySet_Size(nint set);

        [LibraryImport(Libraries.Python)] internal static partial nint PySlice_New(nint start, nint stop, nint step);
        [LibraryImport(Libraries.Python)] internal static partial int PySlice_Unpack(nint slice, nint* start, nint* stop, nint* step);
        [LibraryImport(Libraries.Python)] internal static partial nint PySlice_AdjustIndices(nint length, nint* start, nint* stop, nint step);
    }
}
