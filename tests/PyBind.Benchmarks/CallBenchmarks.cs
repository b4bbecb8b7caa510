using BenchmarkDotNet.Attributes;
using PyBind;

namespace PyBind.Benchmarks;

/// <summary>
/// Each benchmark is one operation through the generated bindings; run-benchmarks.sh puts the same operation done
/// from C (Floor/floor.c) next to it. The C floor holds the GIL throughout, so the fast operations run
/// <see cref="Batch"/> at a time inside one GIL scope (BenchmarkDotNet divides by <c>OperationsPerInvoke</c>), as a
/// caller making many calls would; the <c>_lone</c> benchmarks make each call take the GIL itself, and
/// <see cref="GilTakeAndRelease"/> measures taking the GIL on its own. <see cref="PythonnetBenchmarks"/> does the same
/// operations with pythonnet.
/// </summary>
[MemoryDiagnoser]
public class CallBenchmarks
{
    private static readonly string[] Keys = Enumerable.Range(0, 100).Select(i => "key" + i).ToArray();

    private Bench.Holder _holder = null!;
    private Dictionary<string, long> _hundredPairs = null!;
    private double[] _thousandDoubles = null!;
    private double[] _millionDoubles = null!;
    private PyList<string> _thousandStrings = null!;
    private Np.Ndarray _thousand = null!;
    private Np.Ndarray _million = null!;
    private const int Batch = 100;

    private long _counter;

    [GlobalSetup]
    public void Setup()
    {
        Python.Initialize();
        _holder = new Bench.Holder();
        _hundredPairs = Keys.Select((key, i) => (key, (long)i)).ToDictionary(pair => pair.key, pair => pair.Item2);
        _thousandDoubles = Enumerable.Range(0, 1000).Select(i => i * 0.5).ToArray();
        _millionDoubles = Enumerable.Range(0, 1_000_000).Select(i => (double)i).ToArray();
        // A Python list made once, as the floor's: what is measured is sorting with a C# key, not converting strings in.
        _thousandStrings = PyList.Create(Enumerable.Range(0, 1000).Select(i => "item" + (i * 7919 % 1000)));
        _thousand = Np.Arange(1000.0);
        _million = Np.Arange(1_000_000.0);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _holder.Dispose();
        _thousandStrings.Dispose();
        _thousand.Dispose();
        _million.Dispose();
    }

    [Benchmark(Description = "call_positional", OperationsPerInvoke = Batch)]
    public long CallPositional()
    {
        using GilScope gil = Python.AcquireGil();
        long last = 0;
        for (int i = 0; i < Batch; i++)
            last = Bench.F(++_counter);
        return last;
    }

    [Benchmark(Description = "call_keyword", OperationsPerInvoke = Batch)]
    public long CallKeyword()
    {
        using GilScope gil = Python.AcquireGil();
        long last = 0;
        for (int i = 0; i < Batch; i++)
            last = Bench.FKeyword(x: ++_counter);
        return last;
    }

    [Benchmark(Description = "call_no_arguments", OperationsPerInvoke = Batch)]
    public void CallNoArguments()
    {
        using GilScope gil = Python.AcquireGil();
        for (int i = 0; i < Batch; i++)
            Bench.Nothing();
    }

    [Benchmark(Description = "call_positional_lone", OperationsPerInvoke = Batch)]
    public long CallPositionalLone()
    {
        // No GIL scope: each call takes the GIL and gives it back, as a lone call in a program does.
        long last = 0;
        for (int i = 0; i < Batch; i++)
            last = Bench.F(++_counter);
        return last;
    }

    [Benchmark(Description = "math_sqrt_lone", OperationsPerInvoke = Batch)]
    public double MathSqrtLone()
    {
        double sum = 0;
        for (int i = 0; i < Batch; i++)
            sum += PyMath.Sqrt(2.0);
        return sum;
    }

    [Benchmark(Description = "math_sqrt", OperationsPerInvoke = Batch)]
    public double MathSqrt()
    {
        using GilScope gil = Python.AcquireGil();
        double sum = 0;
        for (int i = 0; i < Batch; i++)
            sum += PyMath.Sqrt(2.0);
        return sum;
    }

    [Benchmark(Description = "attribute_get_int", OperationsPerInvoke = Batch)]
    public long AttributeGetInt()
    {
        using GilScope gil = Python.AcquireGil();
        long sum = 0;
        for (int i = 0; i < Batch; i++)
            sum += _holder.Value;
        return sum;
    }

    [Benchmark(Description = "list_of_100_ints_read", OperationsPerInvoke = Batch)]
    public long ListOf100IntsRead()
    {
        using GilScope gil = Python.AcquireGil();
        long sum = 0;
        for (int n = 0; n < Batch; n++)
        {
            using var list = (PyList<long>)Bench.Hundred();
            int count = list.Count;  // once, as the floor reads PyList_GET_SIZE once
            for (int i = 0; i < count; i++)
                sum += list[i];
        }
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

    [Benchmark(Description = "ndarray_1000_as_span", OperationsPerInvoke = Batch)]
    public double Ndarray1000AsSpan() => LastOfEachSpan(_thousand);

    [Benchmark(Description = "ndarray_1000000_as_span", OperationsPerInvoke = Batch)]
    public double Ndarray1000000AsSpan() => LastOfEachSpan(_million);

    /// <summary>Takes a zero-copy span over <paramref name="array"/> <see cref="Batch"/> times and reads its last element.</summary>
    private static double LastOfEachSpan(Np.Ndarray array)
    {
        using GilScope gil = Python.AcquireGil();
        double sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            using PyBuffer buffer = array.GetBuffer();
            ReadOnlySpan<double> values = buffer.AsReadOnlySpan<double>();
            sum += values[^1];
        }
        return sum;
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

    [Benchmark(Description = "gil_take_and_release")]
    public void GilTakeAndRelease()
    {
        // The benchmark thread does not hold the GIL between invocations: this is the take-and-release cost.
        using GilScope gil = Python.AcquireGil();
    }
}

[PyImport("pybind_bench")] public static partial class Bench;
[PyImport("math")] public static partial class PyMath;
[PyImport("builtins")] public static partial class Builtins;
[PyImport("numpy")] public static partial class Np;
