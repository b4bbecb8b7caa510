using PyBind.Introspection.Tests.Infrastructure;
using Xunit;

namespace PyBind.Introspection.Tests;

/// <summary>Types that only a numpydoc or Google docstring states, for functions described at run time.</summary>
public sealed class DocstringTypeTests
{
    [Fact]
    public void NumpydocParameters_AreTyped_OptionalWithANoneDefault_AndLiteralSetsAreLiterals()
    {
        string stub = Normalizer.Stub("docstyles");

        Assert.Contains(
            """
            # typed by the docstring: alpha, max_iter, tol, method, weights, label, return
            def damped(
                alpha: float = 0.85,
                max_iter: int = 100,
                tol: float | None = None,
                method: typing.Literal['power', 'direct'] = 'power',
                weights: list[float] | None = None,
                label: str | None = None,
            ) -> float:
            """,
            stub);
    }

    [Fact]
    public void VagueDocumentedTypes_AndNdarrays_StayAny()
    {
        string vague = StubText.TopLevel(Normalizer.Stub("docstyles"), "def", "vague");

        foreach (string name in new[] { "data", "shape_data", "func", "obj", "number", "sparse", "estimator", "choice" })
        {
            Assert.Contains($"    {name}: typing.Any,\n", vague);
        }

        // Documented as an ndarray, taken as any array-like (numpy-style functions call np.asarray first).
        Assert.Contains("    array: typing.Any,\n) -> typing.Any:", vague);
    }

    [Fact]
    public void GoogleArgs_AreTyped_AndItsReturnsOnlyWhenItNamesAType()
    {
        string stub = Normalizer.Stub("docstyles");

        Assert.Contains("# typed by the docstring: name, repeat, sep, return\ndef google(\n    name: str,\n    repeat: int = 1,\n"
            + "    sep: str | None = None,\n    mode: typing.Any = 'fast',\n) -> str:", stub);
        Assert.Contains("# typed by the docstring: flag\ndef google_prose(flag: bool) -> typing.Any:", stub);
    }

    [Fact]
    public void SeveralResults_AreATuple_UnlessOneIsOnlySometimesReturned_OrAnAxisShapesTheResult()
    {
        string stub = Normalizer.Stub("docstyles");

        Assert.Contains("def test_pair(a: float, b: float) -> tuple[float, float]:", stub);
        Assert.Contains("def solve(a: float, b: float, verbose: bool = False) -> typing.Any:", stub);
        Assert.Contains("def summary(values: typing.Any, axis: int = 0) -> typing.Any:", stub);
    }

    [Fact]
    public void Annotations_WinOverTheDocstring()
    {
        string stub = Normalizer.Stub("docstyles");

        Assert.Contains("# typed by the docstring: scale, return\ndef annotated(count: str, scale: float) -> int:", stub);
    }

    [Fact]
    public void Constructor_IsTypedByItsClassDocstring_AndAClassOfTheModuleIsAParameterTypeButNoResult()
    {
        string model = StubText.TopLevel(Normalizer.Stub("docstyles"), "class", "Model");

        Assert.Contains("    # typed by the docstring: fit_intercept, n_jobs\n"
            + "    def __init__(self, fit_intercept: bool = True, n_jobs: int | None = None) -> None: ...", model);
        Assert.Contains("    # typed by the docstring: X\n    def fit(self, X: Model) -> typing.Any:", model);
        Assert.Contains("    # typed by the docstring: return\n    def score(self, X: typing.Any, y: typing.Any) -> float:", model);
    }

    [Fact]
    public void ScikitLearn_ScoreIsAFloat_AndEstimatorParametersAreTyped()
    {
        string regressor = StubText.TopLevel(Normalizer.Stub("sklearn.base"), "class", "RegressorMixin");
        string linear = StubText.TopLevel(Normalizer.Stub("sklearn.linear_model"), "class", "LinearRegression");

        Assert.Contains("    def score(self, X: typing.Any, y: typing.Any, sample_weight: typing.Any = None) -> float:", regressor);
        Assert.Contains("        fit_intercept: bool = True,\n        copy_X: bool = True,\n        n_jobs: int | None = None,\n"
            + "        positive: bool = False,\n    ) -> None: ...", linear);
        // "X : {array-like, sparse matrix} of shape (n_samples, n_features)"; "self : object"
        Assert.Contains("    def fit(self, X: typing.Any, y: typing.Any, sample_weight: typing.Any = None) -> typing.Any:", linear);
    }

    [Fact]
    public void NetworkX_PagerankParametersAndScalarResults_AreTyped()
    {
        string stub = Normalizer.Stub("networkx");

        Assert.Contains("def pagerank(\n    G: typing.Any,\n    alpha: float = 0.85,\n    personalization: typing.Any = None,\n"
            + "    max_iter: int = 100,\n    tol: float = 1e-06,\n", StubText.TopLevel(stub, "def", "pagerank"));
        Assert.StartsWith("def transitivity(G: typing.Any) -> float:", StubText.TopLevel(stub, "def", "transitivity"));
        Assert.StartsWith("def is_connected(G: typing.Any) -> bool:", StubText.TopLevel(stub, "def", "is_connected"));
        // nx.density documents no Returns section: it stays Any.
        Assert.StartsWith("def density(G: typing.Any) -> typing.Any:", StubText.TopLevel(stub, "def", "density"));
    }

    [Fact]
    public void SciPy_TestsReturnTheirStatisticAndPvalue_ButReductionsAlongAnAxisStayAny()
    {
        string stub = Normalizer.Stub("scipy.stats");

        Assert.StartsWith("def bartlett(*samples: typing.Any) -> tuple[float, float]:", StubText.TopLevel(stub, "def", "bartlett"));
        // "circmean : float", but an array for a 2-d input along an axis
        Assert.Contains(") -> typing.Any:", StubText.TopLevel(stub, "def", "circmean"));
    }
}
