using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.IntegrationTests.Infrastructure;
using Xunit;

namespace PyBind.Gen.IntegrationTests;

/// <summary>
/// A class whose bases live in a module no [PyImport] binds (<c>Fixtures/pybind_inherit</c>: <c>Line(Scorer, Estimator)</c>
/// in <c>models</c>, its bases in <c>base</c>, as sklearn's estimators and <c>sklearn.base</c>): in C#, as in Python, it has
/// their constructor and methods, found in Python's order; its first base is its C# base (declared once, hidden), the
/// later one's members and dunders are copied into it.
/// </summary>
public class InheritanceTests
{
    private static readonly double[] Xs = [0.0, 1.0, 2.0, 3.0];
    private static readonly double[] Ys = [1.0, 3.1, 4.9, 7.2];

    public InheritanceTests() => FixtureModule.EnsureImportable();

    [Fact]
    public void MembersOfBasesNoPyImportBinds_AnswerAsPythonsDo()
    {
        using var line = new InheritModels.Line(new Dictionary<string, object?> { ["name"] = "ols" });
        using InheritModels.Line fitted = line.Fit(Xs, Ys);

        Assert.Equal(
            Python.Eval<double>("(lambda m: m.fit([0.0, 1.0, 2.0, 3.0], [1.0, 3.1, 4.9, 7.2]).score([0.0, 1.0, 2.0, 3.0], [1.0, 3.1, 4.9, 7.2]))(__import__('pybind_inherit.models').models.Line(name='ols'))"),
            line.Score(Xs, Ys));
        Assert.Equal(Python.Eval<string>("__import__('pybind_inherit.models').models.Line().describe()"), line.Describe());
        Assert.Equal("Scorer", line.Describe());

        using InheritModels.Line same = line.SetParams(new Dictionary<string, object?> { ["alpha"] = 0.5 });
        Assert.Equal(["alpha", "name"], line.GetParams().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0.5, same.GetParams()["alpha"].As<double>());
        Assert.Equal(Python.Eval<string>("__import__('pybind_inherit.models').models.Line(name='ols')('name')"), line.Invoke("name"));
        Assert.Equal("name=ols", line.Invoke("name"));
    }

    [Fact]
    public void TheFirstBase_IsTheCSharpBase_AndAnswersThroughACast()
    {
        using var line = new InheritModels.Line(new Dictionary<string, object?> { ["name"] = "ols" });
        line.Fit(Xs, Ys).Dispose();

        InheritModels.__PyBindBases.PybindInherit_Base.Scorer scorer = line;
        Assert.Equal(
            Python.Eval<double>("(lambda m: m.fit([0.0, 1.0, 2.0, 3.0], [1.0, 3.1, 4.9, 7.2]).score([0.0, 1.0, 2.0, 3.0], [1.0, 3.1, 4.9, 7.2]))(__import__('pybind_inherit.models').models.Line())"),
            scorer.Score(Xs, Ys));
        Assert.Equal(Python.Eval<string>("__import__('pybind_inherit.models').models.Line().describe()"), scorer.Describe());
        Assert.Same(line, scorer as InheritModels.Line);
    }
}
