using System;
using System.Diagnostics;
using System.Linq;
using System.Numerics;
using PyBind.Runtime.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

#pragma warning disable SYSLIB5001 // TensorSpan is experimental in .NET 10

namespace PyBind.Runtime.Tests.Buffers;

[Trait("Category", "Numpy")]
public class NumpyBufferTests
{
    [NumpyFact]
    public void DoubleMatrix_ToNdarray_ChangedInPython_ReadBackThroughASpan()
    {
        using var scope = Python.CreateScope();
        scope.Run("import numpy as np");
        scope.Set("a", PyArray.From(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }));
        Assert.Equal(("float64", "(2, 3)", "ndarray"), scope.Eval<(string, string, string)>("str(a.dtype), str(a.shape), type(a).__name__"));
        scope.Run("a *= 10\na[1, 2] = -1.5");
        using PyBuffer buffer = scope.Get("a").GetBuffer();
        Assert.Equal(new[] { 10.0, 20, 30, 40, 50, -1.5 }, buffer.AsReadOnlySpan<double>().ToArray());
        Assert.Equal(40.0, buffer.AsReadOnlySpan2D<double>()[1, 0]);
        Assert.Equal(-1.5, buffer.AsReadOnlyTensorSpan<double>()[[1, 2]]);
        Assert.Equal(new double[,] { { 10, 20, 30 }, { 40, 50, -1.5 } }, scope.Get("a").As<double[,]>());
    }

    [NumpyFact]
    public void DtypeMismatch_IsAClearError()
    {
        using PyObject ints = Python.Eval("__import__('numpy').arange(4, dtype='int32')");
        var error = Assert.Throws<PyConversionException>(() => ints.AsReadOnlySpan<long>());
        Assert.Contains("int32", error.Message);
        Assert.Throws<PyConversionException>(() => ints.AsReadOnlySpan<float>());
        Assert.Equal(new[] { 0, 1, 2, 3 }, ints.AsReadOnlySpan<int>().ToArray());
        using PyObject bigEndian = Python.Eval("__import__('numpy').arange(3, dtype='>f8')");
        Assert.Throws<PyConversionException>(() => bigEndian.AsReadOnlySpan<double>());
    }

    [NumpyFact]
    public void EveryElementType_RoundTripsWithItsDtype()
    {
        Check<bool>([true, false], "bool");
        Check<sbyte>([-1, 2], "int8");
        Check<byte>([1, 255], "uint8");
        Check<short>([-300, 2], "int16");
        Check<ushort>([65535, 2], "uint16");
        Check<int>([-70000, 2], "int32");
        Check<uint>([4_000_000_000, 2], "uint32");
        Check<long>([-5_000_000_000, 2], "int64");
        Check<ulong>([ulong.MaxValue, 2], "uint64");
        Check<Half>([(Half)1.5, (Half)(-2)], "float16");
        Check<float>([1.25f, -2], "float32");
        Check<double>([1e300, -2], "float64");
        Check<Complex>([new Complex(1, 2), new Complex(-3, 0.5)], "complex128");

        static void Check<T>(T[] values, string dtype) where T : unmanaged
        {
            using PyObject array = PyArray.From<T>(values);
            Assert.Equal(dtype, array.GetAttr("dtype").ToString());
            Assert.Equal(values, array.AsReadOnlySpan<T>().ToArray());
            using (Python.AcquireGil())
                Assert.Equal(values, PyConverters.NdArray<T>().FromPython(array.DangerousGetHandle()));
        }
    }

    [NumpyFact]
    public void Contiguity_IsWhatPythonsMemoryviewReports()
    {
        using var scope = Python.CreateScope();
        scope.Run("import numpy as np\nm = np.arange(24, dtype=np.float64).reshape(2, 3, 4)");
        string[] views = ["m", "m.T", "m[:, :1, :]", "m[:1, :1, :]", "m[:, :, ::2]", "m[::-1]", "m[:0]", "m[0, 0]", "np.float64(1.0)", "m.transpose(1, 0, 2)"];
        foreach (string view in views)
        {
            using PyBuffer buffer = scope.Eval(view).GetBuffer();
            (bool c, bool f) = scope.Eval<(bool, bool)>($"memoryview({view}).c_contiguous, memoryview({view}).f_contiguous");

            Assert.True((c, f) == (buffer.IsCContiguous, buffer.IsFContiguous), $"{view}: Python says C={c} F={f}, the buffer C={buffer.IsCContiguous} F={buffer.IsFContiguous}");
        }
    }

    [NumpyFact]
    public void NonContiguousViews_HaveStridedAccessors()
    {
        using var scope = Python.CreateScope();
        scope.Run("import numpy as np\nm = np.arange(12, dtype=np.float64).reshape(3, 4)\nt = m.T\nr = m[::-1, ::2]");
        using PyBuffer transposed = scope.Get("t").GetBuffer();
        Assert.True(transposed.IsFContiguous && !transposed.IsCContiguous);
        Assert.Equal(new nint[] { 8, 32 }, transposed.Strides.ToArray());
        Assert.Equal(scope.Eval<double>("float(t[3, 1])"), transposed.AsReadOnlyTensorSpan<double>()[[3, 1]]);
        Assert.Equal(scope.Eval<double[]>("t.flatten().tolist()"), transposed.ToArray<double>());
        // Contiguous, but column-major: a flat span would list the elements out of order, so it is refused.
        var flat = Assert.Throws<InvalidOperationException>(() => transposed.AsReadOnlySpan<double>());
        Assert.Contains("Fortran (column-major) order", flat.Message);

        using PyBuffer reversed = scope.Get("r").GetBuffer();
        Assert.Equal(new nint[] { -32, 16 }, reversed.Strides.ToArray());
        Assert.Throws<InvalidOperationException>(() => reversed.AsReadOnlyTensorSpan<double>());
        Assert.Throws<InvalidOperationException>(() => reversed.AsReadOnlySpan<double>());
        Assert.Equal(scope.Eval<double>("float(r[0, 1])"), reversed.AsReadOnlySpan2D<double>()[0, 1]);
        Assert.Equal(scope.Eval<double[,]>("r.copy()"), scope.Get("r").As<double[,]>());
    }

    [NumpyFact]
    public void ReadOnlyArray_RefusesWritableViews()
    {
        using PyObject array = Python.Eval("(lambda a: (a.setflags(write=False), a)[1])(__import__('numpy').zeros(3))");
        Assert.Throws<InvalidOperationException>(() => array.AsSpan<double>());
        Assert.Throws<PyValueError>(() => array.GetBuffer(writable: true));
        Assert.Equal(3, array.AsReadOnlySpan<double>().Length);
    }

    [NumpyFact]
    public void LentArray_IsAnNdarrayOverDotNetMemory()
    {
        float[,] data = { { 1, 2 }, { 3, 4 } };
        using var scope = Python.CreateScope();
        scope.Set("a", PyArray.Lend(data));
        Assert.Equal(("float32", "(2, 2)"), scope.Eval<(string, string)>("str(a.dtype), str(a.shape)"));
        scope.Run("a[1, 0] = 30\na += 1");
        Assert.Equal(new float[,] { { 2, 3 }, { 31, 5 } }, data);
        data[0, 0] = 100;
        Assert.Equal(100.0, scope.Eval<double>("float(a[0, 0])"));
    }
}

/// <summary>A measurement: alone, so that other tests do not blur it.</summary>
[Trait("Category", "Numpy")]
[Collection(SerialTestGroup.Name)]
public class NumpyBufferMeasurementTests(ITestOutputHelper output)
{
    [NumpyFact]
    public void MillionElements_OneCopyIn_ZeroCopiesOut()
    {
        double[] data = Enumerable.Range(0, 1_000_000).Select(i => i * 0.5).ToArray();
        using (PyArray.From<double>(data)) { } // warm-up: numpy import and JIT
        var clock = Stopwatch.StartNew();
        using PyObject array = PyArray.From<double>(data);
        clock.Stop();
        output.WriteLine($"copy-in of 1,000,000 doubles: {clock.Elapsed.TotalMilliseconds:F3} ms");

        using var scope = Python.CreateScope();
        scope.Set("a", array);
        Assert.Equal(data.Sum(), scope.Eval<double>("float(a.sum())"));
        nint pythonAddress = (nint)scope.Eval<long>("a.ctypes.data");
        using PyBuffer buffer = array.GetBuffer(writable: true);
        Span<double> span = buffer.AsSpan<double>();
        Assert.Equal(1_000_000, span.Length);
        unsafe
        {
            fixed (double* first = span)
                Assert.Equal(pythonAddress, (nint)first);
        }
        span[999_999] = -7;
        Assert.Equal(-7.0, scope.Eval<double>("float(a[-1])"));
    }

}
