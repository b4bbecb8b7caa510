using System;
using System.Globalization;
using PyBind.Marshalling;
using static PyBind.Interop.Data;
using static PyBind.Interop.Python;

namespace PyBind;

public static partial class PyConvert
{
    /// <summary>The exception for a Python object of a type that has no conversion to <paramref name="target"/>.</summary>
    internal static PyConversionException Mismatch(nint o, string expected, Type target)
    {
        string found = PyTypes.TypeNameOf(o);
        string wanted = DisplayName(target);
        return new PyConversionException($"cannot convert Python {found} {ShortRepr(o)} to {wanted}: expected {expected}", wanted, found);
    }

    /// <summary>A pending <c>TypeError</c> becomes a <see cref="Mismatch"/>; any other pending error is thrown as itself.</summary>
    private static PyConversionException TypeErrorAsMismatch(nint o, string expected, Type target)
    {
        if (PyErr_ExceptionMatches(PyExc_TypeError) == 0)
            PythonErrors.ThrowCurrent();
        PyErr_Clear();
        return Mismatch(o, expected, target);
    }

    private static OverflowException IntOverflow(nint o, Type target)
        => new($"Python {PyTypes.TypeNameOf(o)} {ShortRepr(o)} does not fit in {DisplayName(target)}" +
               (target == typeof(long) || target == typeof(ulong) ? "; use System.Numerics.BigInteger for unbounded integers." : "."));

    /// <summary>
    /// A .NET type as C# spells it, namespaces kept, for messages: <c>System.Collections.Generic.IList&lt;System.Int64&gt;</c>
    /// rather than the assembly-qualified <c>IList`1[[System.Int64, System.Private.CoreLib, …]]</c>; nested types with a dot.
    /// </summary>
    internal static string DisplayName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return DisplayName(underlying) + "?";
        if (type.IsArray)
            return DisplayName(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        string name = (type.IsGenericType ? type.GetGenericTypeDefinition().FullName : type.FullName) ?? type.Name;
        name = name.Replace('+', '.');
        if (!type.IsGenericType)
            return name;
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        string[] arguments = Array.ConvertAll(type.GetGenericArguments(), DisplayName);
        return string.Concat(tick < 0 ? name : name[..tick], "<", string.Join(", ", arguments), ">");
    }

    /// <summary>A short <c>repr()</c> for messages; never throws.</summary>
    internal static string ShortRepr(nint o)
    {
        nint repr = PyObject_Repr(o);
        if (repr == 0)
        {
            PyErr_Clear();
            return "<repr() failed>";
        }
        string text;
        try
        {
            text = StealString(repr);
        }
        catch (PythonException)
        {
            return "<repr() failed>";
        }
        const int limit = 80;
        return text.Length <= limit ? text : string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, limit)}… ({text.Length} characters)");
    }
}
