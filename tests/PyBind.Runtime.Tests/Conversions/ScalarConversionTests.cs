using System;
using System.Numerics;
using PyBind.Runtime.Tests.Infrastructure;
using Xunit;

namespace PyBind.Runtime.Tests.Conversions;

public class ScalarConversionTests
{
    /// <summary>The value converted to Python, then read back by Python as its repr (Python computes the expectation).</summary>
    private static string PythonRepr<T>(T value)
    {
        using PyObject converted = PyObject.From(value);
        return converted.Repr();
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(-1L, "-1")]
    [InlineData(long.MaxValue, "9223372036854775807")]
    [InlineData(long.MinValue, "-9223372036854775808")]
    public void Int64_RoundTripsThroughPythonInt(long value, string expectedRepr)
    {
        Assert.Equal(expectedRepr, PythonRepr(value));
        Assert.Equal(value, Python.Eval<long>(expectedRepr));
        using PyObject converted = PyObject.From(value);
        Assert.Equal("int", converted.PythonTypeName);
    }

    [Theory]
    [InlineData(-6L)]
    [InlineData(-5L)]
    [InlineData(0L)]
    [InlineData(256L)]
    [InlineData(257L)]
    public void IntAroundCPythonsSmallInts_IsTheValue_AndTheSameObjectExactlyWhenPythonsIs(long value)
    {
        using var scope = Python.CreateScope();
        scope.Set("as_long", value);
        scope.Set("as_int", (int)value);
        scope.Set("as_short", (short)value);
        using (PyObject pythonValue = Python.Eval($"int('{value}')"))
            scope.Set("python_value", pythonValue);
        Assert.True(scope.Eval<bool>($"as_long == as_int == as_short == {value} and type(as_long) is type(as_int) is int"));
        // CPython keeps one object for each small int; a converted small int must be that object, as Python's own is.
        bool pythonShares = scope.Eval<bool>($"python_value is int('{value}')");
        Assert.Equal(pythonShares, scope.Eval<bool>("as_long is python_value and as_int is python_value"));
        if (value >= 0)
        {
            scope.Set("as_ulong", (ulong)value);
            scope.Set("as_byte", (byte)Math.Min(value, byte.MaxValue));
            Assert.True(scope.Eval<bool>($"as_ulong == {value} and as_byte == {Math.Min(value, byte.MaxValue)}"));
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("2**30 - 1")]      // the largest one-digit int, read in place
    [InlineData("-(2**30 - 1)")]
    [InlineData("2**30")]          // two digits: read by CPython
    [InlineData("-(2**30)")]
    [InlineData("2**31 + 5")]
    [InlineData("-(2**62) - 3")]
    [InlineData("True")]           // an int subclass
    public void IntAroundTheOneDigitBoundary_ReadsAsPythonComputesIt(string expression)
    {
        long expected = long.Parse(Python.Eval<string>($"str(int({expression}))"), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, Python.Eval<long>(expression));
    }

    [Fact]
    public void UInt64Max_RoundTrips()
    {
        Assert.Equal(Python.Eval<string>("repr(2**64 - 1)"), PythonRepr(ulong.MaxValue));
        Assert.Equal(ulong.MaxValue, Python.Eval<ulong>("2**64 - 1"));
    }

    [Theory]
    [InlineData("2**63", typeof(long))]
    [InlineData("-2**63 - 1", typeof(long))]
    [InlineData("2**64", typeof(ulong))]
    [InlineData("-1", typeof(ulong))]
    [InlineData("2**31", typeof(int))]
    [InlineData("256", typeof(byte))]
    [InlineData("-1", typeof(byte))]
    [InlineData("-32769", typeof(short))]
    public void IntOutOfRange_ThrowsOverflowNamingTheTarget(string expression, Type target)
    {
        var error = Assert.Throws<OverflowException>(() => EvalAs(expression, target));
        Assert.Contains(target.FullName!, error.Message);
        Assert.Contains(Python.Eval<string>($"repr({expression})"), error.Message);
    }

    [Fact]
    public void IntPast64Bits_SuggestsBigInteger()
    {
        var error = Assert.Throws<OverflowException>(() => Python.Eval<long>("10**30"));
        Assert.Contains("BigInteger", error.Message);
    }

    [Theory]
    [InlineData("2**200")]
    [InlineData("-(2**200) + 12345")]
    [InlineData("2**63")]
    [InlineData("-7")]
    public void BigInteger_RoundTripsExactly(string expression)
    {
        BigInteger value = Python.Eval<BigInteger>(expression);
        Assert.Equal(Python.Eval<string>($"str({expression})"), value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var scope = Python.CreateScope();
        scope.Set("value", value);
        Assert.True(scope.Eval<bool>($"value == {expression} and type(value) is int"));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.0")]
    [InlineData("float('inf')")]
    [InlineData("float('-inf')")]
    [InlineData("5e-324")]
    [InlineData("1.7976931348623157e308")]
    public void Double_RoundTripsBitForBit(string expression)
    {
        double value = Python.Eval<double>(expression);
        Assert.Equal(Python.Eval<string>($"({expression}).hex()"), PythonHex(value));
    }

    [Fact]
    public void NaN_RoundTrips()
    {
        double value = Python.Eval<double>("float('nan')");
        Assert.True(double.IsNaN(value));
        using PyObject back = PyObject.From(double.NaN);
        using PyObject isnan = Python.Import("math").GetAttr("isnan");
        Assert.True(isnan.Call<bool>(back));
    }

    [Fact]
    public void NegativeZero_KeepsItsSign()
    {
        using PyObject value = PyObject.From(-0.0);
        using PyObject copysign = Python.Import("math").GetAttr("copysign");
        Assert.Equal(-1.0, copysign.Call<double>(1.0, value));
    }

    [Fact]
    public void PythonInt_ConvertsToDouble()
    {
        Assert.Equal(3.0, Python.Eval<double>("3"));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.5")]
    public void PythonFloat_NeverBecomesAnInteger(string expression)
    {
        var error = Assert.Throws<PyConversionException>(() => Python.Eval<long>(expression));
        Assert.Equal("float", error.PythonTypeName);
        Assert.Equal("System.Int64", error.ClrTypeName);
        Assert.Contains("float", error.Message);
        Assert.Contains("System.Int64", error.Message);
    }

    [Fact]
    public void Str_DoesNotConvertToInt64_AndTheMessageNamesBothTypes()
    {
        var error = Assert.Throws<PyConversionException>(() => Python.Eval<long>("'42'"));
        Assert.Equal("cannot convert Python str '42' to System.Int64: expected int", error.Message);
    }

    [Fact]
    public void Bool_IsCheckedBeforeInt_WhenReadAsObject()
    {
        Assert.IsType<bool>(Python.Eval<object>("True"));
        Assert.IsType<long>(Python.Eval<object>("1"));
        Assert.IsType<BigInteger>(Python.Eval<object>("2**70"));
        Assert.IsType<double>(Python.Eval<object>("1.0"));
        Assert.IsType<string>(Python.Eval<object>("'x'"));
        Assert.Null(Python.Eval<object>("None"));
    }

    [Fact]
    public void Int_IsNotABool()
    {
        Assert.Throws<PyConversionException>(() => Python.Eval<bool>("1"));
        Assert.True(Python.Eval<bool>("True"));
        Assert.False(Python.Eval<bool>("1 == 2"));
    }

    [Fact]
    public void Bool_ToPythonIsTheSingleton()
    {
        using var scope = Python.CreateScope();
        scope.Set("t", true);
        scope.Set("f", false);
        Assert.True(scope.Eval<bool>("t is True and f is False"));
    }

    [Fact]
    public void Single_OverflowIsRefused()
    {
        Assert.Equal(0.5f, Python.Eval<float>("0.5"));
        Assert.Throws<OverflowException>(() => Python.Eval<float>("1e300"));
        Assert.Equal(float.PositiveInfinity, Python.Eval<float>("float('inf')"));
    }

    [Fact]
    public void Complex_RoundTrips()
    {
        Complex value = Python.Eval<Complex>("complex(1.5, -2.25)");
        Assert.Equal(new Complex(1.5, -2.25), value);
        using var scope = Python.CreateScope();
        scope.Set("z", new Complex(3, 4));
        Assert.Equal(5.0, scope.Eval<double>("abs(z)"));
        Assert.Equal(new Complex(2, 0), Python.Eval<Complex>("2"));
    }

    [Fact]
    public void Decimal_RoundTripsExactly()
    {
        Assert.Equal(0.1m, Python.Eval<decimal>("__import__('decimal').Decimal('0.1')"));
        using var scope = Python.CreateScope();
        scope.Set("d", 1234567890.0123456789m);
        Assert.Equal("Decimal('1234567890.0123456789')", scope.Eval<string>("repr(d)"));
        Assert.Throws<PyConversionException>(() => Python.Eval<decimal>("__import__('decimal').Decimal('NaN')"));
        Assert.Throws<PyConversionException>(() => Python.Eval<decimal>("0.1"));
    }

    [Fact]
    public void NullableInt_IsNoneOrValue()
    {
        Assert.Null(Python.Eval<long?>("None"));
        Assert.Equal(5L, Python.Eval<long?>("5"));
        Assert.Equal("None", PythonRepr<long?>(null));
    }

    [Fact]
    public void None_ForNonNullableTarget_IsAConversionError()
    {
        var error = Assert.Throws<PyConversionException>(() => Python.Eval<long>("None"));
        Assert.Equal("NoneType", error.PythonTypeName);
    }

    [NumpyFact]
    [Trait("Category", "Numpy")]
    public void NumpyScalars_ConvertByTheirProtocols()
    {
        Assert.Equal(7L, Python.Eval<long>("__import__('numpy').int32(7)"));
        Assert.Equal(2.5, Python.Eval<double>("__import__('numpy').float32(2.5)"));
        Assert.True(Python.Eval<bool>("__import__('numpy').bool_(True)"));
        Assert.Throws<PyConversionException>(() => Python.Eval<long>("__import__('numpy').float64(1.0)"));
    }

    private static string PythonHex(double value)
    {
        using var scope = Python.CreateScope();
        scope.Set("value", value);
        return scope.Eval<string>("value.hex()");
    }

    private static object EvalAs(string expression, Type target)
    {
        using PyObject value = Python.Eval(expression);
        return target == typeof(long) ? value.As<long>()
            : target == typeof(ulong) ? value.As<ulong>()
            : target == typeof(int) ? value.As<int>()
            : target == typeof(byte) ? value.As<byte>()
            : target == typeof(short) ? (object)value.As<short>()
            : throw new ArgumentOutOfRangeException(nameof(target));
    }
}
