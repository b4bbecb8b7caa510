using System;
using System.Globalization;
using System.IO;

namespace PyBind.Gen.IntegrationTests.Infrastructure;

/// <summary>What a loop of calls left behind, on both sides: process memory, Python's allocator, and live instances.</summary>
public sealed record LeakReport(
    int Calls, TimeSpan Elapsed,
    long LiveBefore, long LiveAfter,
    long BlocksBefore, long BlocksAfter,
    long ResidentBefore, long ResidentPeak, long ResidentAfter)
{
    /// <summary>The most the process grew at any sample during the loop, in MB.</summary>
    public double PeakGrowthMB => (ResidentPeak - ResidentBefore) / (1024.0 * 1024.0);

    /// <summary>What the process kept after the loop and a full collection, in MB.</summary>
    public double GrowthAfterMB => (ResidentAfter - ResidentBefore) / (1024.0 * 1024.0);

    public long BlocksKept => BlocksAfter - BlocksBefore;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Calls:N0} calls in {Elapsed.TotalSeconds:F2} s; RSS peak +{PeakGrowthMB:F1} MB, after +{GrowthAfterMB:F1} MB; " +
        $"Python blocks kept {BlocksKept:N0}; live instances {LiveBefore} -> {LiveAfter}");
}

/// <summary>Runs a loop of calls and measures what it leaks (see <see cref="LeakReport"/>).</summary>
public static class MemoryProbe
{
    /// <summary>The bound the tests hold a million calls to: a real leak of a million objects is far past it.</summary>
    public const double MaxGrowthMB = 50;

    private const int WarmUpCalls = 20_000;
    private const int SampleEvery = 25_000;

    /// <summary>
    /// Warms up (caches, pools, JIT), settles, then makes <paramref name="calls"/> calls, sampling the resident size,
    /// and settles again: a full collection, the finalizers run, and one GIL acquisition that releases what they queued.
    /// </summary>
    public static LeakReport Measure(int calls, Action<int> call)
    {
        for (int i = 0; i < WarmUpCalls; i++)
            call(i);
        Settle();
        long liveBefore = Stress.Live();
        long blocksBefore = AllocatedBlocks();
        long before = ResidentBytes();
        long peak = before;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < calls; i++)
        {
            call(i);
            if (i % SampleEvery == 0)
                peak = Math.Max(peak, ResidentBytes());
        }
        clock.Stop();
        peak = Math.Max(peak, ResidentBytes());
        Settle();
        long liveAfter = Stress.Live();
        long blocksAfter = AllocatedBlocks();
        return new LeakReport(calls, clock.Elapsed, liveBefore, liveAfter, blocksBefore, blocksAfter, before, peak, ResidentBytes());
    }

    /// <summary>Collects, runs the finalizers, and takes the GIL once, which releases the references they queued.</summary>
    public static void Settle()
    {
        for (int i = 0; i < 2; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        GC.Collect();
        using (Python.AcquireGil())
        {
        }
        // Python's cyclic garbage (none is expected, but a leak through a cycle would hide here).
        Python.Run("import gc; gc.collect()");
    }

    /// <summary>The process's resident set, from /proc/self/statm (pages).</summary>
    public static long ResidentBytes()
    {
        string[] fields = File.ReadAllText("/proc/self/statm").Split(' ');
        return long.Parse(fields[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
    }

    /// <summary><c>sys.getallocatedblocks()</c>: the memory blocks Python's allocator holds.</summary>
    public static long AllocatedBlocks() => Python.Eval<long>("__import__('sys').getallocatedblocks()");
}
