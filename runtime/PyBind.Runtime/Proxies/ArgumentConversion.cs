using System;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using PyBind.Marshalling;
using static PyBind.Interop.Data;
using static PyBind.Interop.Python;

namespace PyBind.Proxies;

/// <summary>
/// A Python value as a .NET value of a type known only at run time (a reflected parameter, property or key), with a
/// cost that ranks overloads: 0 for the natural match (<c>int</c> → <see cref="long"/>, a proxy → its exact type), more
/// for a narrowing or widening one (<c>int</c> → <see cref="int"/> when it fits, <c>int</c> → <see cref="double"/>),
/// most for <see cref="object"/>. As in the rest of the runtime, <c>bool</c> is not an <c>int</c> and a <c>float</c>
/// never becomes an integer.
/// </summary>
[RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
internal static class ArgumentConversion
{
    /// <summary>The cost of a match through <see cref="object"/> or <see cref="PyObject"/>: any overload typed more precisely wins.</summary>
    private const int AnyObject = 8;

    private static readonly ConcurrentDictionary<Type, Func<nint, object?>?> s_converters = new();

    /// <summary>Converts or throws a <see cref="PyConversionException"/> naming <paramref name="context"/>.</summary>
    internal static object? Convert(nint o, Type target, string context)
    {
        if (TryConvert(o, target, out object? value, out _))
            return value;
        throw PyConvert.Mismatch(o, $"a value that converts to {PyConvert.DisplayName(target)}", target).WithContext(context);
    }

    /// <summary>Converts <paramref name="o"/> (borrowed) to <paramref name="target"/>; false when it does not convert.</summary>
    internal static bool TryConvert(nint o, Type target, out object? value, out int cost)
    {
        value = null;
        cost = 0;
        Type? underlying = Nullable.GetUnderlyingType(target);
        if (o == Py_None)
            return !target.IsValueType || underlying is not null;
        target = underlying ?? target;
        if (DotNetProxy.TargetOf(o) is { } proxied)
            return FromProxy(proxied, target, out value, out cost);
        if (target == typeof(PyObject))
        {
            value = new PyObject(o, PyOwnership.Borrow);
            cost = AnyObject;
            return true;
        }
        nint type = Py_TYPE(o);
        if (type == PyBool_Type)
            return FromBool(o == Py_True, target, out value, out cost);
        if (type == PyLong_Type || PyTypes.IsSubtype(type, Py_TPFLAGS_LONG_SUBCLASS))
            return FromInteger(PyConvert.ToBigInteger(o), target, out value, out cost);
        if (type == PyFloat_Type || PyType_IsSubtype(type, PyFloat_Type) != 0)
            return FromFloat(PyConvert.ToDouble(o), target, out value, out cost);
        if (type == PyUnicode_Type || PyTypes.IsSubtype(type, Py_TPFLAGS_UNICODE_SUBCLASS))
            return FromString(PyConvert.ToString(o), target, out value, out cost);
        if (target == typeof(object))
        {
            value = PyConvert.ToObject(o);
            cost = AnyObject;
            return true;
        }
        cost = 2;
        return TryConverter(o, target, out value);
    }

    private static bool FromProxy(object proxied, Type target, out object? value, out int cost)
    {
        value = proxied;
        cost = proxied.GetType() == target ? 0 : target == typeof(object) ? AnyObject : 1;
        return target.IsInstanceOfType(proxied);
    }

    private static bool FromBool(bool flag, Type target, out object? value, out int cost)
    {
        value = flag;
        cost = target == typeof(bool) ? 0 : AnyObject;
        return target == typeof(bool) || target == typeof(object);
    }

    private static bool FromInteger(BigInteger integer, Type target, out object? value, out int cost)
    {
        (value, cost) = target switch
        {
            _ when target == typeof(long) && integer >= long.MinValue && integer <= long.MaxValue => ((object)(long)integer, 0),
            _ when target == typeof(int) && integer >= int.MinValue && integer <= int.MaxValue => ((int)integer, 1),
            _ when target == typeof(short) && integer >= short.MinValue && integer <= short.MaxValue => ((short)integer, 1),
            _ when target == typeof(sbyte) && integer >= sbyte.MinValue && integer <= sbyte.MaxValue => ((sbyte)integer, 1),
            _ when target == typeof(byte) && integer >= byte.MinValue && integer <= byte.MaxValue => ((byte)integer, 1),
            _ when target == typeof(ushort) && integer >= ushort.MinValue && integer <= ushort.MaxValue => ((ushort)integer, 1),
            _ when target == typeof(uint) && integer >= uint.MinValue && integer <= uint.MaxValue => ((uint)integer, 1),
            _ when target == typeof(ulong) && integer >= ulong.MinValue && integer <= ulong.MaxValue => ((ulong)integer, 1),
            _ when target == typeof(nint) && integer >= nint.MinValue && integer <= nint.MaxValue => ((nint)integer, 1),
            _ when target == typeof(BigInteger) => (integer, 1),
            _ when target == typeof(double) => ((double)integer, 2),
            _ when target == typeof(decimal) && integer >= (BigInteger)decimal.MinValue && integer <= (BigInteger)decimal.MaxValue => ((decimal)integer, 2),
            _ when target == typeof(float) => ((float)integer, 3),
            _ when target.IsEnum && integer >= long.MinValue && integer <= long.MaxValue => (Enum.ToObject(target, (long)integer), 1),
            _ when target == typeof(object) => (integer >= long.MinValue && integer <= long.MaxValue ? (long)integer : integer, AnyObject),
            _ => (null, -1),
        };
        return cost >= 0;
    }

    private static bool FromFloat(double number, Type target, out object? value, out int cost)
    {
        (value, cost) = target switch
        {
            _ when target == typeof(double) => ((object)number, 0),
            _ when target == typeof(float) => ((float)number, 1),
            _ when target == typeof(decimal) && double.IsFinite(number) => ((decimal)number, 2),
            _ when target == typeof(object) => (number, AnyObject),
            _ => (null, -1),
        };
        return cost >= 0;
    }

    private static bool FromString(string text, Type target, out object? value, out int cost)
    {
        (value, cost) = target switch
        {
            _ when target == typeof(string) => ((object)text, 0),
            _ when target == typeof(char) && text.Length == 1 => (text[0], 1),
            _ when target.IsEnum && Enum.TryParse(target, text, ignoreCase: true, out object? member) => (member, 2),
            _ when target == typeof(object) => (text, AnyObject),
            _ => (null, -1),
        };
        return cost >= 0;
    }

    /// <summary>
    /// Any other type through the runtime's converter for it (<see cref="PyConverters.For{T}"/>): collections, tuples,
    /// delegates, dates, byte arrays, generated wrappers. Made once per type, where dynamic code is available.
    /// </summary>
    private static bool TryConverter(nint o, Type target, out object? value)
    {
        value = null;
        Func<nint, object?>? convert = s_converters.GetOrAdd(target, ConverterFor);
        if (convert is null)
            return false;
        try
        {
            value = convert(o);
            return value is not null || !target.IsValueType;
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException or PythonException)
        {
            return false;
        }
    }

    private static Func<nint, object?>? ConverterFor(Type target)
    {
        if (!RuntimeFeature.IsDynamicCodeSupported)
            return null;
        try
        {
            return PyObject.DynamicConverter(target);
        }
        catch (PyConversionException)
        {
            return null;
        }
    }
}
