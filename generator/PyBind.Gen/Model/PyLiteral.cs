using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using PyBind.Gen.Helpers;

namespace PyBind.Gen.Model;

/// <summary>
/// A Python literal value: a default, a constant's value, an enum member's value, or a member of <c>Literal[…]</c>.
/// A closed union, like <see cref="PyTypeSpec"/>.
/// </summary>
internal abstract record PyLiteral
{
    private protected PyLiteral()
    {
    }

    /// <summary>The literal as Python source.</summary>
    public abstract string Display { get; }

    public sealed override string ToString() => Display;
}

internal sealed record PyNoneLiteral : PyLiteral
{
    public static PyNoneLiteral Instance { get; } = new();

    private PyNoneLiteral()
    {
    }

    public override string Display => "None";
}

internal sealed record PyBoolLiteral(bool Value) : PyLiteral
{
    public override string Display => Value ? "True" : "False";
}

/// <summary>An <c>int</c>; Python ints are unbounded.</summary>
internal sealed record PyIntLiteral(BigInteger Value) : PyLiteral
{
    public override string Display => Value.ToString(CultureInfo.InvariantCulture);
}

internal sealed record PyFloatLiteral(double Value) : PyLiteral
{
    public override string Display => Format(Value);

    /// <summary>Formats like Python's <c>repr(float)</c>: <c>1.0</c>, <c>1e-05</c>, <c>inf</c>, <c>nan</c>.</summary>
    internal static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        string text = value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e");
        return text.IndexOf('.') >= 0 || text.IndexOf('e') >= 0 ? text : text + ".0";
    }
}

/// <summary>A complex number; Python spells it <c>2j</c> or <c>1+2j</c>.</summary>
internal sealed record PyComplexLiteral(double Real, double Imaginary) : PyLiteral
{
    public override string Display =>
        Real == 0 ? PyFloatLiteral.Format(Imaginary) + "j" : "(" + PyFloatLiteral.Format(Real) + "+" + PyFloatLiteral.Format(Imaginary) + "j)";
}

/// <summary>A <c>str</c>, escapes already decoded.</summary>
internal sealed record PyStringLiteral(string Value) : PyLiteral
{
    public override string Display => "'" + Value.Replace("\\", "\\\\").Replace("'", "\\'").Replace("\n", "\\n") + "'";
}

/// <summary>A <c>bytes</c> value.</summary>
internal sealed record PyBytesLiteral(EquatableArray<byte> Value) : PyLiteral
{
    public override string Display
    {
        get
        {
            var text = new StringBuilder("b'");
            foreach (byte b in Value)
            {
                if (b is >= 0x20 and < 0x7F && b != (byte)'\'' && b != (byte)'\\')
                {
                    text.Append((char)b);
                }
                else
                {
                    text.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
                }
            }

            return text.Append('\'').ToString();
        }
    }
}

/// <summary>A tuple of literals, such as a default <c>axes=(-2, -1)</c>.</summary>
internal sealed record PyTupleLiteral(EquatableArray<PyLiteral> Items) : PyLiteral
{
    public override string Display =>
        "(" + string.Join(", ", Items.Select(i => i.Display)) + (Items.Count == 1 ? ",)" : ")");
}
