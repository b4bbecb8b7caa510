using System;
using System.Linq;
using Xunit;

namespace PyBind.Runtime.Tests.Buffers;

/// <summary>The buffer protocol with the standard library's exporters (bytes, bytearray, array, memoryview); numpy has its own tests.</summary>
public class BufferTests
{
    [Fact]
    public void Bytes_IsAReadOnlyBufferOfUnsignedBytes()
    {
        using PyObject bytes = Python.Eval("b'hello'");
        using PyBuffer buffer = bytes.GetBuffer();
        Assert.Equal("B", buffer.Format);
        Assert.Equal(1, buffer.ItemSize);
        Assert.Equal(1, buffer.Rank);
        Assert.Equal(new nint[] { 5 }, buffer.Shape.ToArray());
        Assert.Equal(new nint[] { 1 }, buffer.Strides.ToArray());
        Assert.Equal(5, buffer.ByteLength);
        Assert.True(buffer.IsReadOnly);
        Assert.True(buffer.IsCContiguous && buffer.IsFContiguous);
        Assert.Equal("hello"u8.ToArray(), buffer.AsReadOnlySpan<byte>().ToArray());
        Assert.Throws<InvalidOperationException>(() => buffer.AsSpan<byte>());
        Assert.Throws<PyBufferError>(() => bytes.GetBuffer(writable: true));
    }

    [Fact]
    public void WritesThroughAWritableSpan_AreSeenByPython()
    {
        using var scope = Python.CreateScope();
        scope.Run("import array\nvalues = array.array('d', [1.0, 2.0, 3.0])\nraw = bytearray(b'abc')");
        using (PyBuffer buffer = scope.Get("values").GetBuffer(writable: true))
        {
            Span<double> span = buffer.AsSpan<double>();
            span[1] = 20.5;
        }
        scope.Get("raw").AsSpan<byte>()[0] = (byte)'X';
        Assert.Equal(new[] { 1.0, 20.5, 3.0 }, scope.Eval<double[]>("list(values)"));
        Assert.Equal("Xbc", scope.Eval<string>("raw.decode()"));
    }

    [Fact]
    public void FormatMismatch_IsAClearError()
    {
        using PyObject values = Python.Eval("__import__('array').array('i', [1, 2])");
        using PyBuffer buffer = values.GetBuffer();
        var error = Assert.Throws<PyConversionException>(() => buffer.AsReadOnlySpan<long>());
        Assert.Contains("format 'i' (int32)", error.Message);
        Assert.Contains("Int64 (int64)", error.Message);
        Assert.Throws<PyConversionException>(() => buffer.AsReadOnlySpan<float>());
        Assert.Throws<PyConversionException>(() => buffer.AsReadOnlySpan<uint>());
        Assert.Equal(new[] { 1, 2 }, buffer.AsReadOnlySpan<int>().ToArray());
        Assert.Throws<PyConversionException>(() => Python.Eval("42").GetBuffer());
    }

    [Fact]
    public void MultiDimensionalAndStridedViews_ReadTheRightElements()
    {
        using var scope = Python.CreateScope();
        scope.Run("m = memoryview(bytearray(b''.join(i.to_bytes(4, 'little', signed=True) for i in range(6)))).cast('i', [2, 3])\n" +
                  "every_other = memoryview(bytearray(range(10)))[::2]");
        using (PyBuffer matrix = scope.Get("m").GetBuffer())
        {
            Assert.Equal(new nint[] { 2, 3 }, matrix.Shape.ToArray());
            Assert.Equal(new nint[] { 12, 4 }, matrix.Strides.ToArray());
            ReadOnlyPySpan2D<int> view = matrix.AsReadOnlySpan2D<int>();
            Assert.Equal(5, view[1, 2]);
            Assert.Equal(new[] { 3, 4, 5 }, view.GetRow(1).ToArray());
            Assert.Throws<ArgumentOutOfRangeException>(() => matrix.AsReadOnlySpan2D<int>()[2, 0]);
#pragma warning disable SYSLIB5001 // TensorSpan is experimental in .NET 10
            var tensor = matrix.AsReadOnlyTensorSpan<int>();
            Assert.Equal(4, tensor[[1, 1]]);
#pragma warning restore SYSLIB5001
        }
        using PyBuffer strided = scope.Get("every_other").GetBuffer();
        Assert.False(strided.IsContiguous);
        Assert.Equal(new nint[] { 2 }, strided.Strides.ToArray());
        Assert.Throws<InvalidOperationException>(() => strided.AsReadOnlySpan<byte>());
        Assert.Equal(new byte[] { 0, 2, 4, 6, 8 }, strided.ToArray<byte>());
    }

    [Fact]
    public void UndisposedBuffer_IsReleasedAfterACollection()
    {
        using var scope = Python.CreateScope();
        scope.Run("raw = bytearray(4)");
        using PyObject raw = scope.Get("raw");
        OpenBufferAndDropIt(scope, raw);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        scope.Run("raw.append(1)");
        Assert.Equal(5, scope.Eval<long>("len(raw)"));
    }

    [Fact]
    public void ArraysFromDotNet_KeepTheirElementTypeAndShape()
    {
        using var scope = Python.CreateScope();
        scope.Set("matrix", PyArray.From(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }));
        scope.Set("cube", new int[,,] { { { 1, 2 }, { 3, 4 } } });
        scope.Set("flags", PyArray.From<bool>([true, false, true]));
        Assert.Equal(("d", "(2, 3)"), scope.Eval<(string, string)>("memoryview(matrix).format[-1:], str(memoryview(matrix).shape)"));
        Assert.Equal(6.0, scope.Eval<double>("memoryview(matrix).tolist()[1][2]"));
        Assert.Equal("(1, 2, 2)", scope.Eval<string>("str(memoryview(cube).shape)"));
        Assert.Equal(4L, scope.Eval<long>("memoryview(cube).tolist()[0][1][1]"));
        Assert.Equal("[True, False, True]", scope.Eval<string>("str(memoryview(flags).tolist())"));
        Assert.Throws<ArgumentException>(() => PyArray.From<int>([1, 2, 3], [2, 2]));
    }

    [Fact]
    public void LentMemory_IsSharedBothWays()
    {
        double[] data = [1, 2, 3, 4];
        using var scope = Python.CreateScope();
        scope.Set("lent", PyArray.Lend(data));
        scope.Run("view = memoryview(lent)\nview[2] = 30.0");
        Assert.Equal(30.0, data[2]);
        data[0] = -1;
        Assert.Equal(-1.0, scope.Eval<double>("memoryview(lent)[0]"));
        Assert.Equal(4L, scope.Eval<long>("len(memoryview(lent))"));

        using PyObject readOnly = PyArray.LendReadOnly<int>(new int[] { 7, 8 });
        scope.Set("frozen", readOnly);
        Assert.True(scope.Eval<bool>("memoryview(frozen).readonly"));
        Assert.ThrowsAny<PythonException>(() => scope.Run("memoryview(frozen)[0] = 1"));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void OpenBufferAndDropIt(PyScope scope, PyObject raw)
    {
        var buffer = raw.GetBuffer();
        // While a view is open, a bytearray refuses to resize (checked while the view is surely reachable).
        Assert.Throws<PyBufferError>(() => scope.Run("raw.append(1)"));
        GC.KeepAlive(buffer);
    }
}
