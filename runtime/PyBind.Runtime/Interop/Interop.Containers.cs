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
        /// <summary>Borrowed reference.</summary>
        [LibraryImport(Libraries.Python), SuppressGCTransition] internal static partial nint PyTuple_GetItem(nint tuple, nint index);
        [LibraryImport(Libraries.Python), SuppressGCTransition] internal static partial nint PyTuple_Size(nint tuple);

        [LibraryImport(Libraries.Python)] internal static partial nint PyList_New(nint size);
        /// <summary>Steals the reference to <paramref name="item"/>, even on failure.</summary>
        [LibraryImport(Libraries.Python)] internal static partial int PyList_SetItem(nint list, nint index, nint item);
        /// <summary>Borrowed reference.</summary>
        [LibraryImport(Libraries.Python), SuppressGCTransition] internal static partial nint PyList_GetItem(nint list, nint index);
        [LibraryImport(Libraries.Python), SuppressGCTransition] internal static partial nint PyList_Size(nint list);
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

        [LibraryImport(Libraries.Python)] internal static partial nint PySet_New(nint iterable);
        [LibraryImport(Libraries.Python)] internal static partial nint PyFrozenSet_New(nint iterable);
        [LibraryImport(Libraries.Python)] internal static partial int PySet_Add(nint set, nint key);
        [LibraryImport(Libraries.Python)] internal static partial int PySet_Discard(nint set, nint key);
        [LibraryImport(Libraries.Python)] internal static partial int PySet_Contains(nint set, nint key);
        [LibraryImport(Libraries.Python)] internal static partial int PySet_Clear(nint set);
        [LibraryImport(Libraries.Python)] internal static partial nint PySet_Size(nint set);
    }
}
