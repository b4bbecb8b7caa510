using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using PyBind.Marshalling;

namespace PyBind.Buffers;

/// <summary>What kind of number an element is, as far as reinterpreting memory goes.</summary>
internal enum PyElementKind
{
    Bool,
    Signed,
    Unsigned,
    Float,
    Complex,
}

/// <summary>
/// A .NET element type that buffers and arrays exchange: its <c>struct</c>-module format (what a <c>Py_buffer</c> says),
/// its numpy dtype, its size. Formats are compared by kind and size, not by letter: <c>'l'</c> and <c>'q'</c> are both
/// a signed 8-byte integer on 64-bit Linux, and <c>'&lt;d'</c> is <c>'d'</c> on a little-endian machine.
/// </summary>
internal sealed unsafe class PyElementType
{
    private static readonly PyElementType Bool = new(typeof(bool), PyElementKind.Bool, 1, "?", "?");
    private static readonly PyElementType Int8 = new(typeof(sbyte), PyElementKind.Signed, 1, "b", "i1");
    private static readonly PyElementType UInt8 = new(typeof(byte), PyElementKind.Unsigned, 1, "B", "u1");
    private static readonly PyElementType Int16 = new(typeof(short), PyElementKind.Signed, 2, "h", "i2");
    private static readonly PyElementType UInt16 = new(typeof(ushort), PyElementKind.Unsigned, 2, "H", "u2");
    private static readonly PyElementType Int32 = new(typeof(int), PyElementKind.Signed, 4, "i", "i4");
    private static readonly PyElementType UInt32 = new(typeof(uint), PyElementKind.Unsigned, 4, "I", "u4");
    private static readonly PyElementType Int64 = new(typeof(long), PyElementKind.Signed, 8, "q", "i8");
    private static readonly PyElementType UInt64 = new(typeof(ulong), PyElementKind.Unsigned, 8, "Q", "u8");
    private static readonly PyElementType IntPtr = new(typeof(nint), PyElementKind.Signed, sizeof(nint), "n", "intp");
    private static readonly PyElementType UIntPtr = new(typeof(nuint), PyElementKind.Unsigned, sizeof(nuint), "N", "uintp");
    private static readonly PyElementType Float16 = new(typeof(Half), PyElementKind.Float, 2, "e", "f2");
    private static readonly PyElementType Float32 = new(typeof(float), PyElementKind.Float, 4, "f", "f4");
    private static readonly PyElementType Float64 = new(typeof(double), PyElementKind.Float, 8, "d", "f8");
    private static readonly PyElementType Complex128 = new(typeof(Complex), PyElementKind.Complex, 16, "Zd", "c16");

    private PyElementType(Type type, PyElementKind kind, int size, string format, string dtype)
    {
        Type = type;
        Kind = kind;
        Size = size;
        Format = format;
        Dtype = dtype;
        FormatUtf8 = (byte*)PyTypes.Utf8Constant(format);
    }

    internal Type Type { get; }

    internal PyElementKind Kind { get; }

    internal int Size { get; }

    /// <summary>The <c>struct</c> format, native byte order (<c>"d"</c>).</summary>
    internal string Format { get; }

    /// <summary>The same, NUL-terminated, for the process (a lent buffer's <c>format</c>).</summary>
    internal byte* FormatUtf8 { get; }

    /// <summary>The numpy dtype (<c>"f8"</c>).</summary>
    internal string Dtype { get; }

    /// <summary>The element type of <typeparamref name="T"/>; the JIT folds the tests to a constant per instantiation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyElementType Of<T>() where T : unmanaged
    {
        if (typeof(T) == typeof(double)) return Float64;
        if (typeof(T) == typeof(float)) return Float32;
        if (typeof(T) == typeof(long)) return Int64;
        if (typeof(T) == typeof(int)) return Int32;
        if (typeof(T) == typeof(byte)) return UInt8;
        if (typeof(T) == typeof(bool)) return Bool;
        if (typeof(T) == typeof(sbyte)) return Int8;
        if (typeof(T) == typeof(short)) return Int16;
        if (typeof(T) == typeof(ushort)) return UInt16;
        if (typeof(T) == typeof(uint)) return UInt32;
        if (typeof(T) == typeof(ulong)) return UInt64;
        if (typeof(T) == typeof(nint)) return IntPtr;
        if (typeof(T) == typeof(nuint)) return UIntPtr;
        if (typeof(T) == typeof(Half)) return Float16;
        if (typeof(T) == typeof(Complex)) return Complex128;
        throw Unsupported(typeof(T));
    }

    /// <summary>The element type of a run-time type, or null (the untyped path: a <c>double[,]</c> passed as <see cref="object"/>).</summary>
    internal static PyElementType? Find(Type type)
    {
        foreach (PyElementType candidate in (ReadOnlySpan<PyElementType>)[Float64, Float32, Int64, Int32, UInt8, Bool, Int8, Int16, UInt16, UInt32, UInt64, IntPtr, UIntPtr, Float16, Complex128])
        {
            if (candidate.Type == type)
                return candidate;
        }
        return null;
    }

    internal static NotSupportedException Unsupported(Type type)
        => new($"{type.FullName} is not a buffer element type: use bool, sbyte, byte, short, ushort, int, uint, long, ulong, nint, nuint, Half, float, double or Complex.");

    /// <summary>Whether a buffer of <paramref name="format"/> (NULL: unsigned bytes) and <paramref name="itemSize"/> holds elements of this type.</summary>
    internal bool Matches(byte* format, nint itemSize)
    {
        if (itemSize != Size)
            return false;
        return TryParse(format, out PyElementKind kind) && kind == Kind;
    }

    /// <summary>The kind a <c>struct</c> format describes, when it is a single native-order number (<c>"d"</c>, <c>"&lt;i"</c>, <c>"Zd"</c>).</summary>
    internal static bool TryParse(byte* format, out PyElementKind kind)
    {
        kind = PyElementKind.Unsigned;
        if (format is null)
            return true;
        byte* c = format;
        // '@', '=' and '^' are native order; '<' is native here when the machine is little-endian; '>' and '!' never are.
        if (*c is (byte)'@' or (byte)'=' or (byte)'^' || (*c == (byte)'<' && BitConverter.IsLittleEndian) || (*c == (byte)'>' && !BitConverter.IsLittleEndian))
            c++;
        if (*c == (byte)'Z')
        {
            kind = PyElementKind.Complex;
            return c[1] is (byte)'d' or (byte)'f' && c[2] == 0;
        }
        if (c[0] == 0 || c[1] != 0)
            return false;
        switch ((char)*c)
        {
            case '?': kind = PyElementKind.Bool; return true;
            case 'b' or 'h' or 'i' or 'l' or 'q' or 'n': kind = PyElementKind.Signed; return true;
            case 'B' or 'H' or 'I' or 'L' or 'Q' or 'N' or 'c': kind = PyElementKind.Unsigned; return true;
            case 'e' or 'f' or 'd': kind = PyElementKind.Float; return true;
            default: return false;
        }
    }

    /// <summary>"float64", "int32"…: how a message names the element type of a format.</summary>
    internal static string Describe(byte* format, nint itemSize)
        => TryParse(format, out PyElementKind kind) ? $"{Name(kind)}{itemSize * 8}" : "a format with no .NET element type";

    internal string Describe() => $"{Name(Kind)}{Size * 8}";

    private static string Name(PyElementKind kind) => kind switch
    {
        PyElementKind.Bool => "bool",
        PyElementKind.Signed => "int",
        PyElementKind.Unsigned => "uint",
        PyElementKind.Float => "float",
        _ => "complex",
    };
}
