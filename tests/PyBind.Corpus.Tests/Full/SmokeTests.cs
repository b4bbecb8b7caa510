using System;
using System.Collections.Generic;
using System.Linq;
using PyBind;
using Xunit;

namespace PyBind.Corpus.Tests.Full;

/// <summary>
/// One meaningful call per key library of the corpus beyond the CI subset, through the typed bindings, compared with
/// the answer Python itself gives for the same call (distributed: samples/ScaleOut and its test; numpy:
/// PyBind.Gen.IntegrationTests). Built and run with -p:PyBindCorpus=all (tests/corpus/run.sh --smoke).
/// </summary>
public sealed class SmokeTests
{
    private static readonly double[][] Features = [[0.0], [1.0], [2.0], [3.0]];
    private static readonly double[] Targets = [1.0, 3.1, 4.9, 7.2];

    [Fact]
    public void ScipyBrentq_FindsTheRootOfACSharpFunction_WhereScipyFindsItsOwn()
    {
        using PyObject root = Optimize.Brentq((Func<double, double>)(x => x * x - 2.0), 0.0, 2.0);

        Assert.Equal(Python.Eval<double>("__import__('scipy.optimize').optimize.brentq(lambda x: x * x - 2.0, 0.0, 2.0)"), root.As<double>());
        Assert.Equal(Math.Sqrt(2.0), root.As<double>(), 1e-12);
    }

    [Fact]
    public void SklearnLinearRegression_FitAndPredict_IsWhatScikitLearnPredicts()
    {
        using var model = new LinearModel.LinearRegression();
        using PyObject fitted = model.Fit(Features, Targets);
        using PyObject predicted = model.Predict(new[] { new[] { 4.0 }, new[] { 5.0 } });

        double[] expected = Python.Eval<double[]>(
            "__import__('sklearn.linear_model').linear_model.LinearRegression().fit([[0.0], [1.0], [2.0], [3.0]], [1.0, 3.1, 4.9, 7.2]).predict([[4.0], [5.0]]).tolist()");
        Assert.Equal(expected, predicted.CallMethod("tolist").As<double[]>());
    }

    [Fact]
    public void SklearnLinearRegression_ScoreAndParams_OfItsBasesInSklearnBase_AreScikitLearns()
    {
        // score is RegressorMixin's, get_params/set_params BaseEstimator's: sklearn.base, which no [PyImport] here binds.
        // score is a double: its docstring's "score : float" (it has no annotation).
        using var model = new LinearModel.LinearRegression(fitIntercept: true);
        model.Fit(Features, Targets).Dispose();
        double score = model.Score(Features, Targets);
        using PyObject parameters = model.GetParams();

        Assert.Equal(
            Python.Eval<double>("(lambda X, y: __import__('sklearn.linear_model').linear_model.LinearRegression().fit(X, y).score(X, y))([[0.0], [1.0], [2.0], [3.0]], [1.0, 3.1, 4.9, 7.2])"),
            score);
        Assert.Equal(
            Python.Eval<string[]>("sorted(__import__('sklearn.linear_model').linear_model.LinearRegression().get_params())"),
            parameters.As<IDictionary<string, PyObject>>().Keys.Order(StringComparer.Ordinal).ToArray());

        model.SetParams(new Dictionary<string, object?> { ["fit_intercept"] = false }).Dispose();
        using PyObject changed = model.GetParams();
        Assert.False(changed.As<IDictionary<string, PyObject>>()["fit_intercept"].As<bool>());
    }

    [Fact]
    public void MatplotlibFigure_SavedWithAgg_IsThePngMatplotlibWrites()
    {
        using var figure = new MplFigure.Figure(figsize: new[] { 2.0, 2.0 }, dpi: 50);
        using PyObject axes = figure.AddSubplot();
        axes.CallMethod("plot", new[] { 0.0, 1.0, 2.0 }, new[] { 0.0, 1.0, 4.0 }).Dispose();
        using var buffer = new PyIo.BytesIO();
        figure.Savefig(buffer, kwargs: new Dictionary<string, object?> { ["format"] = "png" }).Dispose();
        byte[] png = buffer.Getvalue();

        byte[] expected = Python.Eval<byte[]>(
            "(lambda f, b: (f.add_subplot().plot([0.0, 1.0, 2.0], [0.0, 1.0, 4.0]), f.savefig(b, format='png'), b.getvalue())[2])" +
            "(__import__('matplotlib.figure').figure.Figure(figsize=(2.0, 2.0), dpi=50), __import__('io').BytesIO())");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(expected, png);
    }

    [Fact]
    public void SeabornColorPalette_IsSeabornsColours()
    {
        using PyObject palette = Sns.ColorPalette("deep", 3);

        Assert.Equal(Python.Eval<string>("str(__import__('seaborn').color_palette('deep', 3))"), palette.ToString());
        Assert.Equal(3, palette.Count);
    }

    [Fact]
    public void StatsmodelsOls_Fit_GivesStatsmodelsParameters()
    {
        double[][] design = Features.Select(row => new[] { 1.0, row[0] }).ToArray();
        using var ols = new Sm.OLS(Targets, design);
        using PyObject results = ols.Fit();
        using PyObject parameters = results.GetAttr("params");

        double[] expected = Python.Eval<double[]>(
            "__import__('statsmodels.regression.linear_model').regression.linear_model.OLS([1.0, 3.1, 4.9, 7.2], [[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]]).fit().params.tolist()");
        Assert.Equal(expected, parameters.CallMethod("tolist").As<double[]>());
    }

    [Fact]
    public void XarrayDataArray_SumOverADimension_IsXarraysSum()
    {
        using var array = new Xr.DataArray(new double[,] { { 1.0, 2.0, 3.0 }, { 4.0, 5.0, 6.0 } }, dims: new[] { "x", "y" });
        using Xr.DataArray sums = array.Sum(dim: "x");
        using PyObject values = sums.GetAttr("values");

        Assert.Equal(
            Python.Eval<double[]>("__import__('xarray').DataArray([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dims=('x', 'y')).sum(dim='x').values.tolist()"),
            values.CallMethod("tolist").As<double[]>());
    }

    [Fact]
    public void DaskArray_ChunkedSum_ComputesWhatDaskComputes()
    {
        using PyObject array = Da.Creation.Arange(args: [10L], chunks: 3L);
        using PyObject total = array.CallMethod("sum").CallMethod("compute");

        Assert.Equal(Python.Eval<long>("int(__import__('dask.array').array.arange(10, chunks=3).sum().compute())"), total.As<long>());
        Assert.Equal(45L, total.As<long>());
    }

    [Fact]
    public void DistributedUtils_DashboardLink_IsWhatDistributedFormats()
    {
        using PyObject link = DistributedUtils.FormatDashboardLink("localhost", 8787L);

        Assert.Equal(Python.Eval<string>("__import__('distributed.utils').utils.format_dashboard_link('localhost', 8787)"), link.As<string>());
    }
}
