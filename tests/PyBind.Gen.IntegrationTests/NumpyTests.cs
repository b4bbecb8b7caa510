using System;
using System.Linq;
using PyBind.Gen.IntegrationTests.Infrastructure;
using Xunit;

namespace PyBind.Gen.IntegrationTests;

/// <summary>numpy through its generated bindings, compared with numpy's own answers computed in Python.</summary>
[Trait("Category", "Numpy")]
public class NumpyTests
{
    private static T Python<T>(string expression) => global::PyBind.Python.Eval<T>("(lambda np: " + expression + ")(__import__('numpy'))");

    [NumpyFact]
    public void Linspace_ReturnsATypedArray_WithPythonsValues()
    {
        using Np.Ndarray a = Np.Linspace(0.0, 1.0, num: 5);

        Assert.Equal(Python<double[]>("np.linspace(0.0, 1.0, num=5).tolist()"), a.Tolist().As<double[]>());
        Assert.Equal([5L], a.Shape);
        Assert.Equal(1L, a.Ndim);
        Assert.Equal("float64", a.Dtype.ToString());
    }

    [NumpyFact]
    public void OverloadsReturningAScalarOrAnArray_AreBothTyped_AsPythonPicksThem()
    {
        // Generator.normal: a float without a size (the first overload), an array with one.
        using Np.Random.Generator scalars = Np.Random.DefaultRng(42);
        using Np.Random.Generator arrays = Np.Random.DefaultRng(42);

        double one = scalars.Normal(loc: 1.0, scale: 2.0);
        using Np.Ndarray three = arrays.Normal(1.0, 2.0, size: 3L);

        Assert.Equal(Python<double>("np.random.default_rng(42).normal(1.0, 2.0)"), one);
        Assert.Equal(Python<double[]>("np.random.default_rng(42).normal(1.0, 2.0, size=3).tolist()"), three.Tolist().As<double[]>());
    }

    [NumpyFact]
    public void Unique_WithoutFlags_IsATypedArray_AndWithReturnCounts_ThePairPythonReturns()
    {
        // unique's flags are Literal overloads: omitting them is an array; return_counts=True alone once bound to an
        // overload expecting the three arrays of (return_inverse, return_counts) and failed to convert Python's pair.
        long[] values = [3, 1, 3, 2, 1, 3];
        using Np.Ndarray distinct = Np.Unique(values);
        using global::PyBind.PyObject withCounts = Np.Unique(values, returnCounts: true);
        (Np.Ndarray uniques, Np.Ndarray counts) = withCounts.As<(Np.Ndarray, Np.Ndarray)>();
        using (uniques)
        using (counts)
        {
            Assert.Equal(Python<long[]>("np.unique([3, 1, 3, 2, 1, 3]).tolist()"), distinct.Tolist().As<long[]>());
            Assert.Equal(Python<long[]>("np.unique([3, 1, 3, 2, 1, 3], return_counts=True)[0].tolist()"), uniques.Tolist().As<long[]>());
            Assert.Equal(Python<long[]>("np.unique([3, 1, 3, 2, 1, 3], return_counts=True)[1].tolist()"), counts.Tolist().As<long[]>());
        }
    }

    [NumpyFact]
    public void AScalarArgument_PicksTheEarlierScalarOverload_OverARankedArrayOne()
    {
        // percentile's array-q overloads are ranked apart by their results; a float q must still reach the earlier
        // overload that returns a scalar, as Python's first match does, not the ranked one typed to return an ndarray.
        double[] values = [14.2, 16.4, 11.9, 15.2, 18.5, 22.1, 19.4, 25.1, 23.4, 18.1, 22.6, 17.2];

        using PyObject quartile = Np.Percentile(values, 25.0);
        using Np.Ndarray quartiles = Np.Percentile(values, new[] { 25.0, 75.0 });

        Assert.Equal(Python<double>("float(np.percentile([14.2, 16.4, 11.9, 15.2, 18.5, 22.1, 19.4, 25.1, 23.4, 18.1, 22.6, 17.2], 25.0))"), quartile.As<double>());
        Assert.Equal(Python<double[]>("np.percentile([14.2, 16.4, 11.9, 15.2, 18.5, 22.1, 19.4, 25.1, 23.4, 18.1, 22.6, 17.2], [25.0, 75.0]).tolist()"), quartiles.Tolist().As<double[]>());
    }

    [NumpyFact]
    public void AUnaryUfunc_OfACSharpScalar_ReachesTheScalarForm_WithPythonsScalar()
    {
        // The scalar form takes double/long/bool/Complex and returns the numpy scalar Python gets (numpy.float64 for a
        // float, numpy.bool_ from isnan): not an ndarray.
        using PyObject sine = Np.Sin(0.5);
        using PyObject ofInteger = Np.Sin(2L);
        using PyObject ofComplex = Np.Sqrt(new System.Numerics.Complex(-4.0, 0.0));
        using PyObject notANumber = Np.Isnan(double.NaN);
        using PyObject negated = Np.Negative(7L);

        Assert.Equal(Python<double>("float(np.sin(0.5))"), sine.As<double>());
        using (PyObject type = sine.GetPythonType())
        using (PyObject typeName = type.GetAttr("__name__"))
        {
            Assert.Equal(Python<string>("type(np.sin(0.5)).__name__"), typeName.As<string>());
        }

        Assert.Equal(Python<double>("float(np.sin(2))"), ofInteger.As<double>());
        Assert.Equal(Python<System.Numerics.Complex>("complex(np.sqrt(-4+0j))"), ofComplex.As<System.Numerics.Complex>());
        Assert.Equal(Python<bool>("bool(np.isnan(float('nan')))"), notANumber.As<bool>());
        Assert.Equal(Python<long>("int(np.negative(7))"), negated.As<long>());
    }

    [NumpyFact]
    public void AUnaryUfunc_OfAnArray_ReturnsATypedNdarray_WithPythonsValues()
    {
        using Np.Ndarray angles = Np.Linspace(0.0, 1.0, num: 5);

        using Np.Ndarray ofNdarray = Np.Sin(angles);
        using Np.Ndarray ofCSharpArray = Np.Cos(new[] { 0.0, 0.5, 1.0 });
        using Np.Ndarray flags = Np.Isnan(new[] { 1.0, double.NaN });

        Assert.Equal(Python<double[]>("np.sin(np.linspace(0.0, 1.0, num=5)).tolist()"), ofNdarray.Tolist().As<double[]>());
        Assert.Equal(Python<double[]>("np.cos([0.0, 0.5, 1.0]).tolist()"), ofCSharpArray.Tolist().As<double[]>());
        Assert.Equal(Python<bool[]>("np.isnan([1.0, float('nan')]).tolist()"), flags.Tolist().As<bool[]>());
    }

    [NumpyFact]
    public void AUnaryUfunc_OfAZeroDimensionalArrayOrNumpyScalar_ReturnsTheZeroDimensionalArray_OfPythonsValue()
    {
        // numpy's stubs declare an ndarray, but numpy gives a numpy.float64 for 0-d input: the binding hands back the
        // 0-d array numpy.asarray makes of it (same value and dtype) instead of failing to convert.
        using Np.Ndarray zeroDimensional = Np.Asarray(0.5);
        using PyObject numpyScalar = Np.Sin(0.5);

        using Np.Ndarray ofZeroDimensional = Np.Sin(zeroDimensional);
        using Np.Ndarray ofNumpyScalar = Np.Cos(numpyScalar);

        Assert.Equal("float64", Python<string>("type(np.sin(np.asarray(0.5))).__name__"));
        Assert.Equal(Python<double>("float(np.sin(np.asarray(0.5)))"), ofZeroDimensional.Tolist().As<double>());
        Assert.Equal(Python<double>("float(np.cos(np.sin(0.5)))"), ofNumpyScalar.Tolist().As<double>());
        foreach (Np.Ndarray result in new[] { ofZeroDimensional, ofNumpyScalar })
        {
            using PyObject dimensions = result.GetAttr("ndim");
            using PyObject dtype = result.GetAttr("dtype");
            using PyObject dtypeName = dtype.GetAttr("name");
            Assert.Equal(0L, dimensions.As<long>());
            Assert.Equal(Python<string>("np.sin(np.asarray(0.5)).dtype.name"), dtypeName.As<string>());
        }
    }

    [NumpyFact]
    public void ANumpyScalar_AsNdarray_IsTheZeroDimensionalArray_AndAString_StillFailsNamingBothTypes()
    {
        using PyObject numpyScalar = global::PyBind.Python.Eval("__import__('numpy').int16(-7)");
        using PyObject text = global::PyBind.Python.Eval("'not an array'");

        using Np.Ndarray array = numpyScalar.As<Np.Ndarray>();
        PyConversionException error = Assert.Throws<PyConversionException>(() => text.As<Np.Ndarray>());

        using (PyObject dtype = array.GetAttr("dtype"))
        using (PyObject dtypeName = dtype.GetAttr("name"))
            Assert.Equal(Python<string>("np.asarray(np.int16(-7)).dtype.name"), dtypeName.As<string>());
        Assert.Equal(Python<long>("int(np.asarray(np.int16(-7)))"), array.Tolist().As<long>());
        Assert.Contains("str", error.Message, StringComparison.Ordinal);
        Assert.Contains("numpy.ndarray", error.Message, StringComparison.Ordinal);
    }

    [NumpyFact]
    public void AnOptionalUnionOfContainers_TakesEachMember_AsPythonDoes()
    {
        // A ufunc's out= is an array or a tuple of arrays: both are typed parameters now, and both fill the given array.
        using Np.Ndarray target = Np.Zeros(3L);
        using Np.Ndarray tupleTarget = Np.Zeros(3L);

        using PyObject viaArray = Np.Absolute(new[] { -1.5, 2.0, -3.0 }, @out: target);
        using PyObject viaTuple = Np.Absolute(new[] { -1.5, 2.0, -3.0 }, new ValueTuple<Np.Ndarray>(tupleTarget));

        double[] expected = Python<double[]>("np.absolute([-1.5, 2.0, -3.0]).tolist()");
        Assert.Equal(expected, target.Tolist().As<double[]>());
        Assert.Equal(expected, tupleTarget.Tolist().As<double[]>());
    }

    [NumpyFact]
    public void Linspace_WithRetstep_ReturnsThePair()
    {
        (Np.Ndarray samples, PyObject step) = Np.Linspace(0.0, 1.0, retstep: true, num: 3);
        using (samples)
        using (step)
        {
            Assert.Equal([0.0, 0.5, 1.0], samples.Tolist().As<double[]>());
            Assert.Equal(0.5, step.As<double>());
        }
    }

    [NumpyFact]
    public void ReshapeAndSum_MatchNumpy()
    {
        using Np.Ndarray range = Np.Arange(6L);
        using Np.Ndarray matrix = Np.Reshape(range, new long[] { 2, 3 });
        using Np.Ndarray viaMethod = range.Reshape(3, 2);

        Assert.Equal([2L, 3L], matrix.Shape);
        Assert.Equal([3L, 2L], viaMethod.Shape);
        Assert.Equal(Python<long>("int(np.arange(6).sum())"), Np.Sum(matrix).As<long>());
        Assert.Equal(Python<long[]>("np.arange(6).reshape(2, 3).sum(axis=0).tolist()"), Np.Sum(matrix, axis: 0).As<long[]>());
        Assert.Equal(Python<long[]>("np.arange(6).reshape(2, 3).sum(axis=1).tolist()"), matrix.Sum(axis: 1).As<long[]>());
    }

    [NumpyFact]
    public void ArangeWithStartAndStop_IsPythonsArange_ForEveryArity()
    {
        // numpy.arange(stop, /) and arange(start, stop, step) were one C# method: Arange(3, 7) gave 7 as `like`.
        using Np.Ndarray upTo = Np.Arange(4L);
        using Np.Ndarray between = Np.Arange(3L, 7L);
        using Np.Ndarray stepped = Np.Arange(1.0, 2.0, 0.25);
        using Np.Ndarray typed = Np.Arange(3L, 7L, dtype: "float32");

        Assert.Equal(Python<long[]>("np.arange(4).tolist()"), upTo.Tolist().As<long[]>());
        Assert.Equal(Python<long[]>("np.arange(3, 7).tolist()"), between.Tolist().As<long[]>());
        Assert.Equal(Python<double[]>("np.arange(1.0, 2.0, 0.25).tolist()"), stepped.Tolist().As<double[]>());
        Assert.Equal(Python<double[]>("np.arange(3, 7, dtype='float32').tolist()"), typed.Tolist().As<double[]>());
        Assert.Equal(Python<string>("str(np.arange(3, 7, dtype='float32').dtype)"), typed.Dtype.ToString());
    }

    [NumpyFact]
    public void ArrayLikeArguments_AcceptCSharpArraysAndScalars()
    {
        double[,] values = { { 1, 2 }, { 3, 4 } };

        using Np.Ndarray doubled = Np.Multiply(values, 2.0).As<Np.Ndarray>();
        using Np.Ndarray sum = Np.Add(new[] { 1.0, 2.0 }, new[] { 10.0, 20.0 }).As<Np.Ndarray>();

        Assert.Equal(new[] { 2.0, 4.0, 6.0, 8.0 }, doubled.Ravel().Tolist().As<double[]>());
        Assert.Equal(new[] { 11.0, 22.0 }, sum.Tolist().As<double[]>());
    }

    [NumpyFact]
    public void Operators_GoThroughPythonsOperatorModule()
    {
        using Np.Ndarray a = Np.Linspace(1.0, 3.0, num: 3);
        using Np.Ndarray b = Np.Linspace(10.0, 30.0, num: 3);

        using Np.Ndarray sum = a + b;
        using Np.Ndarray scaled = 2.0 * a - 1L;
        using Np.Ndarray product = a * b;

        Assert.Equal([11.0, 22.0, 33.0], sum.Tolist().As<double[]>());
        Assert.Equal([1.0, 3.0, 5.0], scaled.Tolist().As<double[]>());
        Assert.Equal([10.0, 40.0, 90.0], product.Tolist().As<double[]>());
        Assert.Equal([false, true, true], (a > 1.5).As<bool[]>());
    }

    [NumpyFact]
    public void Linalg_InverseDeterminantAndSolve_MatchNumpy()
    {
        double[,] matrix = { { 4, 7 }, { 2, 6 } };

        using Np.Ndarray inverse = Np.Linalg.Inv(matrix);
        using Np.Ndarray solution = Np.Linalg.Solve(matrix, new[] { 1.0, 2.0 });

        Assert.Equal(Python<double[][]>("np.linalg.inv([[4.0, 7.0], [2.0, 6.0]]).tolist()"), inverse.Tolist().As<double[][]>());
        Assert.Equal(Python<double>("float(np.linalg.det([[4.0, 7.0], [2.0, 6.0]]))"), Np.Linalg.Det(matrix).As<double>(), precision: 12);
        Assert.Equal(Python<double[]>("np.linalg.solve([[4.0, 7.0], [2.0, 6.0]], [1.0, 2.0]).tolist()"), solution.Tolist().As<double[]>());
    }

    [NumpyFact]
    public void Linalg_SingularMatrix_ThrowsTheGeneratedLinAlgError()
    {
        double[,] singular = { { 1, 2 }, { 2, 4 } };

        Np.Linalg.LinAlgError error = Assert.Throws<Np.Linalg.LinAlgError>(() => Np.Linalg.Inv(singular));

        Assert.Equal("numpy.linalg.LinAlgError", error.PythonTypeName);
        Assert.Contains("Singular matrix", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<PyException>(error);
    }

    [NumpyFact]
    public void Fft_MatchesNumpy()
    {
        double[] signal = [0, 1, 0, -1];

        // numpy.fft.fft is Fft_ in class Fft: a member may not take its enclosing class's name (the collision rule, PYB0011).
        using Np.Ndarray spectrum = Np.Fft.Fft_(signal);
        using Np.Ndarray back = Np.Fft.Ifft(spectrum);

        var expected = Python<System.Numerics.Complex[]>("np.fft.fft([0.0, 1.0, 0.0, -1.0]).tolist()");
        Assert.Equal(expected, spectrum.Tolist().As<System.Numerics.Complex[]>());
        Assert.Equal(signal, back.Tolist().As<System.Numerics.Complex[]>().Select(c => Math.Round(c.Real, 12)).ToArray());
    }

    [NumpyFact]
    public void ALiteralParameter_TakesItsGeneratedConstant_OrAPlainString_AsPythonDoes()
    {
        double[] signal = [0, 1, 0, -1];

        using Np.Ndarray viaConstant = Np.Fft.Fft_(signal, norm: Np.Fft.Literals.NormKind.Ortho);
        using Np.Ndarray viaString = Np.Fft.Fft_(signal, norm: "ortho");

        var expected = Python<System.Numerics.Complex[]>("np.fft.fft([0.0, 1.0, 0.0, -1.0], norm='ortho').tolist()");
        Assert.Equal(expected, viaConstant.Tolist().As<System.Numerics.Complex[]>());
        Assert.Equal(expected, viaString.Tolist().As<System.Numerics.Complex[]>());
        Assert.Equal("ortho", Np.Fft.Literals.NormKind.Ortho);
    }

    [NumpyFact]
    public void Wrappers_AreRegistered_SoPyObjectsConvertToThemWithATypeCheck()
    {
        using PyObject array = global::PyBind.Python.Eval("__import__('numpy').zeros(3)");
        using PyObject text = global::PyBind.Python.Eval("'text'");

        using Np.Ndarray converted = array.As<Np.Ndarray>();
        var error = Assert.Throws<PyConversionException>(() => text.As<Np.Ndarray>());

        Assert.Equal([3L], converted.Shape);
        Assert.Contains("numpy.ndarray", error.Message, StringComparison.Ordinal);
        Assert.Contains("str", error.Message, StringComparison.Ordinal);
    }
}
