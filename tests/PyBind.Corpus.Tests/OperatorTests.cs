using PyBind;
using Xunit;

namespace PyBind.Corpus.Tests;

/// <summary>
/// Python's operators through untyped stubs: an operator's result that the stub leaves <c>Any</c> is a <c>PyObject</c>,
/// whose own operators carry on (they once did not compile), with the values Python computes for the same expression.
/// </summary>
public sealed class OperatorTests
{
    [Fact]
    public void Sympy_SquareMinusFour_ThroughAnUntypedProduct_IsWhatSympyBuilds()
    {
        using var x = new Sympy.Symbol("x");
        using var square = x * x;                 // Expr's operator (sympy's __mul__ returns Any: a PyObject)
        using var y = square - 4;                 // PyObject's
        using PyObject factored = Sympy.Factor(y);

        string sympy = "__import__('sympy').Symbol('x')";
        Assert.Equal(typeof(PyObject), StaticType(square));
        Assert.Equal(Python.Eval<string>($"str({sympy} * {sympy} - 4)"), y.ToString());
        Assert.Equal(Python.Eval<string>($"str(__import__('sympy').factor({sympy} * {sympy} - 4))"), factored.ToString());
        Assert.Equal("(x - 2)*(x + 2)", factored.ToString());
    }

    [Fact]
    public void Sympy_ScalarsOnEitherSide_PowersAndComparisons_AreSympys()
    {
        using var x = new Sympy.Symbol("x");
        using var sum = 2 * x + 1;
        using var shifted = 1.5 - sum * 3;
        using var cube = sum.Pow(3);
        using var less = sum < 10;
        using var negated = -sum;

        string sympy = "__import__('sympy').Symbol('x')";
        Assert.Equal(Python.Eval<string>($"str(1.5 - (2 * {sympy} + 1) * 3)"), shifted.ToString());
        Assert.Equal(Python.Eval<string>($"str((2 * {sympy} + 1) ** 3)"), cube.ToString());
        Assert.Equal(Python.Eval<string>($"str(2 * {sympy} + 1 < 10)"), less.ToString());
        Assert.Equal(Python.Eval<string>($"(lambda t: t.__module__ + '.' + t.__qualname__)(type(2 * {sympy} + 1 < 10))"), less.PythonTypeName);
        Assert.Equal(Python.Eval<string>($"str(-(2 * {sympy} + 1))"), negated.ToString());
    }

    [Fact]
    public void Pandas_SeriesArithmeticAndComparison_AreWhatPandasComputes()
    {
        using var series = new Pd.Series(new[] { 1.0, 2.5, 4.0 });
        using var scaled = series * 2 + 1;
        using var reflected = 10 - scaled / 2.0;
        using var mask = reflected >= 8;

        string python = "(10 - (__import__('pandas').Series([1.0, 2.5, 4.0]) * 2 + 1) / 2.0)";
        Assert.Equal(Python.Eval<string>($"{python}.to_string()"), reflected.CallMethod("to_string").As<string>());
        Assert.Equal(Python.Eval<string>($"({python} >= 8).to_string()"), mask.CallMethod("to_string").As<string>());
    }

    [Fact]
    public void Pulp_ConstraintOfUntypedVariables_IsPulpsConstraint()
    {
        // PuLP, unbound: its variables are plain PyObjects, and 2*x + 3*y <= 10 builds its LpConstraint as Python's does.
        using PyObject pulp = Python.Import("pulp");
        using PyObject x = pulp.GetAttr("LpVariable").Call("x");
        using PyObject y = pulp.GetAttr("LpVariable").Call("y");
        using var constraint = 2 * x + 3 * y <= 10;

        string python = "(lambda v: 2 * v('x') + 3 * v('y') <= 10)(__import__('pulp').LpVariable)";
        Assert.Equal(Python.Eval<string>($"str({python})"), constraint.ToString());
        Assert.Equal(Python.Eval<string>($"type({python}).__name__"), constraint.GetPythonType().GetAttr<string>("__name__"));
        Assert.Equal(Python.Eval<long>($"{python}.sense"), constraint.GetAttr<long>("sense"));
    }

    private static System.Type StaticType<T>(T value) => typeof(T);
}
