using System;
using System.Runtime.CompilerServices;
using System.Text;
using PyBind.Marshalling;
using static PyBind.Interop.Data;
using static PyBind.Interop.Python;

namespace PyBind;

public static unsafe partial class PyConvert
{
    private static readonly nint s_surrogatePass = PyTypes.Utf8Constant("surrogatepass");
    private static readonly nint s_utf16LittleEndian = PyTypes.Utf8Constant("utf-16-le");

    /// <summary>
    /// Python <c>str</c>; <c>null</c> becomes <c>None</c>. Decoded from UTF-16 with <c>surrogatepass</c>, so a lone
    /// surrogate survives the round trip as it does in Python.
    /// </summary>
    public static nint ToPython(string? value)
    {
        if (value is null)
            return None();
        int byteOrder = -1;  // little-endian, no BOM expected
        fixed (char* text = value)
            return Created(PyUnicode_DecodeUTF16(text, value.Length * sizeof(char), (byte*)s_surrogatePass, &byteOrder));
    }

    /// <summary>Python <c>str</c> of one character.</summary>
    public static nint ToPython(char value)
    {
        int byteOrder = -1;
        return Created(PyUnicode_DecodeUTF16(&value, sizeof(char), (byte*)s_surrogatePass, &byteOrder));
    }

    /// <summary>Python <c>bytes</c> (a copy).</summary>
    public static nint ToPython(ReadOnlySpan<byte> value)
    {
        fixed (byte* bytes = value)
            return Created(PyBytes_FromStringAndSize(bytes, value.Length));
    }

    /// <summary>Python <c>bytes</c> (a copy); <c>null</c> becomes <c>None</c>.</summary>
    public static nint ToPython(byte[]? value) => value is null ? None() : ToPython(new ReadOnlySpan<byte>(value));

    /// <summary>Reads a <c>str</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string ToString(nint o)
    {
        nint type = Py_TYPE(o);
        if (type != PyUnicode_Type && !PyTypes.IsSubtype(type, Py_TPFLAGS_UNICODE_SUBCLASS))
            throw Mismatch(o, "str", typeof(string));
        nint length;
        byte* utf8 = PyUnicode_AsUTF8AndSize(o, &length);
        return utf8 is not null ? Encoding.UTF8.GetString(utf8, checked((int)length)) : StringWithLoneSurrogates(o);
    }

    /// <summary>Reads a <c>str</c> of exactly one UTF-16 code unit.</summary>
    public static char ToChar(nint o)
    {
        string text = ToString(o);
        return text.Length == 1 ? text[0] : throw Mismatch(o, "str of one UTF-16 code unit", typeof(char));
    }

    /// <summary>Reads <c>bytes</c> or <c>bytearray</c> (a copy).</summary>
    public static byte[] ToBytes(nint o)
    {
        nint type = Py_TYPE(o);
        if (type == PyBytes_Type || PyTypes.IsSubtype(type, Py_TPFLAGS_BYTES_SUBCLASS))
        {
            byte* buffer;
            nint length;
            if (PyBytes_AsStringAndSize(o, &buffer, &length) < 0)
                PythonErrors.ThrowCurrent();
            return new ReadOnlySpan<byte>(buffer, checked((int)length)).ToArray();
        }
        if (type == PyByteArray_Type || PyType_IsSubtype(type, PyByteArray_Type) != 0)
            return new ReadOnlySpan<byte>(PyByteArray_AsString(o), checked((int)PyByteArray_Size(o))).ToArray();
        throw Mismatch(o, "bytes or bytearray", typeof(byte[]));
    }

    /// <summary>Reads a <c>str</c> and releases the reference (for results of <c>str()</c>/<c>repr()</c>).</summary>
    internal static string StealString(nint o)
    {
        try
        {
            return ToString(o);
        }
        finally
        {
            Py_DecRef(o);
        }
    }

    // UTF-8 cannot encode a lone surrogate; UTF-16 with surrogatepass can, and .NET strings hold it as is.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string StringWithLoneSurrogates(nint o)
    {
        if (PyErr_ExceptionMatches(PyExc_UnicodeEncodeError) == 0)
            PythonErrors.ThrowCurrent();
        PyErr_Clear();
        nint encoded = Created(PyUnicode_AsEncodedString(o, (byte*)s_utf16LittleEndian, (byte*)s_surrogatePass));
        try
        {
            byte* buffer;
            nint length;
            if (PyBytes_AsStringAndSize(encoded, &buffer, &length) < 0)
                PythonErrors.ThrowCurrent();
            return new string((char*)buffer, 0, checked((int)length / sizeof(char)));
        }
        finally
        {
            Py_DecRef(encoded);
        }
    }
}
