using BenchmarkDotNet.Attributes;
using PyBind;

namespace PyBind.Benchmarks;

/// <summary>
/// Each benchmark is one operation through the generated bindings; run-benchmarks.sh puts the same operation done
/// from C (Floor/floor.c) next to it. The scalar calls run inside a GIL scope held by the benchmark, as C code holds
/// the GIL; <see cref="GilFromAnotherThread"/> measures taking it.
/// </summary>
[MemoryDiagnoser]
public class CallBenchmarks
{
    private static readonly string[] Keys = Enumerable.Range(0, 100).Select(i => "key" + i).ToArray();

    private Bench.Holder _holder = null!;
    private Dictionary<string, long> _hundredPairs = null!;
    private double[] _thousandDoubles = null!;
    private double[] _millionDoubles = null!;
    private string[] _thousandStrings = null!;
    private Np.Ndarray _thousand = null!;
    private Np.Ndarray _million = null!;
    private long _counter;

    [GlobalSetup]
    public void Setup()
    {
        Python.Initialize();
        _holder = new Bench.Holder();
        _hundredPairs = Keys.Select((key, i) => (key, (long)i)).ToDictionary(pair => pair.key, pair => pair.Item2);
        _thousandDoubles = Enumerable.Range(0, 1000).Select(i => i * 0.5).ToArray();
        _millionDoubles = Enumerable.Range(0, 1_000_000).Select(i => (double)i).ToArray();
        _thousandStrings = Enumerable.Range(0, 1000).Select(i => "item" + (i * 7919 % 1000)).ToArray();
        _thousand = Np.Arange(1000.0);
        _million = Np.Arange(1_000_000.0);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _holder.Dispose();
        _thousand.Dispose();
        _million.Dispose();
    }

    [Benchmark(Description = "call_positional")]
    public long CallPositional()
    {
        using GilScope gil = Python.AcquireGil();
        return Bench.F(++_counter);
    }

    [Benchmark(Description = "call_keyword")]
    public long CallKeyword()
    {
        using GilScope gil = Python.AcquireGil();
        return Bench.FKeyword(x: ++_counter);
    }

    [Benchmark(Description = "call_no_arguments")]
    public void CallNoArguments()
    {
        using GilScope gil = Python.AcquireGil();
        Bench.Nothing();
    }

    [Benchmark(Description = "math_sqrt")]
    public double MathSqrt()
    {
        using GilScope gil = Python.AcquireGil();
        return PyMath.Sqrt(2.0);
    }

    [Benchmark(Description = "attribute_get_int")]
    public long AttributeGetInt()
    {
        using GilScope gil = Python.AcquireGil();
        return _holder.Value;
    }

    [Benchmark(Description = "list_of_100_ints_read")]
    public long ListOf100IntsRead()
    {
        using GilScope gil = Python.AcquireGil();
        using var list = (PyList<long>)Bench.Hundred();
        long sum = 0;
        for (int i = 0; i < list.Count; i++)
            sum += list[i];
        return sum;
    }

    [Benchmark(Description = "dict_of_100_passed_in")]
    public long DictOf100PassedIn()
    {
        using GilScope gil = Python.AcquireGil();
        return Bench.Count(_hundredPairs);
    }

    [Benchmark(Description = "sum_of_1000_doubles")]
    public double SumOf1000Doubles()
    {
        using GilScope gil = Python.AcquireGil();
        using PyObject sum = Builtins.Sum(_thousandDoubles);
        return sum.As<double>();
    }

    [Benchmark(Description = "ndarray_1000_as_span")]
    public double Ndarray1000AsSpan()
    {
        using GilScope gil = Python.AcquireGil();
        using PyBuffer buffer = _thousand.GetBuffer();
        ReadOnlySpan<double> values = buffer.AsReadOnlySpan<double>();
        return values[^1];
    }

    [Benchmark(Description = "ndarray_1000000_as_span")]
    public double Ndarray1000000AsSpan()
    {
        using GilScope gil = Python.AcquireGil();
        using PyBuffer buffer = _million.GetBuffer();
        ReadOnlySpan<double> values = buffer.AsReadOnlySpan<double>();
        return values[^1];
    }

    [Benchmark(Description = "numpy_sum_of_1000000_passed_in")]
    public double NumpySumOfMillionPassedIn()
    {
        using GilScope gil = Python.AcquireGil();
        using PyObject sum = Np.Sum(_millionDoubles);
        return sum.As<double>();
    }

    [Benchmark(Description = "sorted_1000_strings_with_key")]
    public int Sorted1000StringsWithKey()
    {
        using GilScope gil = Python.AcquireGil();
        IList<string> sorted = Builtins.Sorted(_thousandStrings, key: s => s.Length);
        int count = sorted.Count;
        (sorted as IDisposable)?.Dispose();
        return count;
    }

    [Benchmark(Description = "gil_from_other_thread")]
    public void GilFromAnotherThread()
    {
        // The benchmark thread does not hold the GIL between invocations: this is the take-and-release cost.
        using GilScope gil = Python.AcquireGil();
    }
}

[PyImport("pybind_bench")] public static partial class Bench;
[PyImport("math")] public static partial class PyMath;
[PyImport("builtins")] public static partial class Builtins;
[PyImport("numpy")] public static partial class Np;
