using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

// Python objects as themselves, and the filling of new containers: what the typed views of Python objects (lists,
// dicts, buffers) need of the conversions, below the conversions by run-time type.
public static partial class PyConvert
{
    /// <summary>The same Python object (identity is kept); <c>null</c> becomes <c>None</c>.</summary>
    public static nint ToPython(PyObject? value)
    {
        if (value is null)
            return None();
        nint handle = value.Handle;
        Py_IncRef(handle);
        return handle;
    }

    /// <summary>Appends to a list, releasing <paramref name="item"/> whatever happens.</summary>
    internal static void AppendStealing(nint list, nint item)
    {
        int appended = PyList_Append(list, item);
        Py_DecRef(item);
        if (appended < 0)
            PythonErrors.ThrowCurrent();
    }

    /// <summary>Sets a dict item, releasing <paramref name="key"/> and <paramref name="value"/> whatever happens.</summary>
    internal static void SetItemStealing(nint dict, nint key, nint value)
    {
        int set = PyDict_SetItem(dict, key, value);
        Py_DecRef(key);
        Py_DecRef(value);
        if (set < 0)
            PythonErrors.ThrowCurrent();
    }
}
