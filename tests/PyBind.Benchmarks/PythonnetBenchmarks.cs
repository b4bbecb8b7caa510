using BenchmarkDotNet.Attributes;
using PyBind.Benchmarks;
using Python.Runtime;
using PnObject = Python.Runtime.PyObject;

// Outside PyBind's namespace, as in a pythonnet codebase: PyObject, PyList, PyDict, PyBuffer are pythonnet's here.
namespace PythonnetComparison;

/// <summary>
/// The operations of <see cref="CallBenchmarks"/> done with pythonnet 3.2.1, at its best: its typed <c>PyObject</c> API
/// (<c>Invoke</c>, <c>As&lt;T&gt;</c>, cached attribute names, every wrapper disposed), not <c>dynamic</c>, plus one
/// <c>dynamic</c> call for comparison. BenchmarkDotNet runs each benchmark in a process of its own, so pythonnet
/// starts Python here as a pythonnet program does, and gives the GIL up; <c>Py.GIL()</c> takes it per invocation as
/// PyBind's scope does.
/// </summary>
[MemoryDiagnoser]
public class PythonnetBenchmarks
{
    private const int Batch = 100;
    private static readonly string[] Keys = Enumerable.Range(0, 100).Select(i => "key" + i).ToArray();

    private nint _allowedThreads;
    private PnObject _f = null!, _fKeyword = null!, _nothing = null!, _sqrt = null!, _holder = null!, _valueName = null!;
    private PnObject _hundred = null!, _count = null!, _sum = null!, _sorted = null!, _strings = null!, _lengthKey = null!;
    private PnObject _thousand = null!, _million = null!, _npEmpty = null!, _npSum = null!;
    private dynamic _fDynamic = null!;
    private double[] _thousandDoubles = null!;
    private double[] _millionDoubles = null!;
    private long _counter;

    [GlobalSetup]
    public void Setup()
    {
        Runtime.PythonDLL = PyBind.CPython.Locate().LibraryPath;
        PythonEngine.Initialize();
        _allowedThreads = PythonEngine.BeginAllowThreads();
        _thousandDoubles = Enumerable.Range(0, 1000).Select(i => i * 0.5).ToArray();
        _millionDoubles = Enumerable.Range(0, 1_000_000).Select(i => (double)i).ToArray();
        using (Py.GIL())
        {
            using (PnObject sys = Py.Import("sys"))
            using (PnObject path = sys.GetAttr("path"))
            using (var folder = new PyString(AppContext.BaseDirectory))
                path.InvokeMethod("insert", new PyInt(0), folder).Dispose();
            using PnObject bench = Py.Import("pybind_bench");
            _f = bench.GetAttr("f");
            _fDynamic = bench.GetAttr("f");
            _fKeyword = bench.GetAttr("f_keyword");
            _nothing = bench.GetAttr("nothing");
            _hundred = bench.GetAttr("hundred");
            _count = bench.GetAttr("count");
            using (PnObject holderClass = bench.GetAttr("Holder"))
                _holder = holderClass.Invoke();
            _valueName = new PyString("value");
            using (PnObject math = Py.Import("math"))
                _sqrt = math.GetAttr("sqrt");
            using (PnObject builtins = Py.Import("builtins"))
            {
                _sum = builtins.GetAttr("sum");
                _sorted = builtins.GetAttr("sorted");
            }
            PnObject[] strings = Enumerable.Range(0, 1000).Select(i => (PnObject)new PyString("item" + (i * 7919 % 1000))).ToArray();
            _strings = new PyList(strings);
            foreach (PnObject item in strings)
                item.Dispose();
            _lengthKey = ((Func<string, int>)(s => s.Length)).ToPython();
            using PnObject numpy = Py.Import("numpy");
            _npEmpty = numpy.GetAttr("empty");
            _npSum = numpy.GetAttr("sum");
            using (PnObject arange = numpy.GetAttr("arange"))
            {
                _thousand = arange.Invoke(new PyFloat(1000.0));
                _million = arange.Invoke(new PyFloat(1_000_000.0));
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using (Py.GIL())
        {
            foreach (PnObject o in new[] { _f, _fKeyword, _nothing, _sqrt, _holder, _valueName, _hundred, _count, _sum, _sorted, _strings, _lengthKey, _thousand, _million, _npEmpty, _npSum })
                o.Dispose();
            ((PnObject)_fDynamic).Dispose();
        }
        PythonEngine.EndAllowThreads(_allowedThreads);
        PythonEngine.Shutdown();
    }

    [Benchmark(Description = "call_positional", OperationsPerInvoke = Batch)]
    public long CallPositional()
    {
        using (Py.GIL())
        {
            long last = 0;
            for (int i = 0; i < Batch; i++)
                last = CallF();
            return last;
        }
    }

    [Benchmark(Description = "call_positional_lone", OperationsPerInvoke = Batch)]
    public long CallPositionalLone()
    {
        long last = 0;
        for (int i = 0; i < Batch; i++)
        {
            using (Py.GIL())
                last = CallF();
        }
        return last;
    }

    [Benchmark(Description = "call_positional_dynamic", OperationsPerInvoke = Batch)]
    public long CallPositionalDynamic()
    {
        using (Py.GIL())
        {
            long last = 0;
            for (int i = 0; i < Batch; i++)
                last = (long)_fDynamic(++_counter);
            return last;
        }
    }

    private long CallF()
    {
        using var argument = new PyInt(++_counter);
        using PnObject result = _f.Invoke(argument);
        return result.As<long>();
    }

    [Benchmark(Description = "call_keyword", OperationsPerInvoke = Batch)]
    public long CallKeyword()
    {
        using (Py.GIL())
        {
            long last = 0;
            for (int i = 0; i < Batch; i++)
            {
                using var keywords = new PyDict();
                using (var argument = new PyInt(++_counter))
                    keywords["x"] = argument;
                using PnObject result = _fKeyword.Invoke(Array.Empty<PnObject>(), keywords);
                last = result.As<long>();
            }
            return last;
        }
    }

    [Benchmark(Description = "call_no_arguments", OperationsPerInvoke = Batch)]
    public void CallNoArguments()
    {
        using (Py.GIL())
        {
            for (int i = 0; i < Batch; i++)
                _nothing.Invoke().Dispose();
        }
    }

    [Benchmark(Description = "math_sqrt", OperationsPerInvoke = Batch)]
    public double MathSqrt()
    {
        using (Py.GIL())
        {
            double sum = 0;
            for (int i = 0; i < Batch; i++)
                sum += Sqrt();
            return sum;
        }
    }

    [Benchmark(Description = "math_sqrt_lone", OperationsPerInvoke = Batch)]
    public double MathSqrtLone()
    {
        double sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            using (Py.GIL())
                sum += Sqrt();
        }
        return sum;
    }

    private double Sqrt()
    {
        using var argument = new PyFloat(2.0);
        using PnObject result = _sqrt.Invoke(argument);
        return result.As<double>();
    }

    [Benchmark(Description = "attribute_get_int", OperationsPerInvoke = Batch)]
    public long AttributeGetInt()
    {
        using (Py.GIL())
        {
            long sum = 0;
            for (int i = 0; i < Batch; i++)
            {
                using PnObject value = _holder.GetAttr(_valueName);
                sum += value.As<long>();
            }
            return sum;
        }
    }

    [Benchmark(Description = "list_of_100_ints_read", OperationsPerInvoke = Batch)]
    public long ListOf100IntsRead()
    {
        using (Py.GIL())
        {
            long sum = 0;
            for (int n = 0; n < Batch; n++)
            {
                using PnObject result = _hundred.Invoke();
                using var list = new PyList(result);
                long count = list.Length();
                for (int i = 0; i < count; i++)
                {
                    using PnObject item = list[i];
                    sum += item.As<long>();
                }
            }
            return sum;
        }
    }

    [Benchmark(Description = "dict_of_100_passed_in")]
    public long DictOf100PassedIn()
    {
        using (Py.GIL())
        {
            using var dict = new PyDict();
            for (int i = 0; i < Keys.Length; i++)
            {
                using var value = new PyInt(i);
                dict[Keys[i]] = value;
            }
            using PnObject result = _count.Invoke(dict);
            return result.As<long>();
        }
    }

    [Benchmark(Description = "sum_of_1000_doubles")]
    public double SumOf1000Doubles()
    {
        using (Py.GIL())
        {
            var items = new PnObject[_thousandDoubles.Length];
            for (int i = 0; i < items.Length; i++)
                items[i] = new PyFloat(_thousandDoubles[i]);
            using var list = new PyList(items);
            foreach (PnObject item in items)
                item.Dispose();
            using PnObject result = _sum.Invoke(list);
            return result.As<double>();
        }
    }

    [Benchmark(Description = "ndarray_1000_as_span", OperationsPerInvoke = Batch)]
    public double Ndarray1000AsSpan() => LastOfEachBuffer(_thousand);

    [Benchmark(Description = "ndarray_1000000_as_span", OperationsPerInvoke = Batch)]
    public double Ndarray1000000AsSpan() => LastOfEachBuffer(_million);

    /// <summary>Takes a buffer view of <paramref name="array"/> <see cref="Batch"/> times and reads its last element in place.</summary>
    private static unsafe double LastOfEachBuffer(PnObject array)
    {
        using (Py.GIL())
        {
            double sum = 0;
            for (int i = 0; i < Batch; i++)
            {
                // CONTIG_RO, not RECORDS_RO as PyBind asks: pythonnet 3.2.1 frees a RECORDS_RO view twice (glibc aborts).
                using PyBuffer buffer = array.GetBuffer(PyBUF.CONTIG_RO);
                sum += ((double*)buffer.Buffer)[buffer.Length / sizeof(double) - 1];
            }
            return sum;
        }
    }

    [Benchmark(Description = "numpy_sum_of_1000000_passed_in")]
    public unsafe double NumpySumOfMillionPassedIn()
    {
        using (Py.GIL())
        {
            // pythonnet's fastest way in: an empty ndarray filled from .NET memory through the buffer protocol.
            using var length = new PyInt(_millionDoubles.Length);
            using PnObject array = _npEmpty.Invoke(length);
            using (PyBuffer buffer = array.GetBuffer(PyBUF.CONTIG))
            {
                fixed (double* values = _millionDoubles)
                    buffer.FromContiguous((nint)values, (long)_millionDoubles.Length * sizeof(double), BufferOrderStyle.C);
            }
            using PnObject result = _npSum.Invoke(array);
            return result.As<double>();
        }
    }

    [Benchmark(Description = "sorted_1000_strings_with_key")]
    public int Sorted1000StringsWithKey()
    {
        using (Py.GIL())
        {
            using var keywords = new PyDict();
            keywords["key"] = _lengthKey;
            using PnObject sorted = _sorted.Invoke(new[] { _strings }, keywords);
            return (int)sorted.Length();
        }
    }

    [Benchmark(Description = "gil_take_and_release")]
    public void GilTakeAndRelease()
    {
        using (Py.GIL())
        {
        }
    }
}
