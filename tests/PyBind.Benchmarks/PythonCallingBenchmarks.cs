using BenchmarkDotNet.Attributes;
using PyBind;

namespace PyBind.Benchmarks;

/// <summary>
/// Python calling .NET: an exported function and a proxied property, each driven by a loop in Python
/// (python_calling.py) of <see cref="Loop"/> operations per invocation. Floor/floor.c runs the same Python loops over a
/// <c>METH_FASTCALL</c> C function <c>add(a, b)</c> and over a Python object's attribute, so the two sides differ only
/// in the callee; the loop's own cost is in both.
/// </summary>
[MemoryDiagnoser]
public class PythonCallingBenchmarks
{
    private const int Loop = 1000;

    private PyObject _callAdd = null!, _readValue = null!, _add = null!, _proxy = null!;

    [GlobalSetup]
    public void Setup()
    {
        Python.Initialize();
        using PyObject loops = Python.Import("python_calling");
        _callAdd = loops.GetAttr("call_add");
        _readValue = loops.GetAttr("read_value");
        using PyObject exported = Python.Import("pybind_bench_exports");
        _add = exported.GetAttr("add");
        _proxy = Python.Proxy(new ValueHolder());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _callAdd.Dispose();
        _readValue.Dispose();
        _add.Dispose();
        _proxy.Dispose();
    }

    [Benchmark(Description = "python_calls_exported_add", OperationsPerInvoke = Loop)]
    public void PythonCallsExportedAdd() => _callAdd.Call(_add, Loop).Dispose();

    [Benchmark(Description = "python_reads_proxied_property", OperationsPerInvoke = Loop)]
    public void PythonReadsProxiedProperty() => _readValue.Call(_proxy, Loop).Dispose();
}

/// <summary>The exported module: <c>add(a: int, b: int) -> int</c>, as the C floor's <c>add</c>.</summary>
[PyExport("pybind_bench_exports")]
public static class BenchExports
{
    public static long Add(long a, long b) => a + b;
}

/// <summary>A .NET object with an int property, as the floor's Python object has an int attribute.</summary>
public sealed class ValueHolder
{
    public long Value { get; set; } = 42;
}
