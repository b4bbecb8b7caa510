using Xunit;

namespace PyBind.Runtime.Tests;

/// <summary>
/// <c>PyObject</c>'s operators are Python's (the number protocol and rich comparison), with C# scalars on either side;
/// each result is compared with the same expression evaluated by Python.
/// </summary>
public class PyObjectOperatorTests
{
    [Fact]
    public void FractionArithmetic_WithScalarsOnEitherSide_IsPythons()
    {
        using PyObject fraction = Python.Eval("__import__('fractions').Fraction(3, 4)");
        using var sum = fraction + 1;
        using var difference = 1 - fraction;
        using var product = fraction * fraction;
        using var quotient = 2 / fraction;
        using var mixed = fraction * 0.5;
        using var remainder = fraction % 1;
        using var negated = -fraction;
        using var positive = +fraction;
        using var power = fraction.Pow(2);

        string f = "__import__('fractions').Fraction(3, 4)";
        Assert.Equal(Python.Eval<string>($"repr({f} + 1)"), sum.Repr());
        Assert.Equal(Python.Eval<string>($"repr(1 - {f})"), difference.Repr());
        Assert.Equal(Python.Eval<string>($"repr({f} * {f})"), product.Repr());
        Assert.Equal(Python.Eval<string>($"repr(2 / {f})"), quotient.Repr());
        Assert.Equal(Python.Eval<double>($"{f} * 0.5"), mixed.As<double>());
        Assert.Equal(Python.Eval<string>($"repr({f} % 1)"), remainder.Repr());
        Assert.Equal(Python.Eval<string>($"repr(-{f})"), negated.Repr());
        Assert.Equal(Python.Eval<string>($"repr(+{f})"), positive.Repr());
        Assert.Equal(Python.Eval<string>($"repr({f} ** 2)"), power.Repr());
        Assert.Equal("Fraction(9, 16)", power.Repr());
    }

    [Fact]
    public void IntegerOperators_FollowPythonNotCSharp()
    {
        using PyObject seven = Python.Eval("7");
        using PyObject big = Python.Eval("2 ** 70");
        using PyObject one = Python.Eval("1");

        Assert.Equal(Python.Eval<long>("-7 % 3"), (-seven % 3).As<long>());
        Assert.Equal(3.5, (seven / 2).As<double>());
        Assert.Equal(Python.Eval<string>("str(2 ** 70 * 3)"), (big * 3).ToString());
        Assert.Equal(Python.Eval<long>("7 & 3 | 8 ^ 1"), (seven & 3 | 8 ^ one).As<long>());
        Assert.Equal(Python.Eval<long>("7 << 3 >> 1"), (seven << 3 >> 1).As<long>());
        Assert.Equal(Python.Eval<long>("~7"), (~seven).As<long>());
        Assert.Equal(Python.Eval<string>("str(7 ** -1)"), seven.Pow(-1).ToString());
        Assert.Equal(1L, (seven & true).As<long>());
    }

    [Fact]
    public void Comparisons_ReturnWhatPythonReturns()
    {
        using PyObject seven = Python.Eval("7");
        using PyObject text = Python.Eval("'abc'");
        using PyObject other = Python.Eval("'abb'");

        Assert.True((seven < 10).As<bool>());
        Assert.False((seven >= 7.5).As<bool>());
        Assert.True((6 <= seven).As<bool>());
        Assert.True((text > other).As<bool>());
        Assert.Equal("True", (seven > 2.5).Repr());
    }

    [Fact]
    public void OperandsPythonRefuses_RaiseTheTypedTypeError()
    {
        using PyObject text = Python.Eval("'abc'");
        using PyObject zero = Python.Eval("0");

        using var scope = Python.CreateScope();
        scope.Run("try:\n    'abc' - 1\nexcept TypeError as e:\n    message = str(e)");

        var error = Assert.Throws<PyTypeError>(() => text - 1);
        Assert.Equal(scope.Get<string>("message"), error.PythonMessage);
        Assert.Throws<PyTypeError>(() => text < 1);
        Assert.Throws<PyZeroDivisionError>(() => 1 / zero);
    }

    [Fact]
    public void StringRepetitionAndNone_AreReachedAsPythonDoes()
    {
        using PyObject text = Python.Eval("'ab'");
        PyObject? none = null;

        Assert.Equal("ababab", (text * 3).As<string>());
        Assert.Equal("ababab", (3 * text).As<string>());
        Assert.Throws<PyTypeError>(() => none! + 1);
    }

    [NumpyFact]
    [Trait("Category", "Numpy")]
    public void NumpyArrayAndScalar_AreNumpysBroadcast()
    {
        using PyObject array = Python.Eval("__import__('numpy').arange(4.0)");
        using var scaled = array * 2 + 0.5;
        using var reflected = 1 - array;
        using var mask = array >= 2;

        string a = "__import__('numpy').arange(4.0)";
        Assert.Equal(Python.Eval<double[]>($"({a} * 2 + 0.5).tolist()"), scaled.CallMethod("tolist").As<double[]>());
        Assert.Equal(Python.Eval<double[]>($"(1 - {a}).tolist()"), reflected.CallMethod("tolist").As<double[]>());
        Assert.Equal(Python.Eval<bool[]>($"({a} >= 2).tolist()"), mask.CallMethod("tolist").As<bool[]>());
    }
}
