using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyBind.Marshalling;
using static PyBind.Interop.Data;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// Conversions between .NET values and Python objects, chosen by the .NET type at compile time (generated bindings
/// call these directly). <c>ToPython</c> returns a new reference; <c>To…(nint)</c> reads a borrowed one and throws
/// <see cref="PyConversionException"/> for a Python type with no conversion, <see cref="OverflowException"/> for a
/// value out of range. The caller holds the GIL.
/// </summary>
public static unsafe partial class PyConvert
{
    /// <summary>Python <c>int</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint ToPython(long value)
        => (ulong)(value - SmallInts.Min) < SmallInts.Count ? SmallInts.Get(value) : Created(PyLong_FromLongLong(value));

    /// <summary>Python <c>int</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint ToPython(int value) => ToPython((long)value);

    /// <summary>Python <c>int</c>.</summary>
    public static nint ToPython(short value) => ToPython((long)value);

    /// <summary>Python <c>int</c>.</summary>
    public static nint ToPython(sbyte value) => ToPython((long)value);

    /// <summary>Python <c>int</c>.</summary>
    public static nint ToPython(byte value) => ToPython((long)value);

    /// <summary>Python <c>int</c>.</summary>
    public static nint ToPython(ushort value) => ToPython((long)value);

    /// <summary>Python <c>int</c>.</summary>
    public static nint ToPython(uint value) => ToPython((long)value);

    /// <summary>Python <c>int</c>.</summary>
    public static nint ToPython(ulong value) => value <= long.MaxValue ? ToPython((long)value) : Created(PyLong_FromUnsignedLongLong(value));

    /// <summary>Python <c>float</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint ToPython(double value) => Created(PyFloat_FromDouble(value));

    /// <summary>Python <c>float</c>.</summary>
    public static nint ToPython(float value) => Created(PyFloat_FromDouble(value));

    /// <summary>Python <c>bool</c>.</summary>
    public static nint ToPython(bool value)
    {
        nint result = value ? Py_True : Py_False;
        Py_IncRef(result);
        return result;
    }

    /// <summary>Python <c>complex</c>.</summary>
    public static nint ToPython(Complex value) => Created(PyComplex_FromDoubles(value.Real, value.Imaginary));

    /// <summary>Python <c>int</c> of any size.</summary>
    public static nint ToPython(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
            return ToPython((long)value);
        // Hexadecimal text is the stable-ABI way to build a big int; BigInteger's "x" format of a non-negative value may
        // carry a leading 0, which Python accepts.
        string hex = (value.Sign < 0 ? "-" : string.Empty) + BigInteger.Abs(value).ToString("x", CultureInfo.InvariantCulture) + "\0";
        byte* text = stackalloc byte[hex.Length];
        for (int i = 0; i < hex.Length; i++)
            text[i] = (byte)hex[i];
        return Created(PyLong_FromString(text, null, 16));
    }

    /// <summary>A new reference to <c>None</c>.</summary>
    public static nint None()
    {
        Py_IncRef(Py_None);
        return Py_None;
    }

    /// <summary>Reads an <c>int</c> (or an object with <c>__index__</c>, such as a numpy integer; never a <c>float</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ToInt64(nint o) => Py_TYPE(o) == PyLong_Type ? ExactIntToInt64(o) : IndexToInt64(o, typeof(long));

    /// <summary>Reads an <c>int</c> that fits in <see cref="int"/>.</summary>
    public static int ToInt32(nint o) => (int)Narrow(ToInt64(o), int.MinValue, int.MaxValue, typeof(int), o);

    /// <summary>Reads an <c>int</c> that fits in <see cref="short"/>.</summary>
    public static short ToInt16(nint o) => (short)Narrow(ToInt64(o), short.MinValue, short.MaxValue, typeof(short), o);

    /// <summary>Reads an <c>int</c> that fits in <see cref="sbyte"/>.</summary>
    public static sbyte ToSByte(nint o) => (sbyte)Narrow(ToInt64(o), sbyte.MinValue, sbyte.MaxValue, typeof(sbyte), o);

    /// <summary>Reads an <c>int</c> that fits in <see cref="byte"/>.</summary>
    public static byte ToByte(nint o) => (byte)Narrow(ToInt64(o), byte.MinValue, byte.MaxValue, typeof(byte), o);

    /// <summary>Reads an <c>int</c> that fits in <see cref="ushort"/>.</summary>
    public static ushort ToUInt16(nint o) => (ushort)Narrow(ToInt64(o), ushort.MinValue, ushort.MaxValue, typeof(ushort), o);

    /// <summary>Reads an <c>int</c> that fits in <see cref="uint"/>.</summary>
    public static uint ToUInt32(nint o) => (uint)Narrow(ToInt64(o), uint.MinValue, uint.MaxValue, typeof(uint), o);

    /// <summary>Reads a non-negative <c>int</c> below 2**64.</summary>
    public static ulong ToUInt64(nint o)
    {
        nint integer = AsExactOrIndexInt(o, typeof(ulong));
        try
        {
            ulong value = PyLong_AsUnsignedLongLong(integer);
            if (value == ulong.MaxValue && PyErr_Occurred() != 0)
            {
                if (PyErr_ExceptionMatches(PyExc_OverflowError) == 0)
                    PythonErrors.ThrowCurrent();
                PyErr_Clear();
                throw IntOverflow(integer, typeof(ulong));
            }
            return value;
        }
        finally
        {
            Py_DecRef(integer);
        }
    }

    /// <summary>Reads an <c>int</c> of any size.</summary>
    public static BigInteger ToBigInteger(nint o)
    {
        nint integer = AsExactOrIndexInt(o, typeof(BigInteger));
        try
        {
            int overflow;
            long small = PyLong_AsLongLongAndOverflow(integer, &overflow);
            if (overflow == 0)
            {
                if (small == -1 && PyErr_Occurred() != 0)
                    PythonErrors.ThrowCurrent();
                return small;
            }
            string hex = StealString(PyObject.Check(PyNumber_ToBase(integer, 16)));  // "0x1f" or "-0x1f"
            bool negative = hex[0] == '-';
            var magnitude = BigInteger.Parse("0" + hex[(negative ? 3 : 2)..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            return negative ? -magnitude : magnitude;
        }
        finally
        {
            Py_DecRef(integer);
        }
    }

    /// <summary>Reads a <c>float</c>, or an <c>int</c> or any object with <c>__float__</c> (numpy floating types).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble(nint o) => Py_TYPE(o) == PyFloat_Type ? PyFloat_AS_DOUBLE(o) : ToDoubleSlow(o, typeof(double));

    /// <summary>Reads a number as <see cref="float"/>; precision may be lost, range may not.</summary>
    public static float ToSingle(nint o)
    {
        double value = ToDouble(o);
        float narrowed = (float)value;
        if (float.IsInfinity(narrowed) && !double.IsInfinity(value))
            throw new OverflowException($"Python float {value.ToString("R", CultureInfo.InvariantCulture)} is out of range for System.Single.");
        return narrowed;
    }

    /// <summary>Reads a <c>bool</c> (or a numpy <c>bool_</c>); an <c>int</c> is not a bool.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(nint o)
    {
        if (o == Py_True)
            return true;
        if (o == Py_False)
            return false;
        return ToBooleanSlow(o);
    }

    /// <summary>Reads a <c>complex</c>, <c>float</c> or <c>int</c>.</summary>
    public static Complex ToComplex(nint o)
    {
        nint type = Py_TYPE(o);
        if (type == PyUnicode_Type || type == PyBytes_Type)
            throw Mismatch(o, "complex", typeof(Complex));
        double real = PyComplex_RealAsDouble(o);
        if (real == -1.0 && PyErr_Occurred() != 0)
            throw TypeErrorAsMismatch(o, "complex", typeof(Complex));
        double imaginary = PyComplex_ImagAsDouble(o);
        if (imaginary == -1.0 && PyErr_Occurred() != 0)
            PythonErrors.ThrowCurrent();
        return new Complex(real, imaginary);
    }

    private static long ExactIntToInt64(nint integer)
    {
        if (TryReadCompactInt(integer, out long compact))
            return compact;
        int overflow;
        long value = PyLong_AsLongLongAndOverflow(integer, &overflow);
        if (overflow != 0)
            throw IntOverflow(integer, typeof(long));
        if (value == -1 && PyErr_Occurred() != 0)
            PythonErrors.ThrowCurrent();
        return value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long IndexToInt64(nint o, Type target)
    {
        nint integer = AsExactOrIndexInt(o, target);
        try
        {
            return ExactIntToInt64(integer);
        }
        finally
        {
            Py_DecRef(integer);
        }
    }

    /// <summary>A new reference to an <c>int</c>: the object itself, or <c>operator.index(o)</c>; a float is refused, not truncated.</summary>
    private static nint AsExactOrIndexInt(nint o, Type target)
    {
        nint type = Py_TYPE(o);
        if (type == PyLong_Type || PyTypes.IsSubtype(type, Py_TPFLAGS_LONG_SUBCLASS))
        {
            Py_IncRef(o);
            return o;
        }
        if (type == PyFloat_Type || PyType_IsSubtype(type, PyFloat_Type) != 0)
            throw Mismatch(o, "int (a float is never truncated silently)", target);
        nint integer = PyNumber_Index(o);
        if (integer == 0)
            throw TypeErrorAsMismatch(o, "int", target);
        return integer;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double ToDoubleSlow(nint o, Type target)
    {
        nint type = Py_TYPE(o);
        if (type == PyUnicode_Type || type == PyBytes_Type)
            throw Mismatch(o, "float", target);
        double value = PyFloat_AsDouble(o);
        if (value == -1.0 && PyErr_Occurred() != 0)
        {
            if (PyErr_ExceptionMatches(PyExc_OverflowError) != 0)
            {
                PyErr_Clear();
                throw IntOverflow(o, target);
            }
            throw TypeErrorAsMismatch(o, "float", target);
        }
        return value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ToBooleanSlow(nint o)
    {
        // numpy's bool_ is not a subclass of bool, but it is what numpy returns for a truth value.
        if (PyTypes.TypeNameOf(o) != "numpy.bool_")
            throw Mismatch(o, "bool", typeof(bool));
        int truth = PyObject_IsTrue(o);
        if (truth < 0)
            PythonErrors.ThrowCurrent();
        return truth == 1;
    }

    private static long Narrow(long value, long min, long max, Type target, nint o)
        => value >= min && value <= max ? value : throw IntOverflow(o, target);

    /// <summary>
    /// CPython's small ints (-5 to 256), the objects <c>PyLong_FromLongLong</c> itself returns for those values, each
    /// kept here with one reference for the process (Python is never initialized twice in a process): converting one is
    /// then an increment instead of a call into CPython. Counts, indices, flags and enum values are mostly small.
    /// </summary>
    private static class SmallInts
    {
        internal const long Min = -5;
        internal const ulong Count = 262;

        // Filled on first use of each value; written and read with the GIL held, like every conversion.
        private static readonly nint[] s_objects = new nint[Count];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static nint Get(long value)
        {
            nint cached = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s_objects), (nint)(value - Min));
            if (cached == 0)
                cached = Keep(value);
            Py_IncRef(cached);
            return cached;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static nint Keep(long value) => s_objects[value - Min] = Created(PyLong_FromLongLong(value));
    }

    /// <summary>Throws the pending error when a constructor returned NULL (memory exhaustion); otherwise returns the new reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint Created(nint result)
    {
        if (result == 0)
            PythonErrors.ThrowCurrent();
        return result;
    }
}
