using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using PyBind.Gen.IntegrationTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace PyBind.Gen.IntegrationTests;

/// <summary>
/// A million generated calls in a tight synchronous loop (pymport's known leak), each returning a fresh Python
/// object, passing a fresh delegate, or taking a buffer: disposed, and not disposed (left to the finalizers). Nothing
/// may stay behind on any side (see <see cref="MemoryReading"/>): <c>pybind_stress.Tracked</c> counts its live
/// instances in <c>__init__</c>/<c>__del__</c>, and the count returns to where it was once .NET has collected, run
/// the finalizers, and taken the GIL once; Python's allocator, the GC handles, the managed heap and the C heap keep far
/// less than one allocation per call. Each is a count of what is in use, not of what the process has mapped, so the
/// verdict is the same under any GC budget and any load.
/// </summary>
[Collection(SerialTestGroup.Name)]
public class LeakTests
{
    private const int Calls = 1_000_000;
    private const int CheckEvery = 10_007;

    private readonly ITestOutputHelper _output;

    public LeakTests(ITestOutputHelper output)
    {
        _output = output;
        FixtureModule.EnsureImportable();
    }

    [Fact]
    public void FreshWrappers_Disposed_AreFreedAsTheyGo()
    {
        LeakReport report = Measure(i =>
        {
            using Stress.Tracked tracked = Stress.Make(i);
            if (i % CheckEvery == 0)
                Assert.Equal(2L * i, tracked.Doubled());
        });

        AssertNothingLeaked(report);
    }

    [Fact]
    public void FreshWrappers_NotDisposed_AreFreedThroughTheFinalizers()
    {
        LeakReport report = Measure(i =>
        {
            Stress.Tracked tracked = Stress.Make(i);
            if (i % CheckEvery == 0)
                Assert.Equal(2L * i, tracked.Doubled());
        });

        AssertNothingLeaked(report);
    }

    [Fact]
    public void ConvertedStringResults_ReleaseThePythonObject()
    {
        string expected = Python.Eval<string>("__import__('pybind_stress').make_text(5)");
        Assert.Equal(expected, Stress.MakeText(5));

        LeakReport report = Measure(i =>
        {
            string text = Stress.MakeText(i);
            if (i % CheckEvery == 0)
                Assert.StartsWith($"text-{i}-yyy", text, StringComparison.Ordinal);
        });

        AssertNothingLeaked(report);
    }

    [Fact]
    public void LiveListViews_NotDisposed_AreFreedThroughTheFinalizers()
    {
        LeakReport report = Measure(i =>
        {
            IList<long> list = Stress.MakeList(i);
            if (i % CheckEvery == 0)
                Assert.Equal([i, i + 1L, i + 2L], list);
        });

        AssertNothingLeaked(report);
    }

    [Fact]
    public void CallbacksCreatedPerCall_AreFreedWhenPythonDropsThem()
    {
        var sampled = new List<WeakReference>();

        LeakReport report = Measure(i =>
        {
            // A new closure, so a new delegate and a new Python function, every call.
            Func<long, long> addI = x => x + i;
            Assert.Equal(2L * i, Stress.Apply(addI, i));
            if (i % 100_003 == 0)
                sampled.Add(new WeakReference(addI));
        });

        AssertNothingLeaked(report);
        MemoryProbe.Settle();
        // Python held each delegate through a GC handle; the handle is freed with the function, so .NET collects it.
        Assert.All(sampled, reference => Assert.False(reference.IsAlive));
    }

    [Fact]
    public void CallbacksReceivingWrappers_NotDisposed_FreeThePythonArguments()
    {
        LeakReport report = Measure(i =>
        {
            // Python makes a Tracked and passes it in: the callback gets a wrapper it never disposes.
            long result = Stress.ApplyTracked(tracked => tracked.Doubled() + 1, i);
            if (i % CheckEvery == 0)
                Assert.Equal(2L * i + 1, result);
        });

        AssertNothingLeaked(report);
    }

    [Fact]
    public void DelegatesOverPythonFunctions_NotDisposable_AreFreedThroughTheFinalizers()
    {
        LeakReport report = Measure(i =>
        {
            // A Python lambda (holding a Tracked) as a Func: nothing to dispose, so only the finalizer can free it.
            // (The generator binds a Callable result as PyObject; As<Func<…>> is the runtime's delegate over it.)
            Func<long, long> adder = Stress.MakeAdder(i).As<Func<long, long>>();
            if (i % CheckEvery == 0)
                Assert.Equal(i + 5L, adder(5));
        });

        AssertNothingLeaked(report);
    }

    [Fact]
    public void Buffers_AcquiredAndReleased_LeaveNothingBehind()
    {
        LeakReport report = Measure(i =>
        {
            using PyObject bytes = Stress.MakeBuffer(300 + i % 7);
            using PyBuffer view = bytes.GetBuffer(writable: true);
            ReadOnlySpan<byte> span = view.AsReadOnlySpan<byte>();
            if (i % CheckEvery == 0)
                Assert.Equal(Stress.Checksum(span.ToArray()), Sum(span));
        });

        AssertNothingLeaked(report);
    }

    [Fact]
    public void Buffers_NotDisposed_AreReleasedThroughTheFinalizers()
    {
        LeakReport report = Measure(i =>
        {
            PyObject bytes = Stress.MakeBuffer(300 + i % 7);
            PyBuffer view = bytes.GetBuffer();
            if (i % CheckEvery == 0)
                Assert.Equal(Python.Eval<long>($"sum(__import__('pybind_stress').make_buffer({300 + i % 7}))"), Sum(view.AsReadOnlySpan<byte>()));
        });

        AssertNothingLeaked(report);
        // A bytearray with a buffer exported cannot be resized: had a view stayed exported, this would fail.
        using PyObject probe = Stress.MakeBuffer(10);
        ExportAndDrop(probe);
        MemoryProbe.Settle();
        probe.CallMethod("extend", new byte[] { 1, 2, 3 }).Dispose();
        Assert.Equal(13L, probe.CallMethod("__len__").As<long>());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExportAndDrop(PyObject bytes) => _ = bytes.GetBuffer();

    [Fact]
    public void DotNetArraysPassedIn_AreCopiedAndReleased()
    {
        byte[] bytes = new byte[64];
        double[] values = new double[64];
        for (int i = 0; i < values.Length; i++)
            values[i] = i * 0.5;
        bytes.AsSpan().Fill(3);
        long bytesSum = Python.Eval<long>("sum(bytes([3]) * 64)");

        LeakReport report = Measure(i =>
        {
            Assert.Equal(bytesSum, Stress.Checksum(bytes));
            IList<double> scaled = Stress.Scaled(values, 2.0);
            if (i % CheckEvery == 0)
                Assert.Equal(Python.Eval<double>("[v * 0.5 * 2.0 for v in range(64)][63]"), scaled[63]);
        }, calls: Calls / 2);

        AssertNothingLeaked(report);
    }

    [NumpyFact]
    [Trait("Category", "Numpy")]
    public void NumpyArrays_ReadAsSpansAndMadeFromDotNetArrays_LeaveNothingBehind()
    {
        double[] values = { 1.5, 2.5, 3.5 };
        double expected = Python.Eval<double>("float(__import__('numpy').sum([1.5, 2.5, 3.5]))");

        LeakReport report = Measure(i =>
        {
            int n = 1 + i % 50;
            Np.Ndarray range = Np.Arange((long)n);
            long sum = 0;
            foreach (long v in range.AsReadOnlySpan<long>())
                sum += v;
            Assert.Equal(n * (n - 1L) / 2, sum);
            if (i % 2 == 0)
                range.Dispose();
            using PyObject total = Np.Sum(values);
            if (i % CheckEvery == 0)
                Assert.Equal(expected, total.As<double>());
        }, calls: Calls / 4);

        AssertNothingLeaked(report);
    }

    private LeakReport Measure(Action<int> call, int calls = Calls)
    {
        LeakReport report = MemoryProbe.Measure(calls, call);
        _output.WriteLine(report.ToString());
        return report;
    }

    private static void AssertNothingLeaked(LeakReport report)
    {
        Assert.True(report.LiveKept == 0, $"Python objects were not freed: {report}");
        // A few caches may fill (Python's free lists, the runtime's handles of a new thread), but not one per call.
        Assert.True(report.BlocksKept < report.Calls / 100, $"Python kept memory blocks: {report}");
        Assert.True(report.GcHandlesKept < report.Calls / 100, $"GC handles were not freed: {report}");
        Assert.True(report.ManagedBytesKept < MemoryProbe.MaxKeptManagedBytes, $"the managed heap kept objects: {report}");
        Assert.True(report.NativeBytesKept < MemoryProbe.MaxKeptNativeBytes, $"the C heap kept allocations: {report}");
    }

    private static long Sum(ReadOnlySpan<byte> span)
    {
        long sum = 0;
        foreach (byte b in span)
            sum += b;
        return sum;
    }
}
