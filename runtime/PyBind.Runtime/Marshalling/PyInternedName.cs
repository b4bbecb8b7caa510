using System;
using System.ComponentModel;
using System.Text;
using System.Threading;
using static PyBind.Interop.Python;

namespace PyBind.Marshalling;

/// <summary>
/// An interned Python <c>str</c> made once and kept for the process: attribute and method names used by generated
/// bindings, so that a lookup compares pointers instead of hashing a new string.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class PyInternedName
{
    private readonly string _name;
    private nint _handle;

    /// <summary>Describes the name; the Python string is made on first use.</summary>
    public PyInternedName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _name = name;
    }

    /// <summary>The interned string (borrowed, valid for the process); the caller holds the GIL.</summary>
    public nint Handle
    {
        get
        {
            nint handle = Volatile.Read(ref _handle);
            if (handle != 0)
                return handle;
            nint created = Intern(_name);
            nint published = Interlocked.CompareExchange(ref _handle, created, 0);
            if (published == 0)
                return created;
            Py_DecRef(created);
            return published;
        }
    }

    /// <inheritdoc />
    public override string ToString() => _name;

    /// <summary>A new reference to the interned string for <paramref name="name"/>; the caller holds the GIL.</summary>
    internal static PyObject Create(string name) => new(Intern(name), PyOwnership.Steal);

    private static nint Intern(string name)
    {
        int length = Encoding.UTF8.GetByteCount(name);
        Span<byte> utf8 = length < 256 ? stackalloc byte[length + 1] : new byte[length + 1];
        Encoding.UTF8.GetBytes(name, utf8);
        utf8[length] = 0;
        fixed (byte* text = utf8)
            return PyObject.Check(PyUnicode_InternFromString(text));
    }
}
