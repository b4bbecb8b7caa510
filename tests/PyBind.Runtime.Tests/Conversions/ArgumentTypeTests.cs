using System.Collections.Generic;
using PyBind.Runtime.Tests.Infrastructure;
using Xunit;

namespace PyBind.Runtime.Tests.Conversions;

public class ArgumentTypeTests
{
    private static bool IsPassed<T>(PyOptional<T> argument = default) => argument.HasValue;

    [Fact]
    public void PyOptional_TellsOmittedFromNull()
    {
        Assert.False(IsPassed<long?>());
        Assert.True(IsPassed<long?>(null));
        Assert.True(IsPassed<long?>(0));
        PyOptional<long?> omitted = default;
        Assert.Throws<System.InvalidOperationException>(() => omitted.Value);
        Assert.Null(new PyOptional<long?>(null).Value);
    }

    [Fact]
    public void TwoDimensionalArrayOfNonNumbers_BecomesNestedListsRowMajor()
    {
        using var scope = Python.CreateScope();
        scope.Set("grid", new string[,] { { "a", "b", "c" }, { "d", "e", "f" } });
        Assert.Equal("[['a', 'b', 'c'], ['d', 'e', 'f']]", scope.Eval<string>("repr(grid)"));
    }

    [NumpyFact]
    [Trait("Category", "Numpy")]
    public void TwoDimensionalArrayOfNumbers_BecomesAnNdarrayOfTheSameShape()
    {
        using var scope = Python.CreateScope();
        scope.Set("grid", new double[,] { { 1, 2, 3 }, { 4, 5, 6 } });
        Assert.Equal("array([[1., 2., 3.],\n       [4., 5., 6.]])", scope.Eval<string>("repr(grid)"));
    }

    [Fact]
    public void ArrayLike_PassesPyObjectsAsThemselves_AndConvertsTheRest()
    {
        using PyObject list = Python.Eval("[1, 2]");
        using var scope = Python.CreateScope();
        scope.Set("same", PyArrayLike.From(list).Value);
        scope.Set("original", list);
        Assert.True(scope.Eval<bool>("same is original"));
        PyArrayLike scalar = 2.5;
        PyArrayLike vector = new long[] { 1, 2, 3 };
        Assert.Equal(2.5, scalar.Value);
        Assert.Equal(new long[] { 1, 2, 3 }, vector.Value);
    }

    [NumpyFact]
    [Trait("Category", "Numpy")]
    public void ArrayLike_IsAcceptedByNumpy()
    {
        using PyObject asarray = Python.Import("numpy").GetAttr("asarray");
        using GilScope gil = Python.AcquireGil();
        using var array = new PyObject(PyConvert.ToPython((PyArrayLike)new double[,] { { 1, 2 }, { 3, 4 } }), PyOwnership.Steal);
        using PyObject converted = asarray.Call(array);
        Assert.Equal((2L, 2L), converted.GetAttr<(long, long)>("shape"));
        Assert.Equal(10.0, converted.CallMethod("sum").As<double>());
    }
}
