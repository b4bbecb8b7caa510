using System.Collections.Generic;
using Xunit;

namespace PyBind.Runtime.Tests;

public class PyObjectDynamicTests
{
    [Fact]
    public void Dynamic_AttributesCallsAndConversions()
    {
        dynamic math = Python.Import("math");
        double root = math.sqrt(16.0);
        Assert.Equal(4.0, root);
        double pi = math.pi;
        Assert.Equal(Python.Eval<double>("__import__('math').pi"), pi);
        string text = math.__name__;
        Assert.Equal("math", text);
    }

    [Fact]
    public void Dynamic_NamedArgumentsBecomeKeywords()
    {
        using var scope = Python.CreateScope();
        scope.Run("def f(a, b=2, *, c=3):\n    return a * 100 + b * 10 + c");
        dynamic f = scope.Get("f");
        long result = f(1, c: 9);
        Assert.Equal(129L, result);
        dynamic builtins = Python.Import("builtins");
        List<long> sorted = builtins.sorted(new[] { 3L, 1L, 2L }, reverse: true);
        Assert.Equal(new List<long> { 3, 2, 1 }, sorted);
    }

    [Fact]
    public void Dynamic_IndexersOperatorsAndTruth()
    {
        dynamic list = Python.Eval("[10, 20, 30]");
        long second = list[1];
        Assert.Equal(20L, second);
        list[0] = 11L;
        Assert.Equal("[11, 20, 30]", ((PyObject)list).Repr());
        dynamic number = Python.Eval("7");
        long sum = number + 3;
        long product = number * number;
        bool less = number < 10;
        Assert.Equal(10L, sum);
        Assert.Equal(49L, product);
        Assert.True(less);
        dynamic empty = Python.Eval("[]");
        Assert.False(empty ? true : false);
        dynamic grid = Python.Eval("{(0, 1): 'x'}");
        string cell = grid[0L, 1L];
        Assert.Equal("x", cell);
    }

    [Fact]
    public void CompoundAssignment_IsPythonsInPlaceOperator_AsPuLPsProblemPlusEqualsConstraint()
    {
        // PuLP's LpProblem has __iadd__ and no __add__: prob += constraint failed with Python's add.
        using var scope = Python.CreateScope();
        scope.Run("""
            class Problem:
                def __init__(self):
                    self.constraints = []
                def __iadd__(self, other):
                    self.constraints.append(other)
                    return self
            problem = Problem()
            numbers = [1]
            python_alias = [1]
            python_numbers = python_alias
            python_numbers += [2]
            """);
        dynamic problem = scope.Get("problem");
        PyObject before = problem;
        problem += 4L;
        Assert.True(before.Is((PyObject)problem));
        Assert.Equal("[4]", ((PyObject)problem.constraints).Repr());

        // A list += extends the list every name of it sees, as in Python.
        dynamic numbers = scope.Get("numbers");
        PyObject alias = numbers;
        numbers += new[] { 2L };
        Assert.Equal(scope.Get("python_alias").Repr(), alias.Repr());
        Assert.Equal("[1, 2]", alias.Repr());
    }

    [Fact]
    public void Dynamic_DotNetMembersBindFirst()
    {
        dynamic list = Python.Eval("[1, 2, 3]");
        int count = list.Count;
        Assert.Equal(3, count);
        long[] items = list.As<long[]>();
        Assert.Equal(new long[] { 1, 2, 3 }, items);
        long pythonCount = list.count(2);
        Assert.Equal(1L, pythonCount);
    }
}
