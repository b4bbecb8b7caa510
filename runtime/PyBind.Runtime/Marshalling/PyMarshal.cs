using System.ComponentModel;
using static PyBind.Interop.Python;

namespace PyBind.Marshalling;

/// <summary>Reference counting for code that holds raw references (generated bindings); the caller holds the GIL.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PyMarshal
{
    /// <summary>Releases a reference the caller owns (<c>Py_DecRef</c>).</summary>
    public static void Release(nint reference) => Py_DecRef(reference);

    /// <summary>Adds a reference (<c>Py_IncRef</c>) and returns the same pointer.</summary>
    public static nint AddRef(nint reference)
    {
        Py_IncRef(reference);
        return reference;
    }
}
