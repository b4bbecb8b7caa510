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
        return new PyConversionException(
            $"cannot convert Python {found} {ShortRepr(o)} to {target.FullName}: expected {expected}",
            target.FullName ?? target.Name, found);
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
        => new($"Python {PyTypes.TypeNameOf(o)} {ShortRepr(o)} does not fit in {target.FullName}" +
               (target == typeof(long) || target == typeof(ulong) ? "; use System.Numerics.BigInteger for unbounded integers." : "."));

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
