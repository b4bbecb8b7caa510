using System;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Threading;

namespace PyBind.Gen.IntegrationTests.Infrastructure;

/// <summary>
/// What the process holds on every side a call touches, read once everything freeable has been freed: live
/// <c>pybind_stress.Tracked</c> instances, Python's allocator blocks (objects and their buffers), GC handles (a
/// callback's Python function holds its delegate through one), the managed heap after a full compacting collection,
/// and the bytes allocated from the C heap (where the runtime's <c>Py_buffer</c> views live). Each counts what is in
/// use, so none depends on how much memory the collector chooses to keep, unlike the resident size.
/// </summary>
public readonly record struct MemoryReading(long LiveInstances, long PythonBlocks, long GcHandles, long ManagedBytes, long NativeBytes);

/// <summary>What a loop of calls left behind: the readings before and after it.</summary>
public sealed record LeakReport(int Calls, TimeSpan Elapsed, MemoryReading Before, MemoryReading After)
{
    public long LiveKept => After.LiveInstances - Before.LiveInstances;

    public long BlocksKept => After.PythonBlocks - Before.PythonBlocks;

    public long GcHandlesKept => After.GcHandles - Before.GcHandles;

    public long ManagedBytesKept => After.ManagedBytes - Before.ManagedBytes;

    public long NativeBytesKept => After.NativeBytes - Before.NativeBytes;

    // Elapsed is for the reader only: no verdict depends on it.
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Calls:N0} calls in {Elapsed.TotalSeconds:F2} s; kept: live instances {Before.LiveInstances} -> {After.LiveInstances}, " +
        $"Python blocks {BlocksKept:+#,0;-#,0;0}, GC handles {GcHandlesKept:+#,0;-#,0;0}, " +
        $"managed heap {ManagedBytesKept / 1024.0:+#,0.0;-#,0.0;0} KiB, C heap {NativeBytesKept / 1024.0:+#,0.0;-#,0.0;0} KiB");
}

/// <summary>Runs a loop of calls and measures what it leaks (see <see cref="MemoryReading"/>).</summary>
public static class MemoryProbe
{
    /// <summary>
    /// Every this many calls the loop takes a young-generation collection and waits for the finalizers. What a correct
    /// build holds at any moment — wrappers waiting for their finalizers, the runtime's queue of releases, whose
    /// segments never shrink — is then bounded by this many calls' worth, whatever the collector's budget
    /// (DOTNET_GCgen0size) or the machine's load; the warm-up grows those structures to that size.
    /// </summary>
    public const int CheckpointEvery = 10_000;

    /// <summary>
    /// The most managed memory a correct build may keep after a loop: the structures above, bounded by
    /// <see cref="CheckpointEvery"/> calls (≤ 512 KiB; 280 KiB seen). The smallest leak, one .NET object (24 bytes)
    /// per call, keeps at least 6 MiB over the <see cref="MinCalls"/> a loop makes.
    /// </summary>
    public const long MaxKeptManagedBytes = 2 * 1024 * 1024;

    /// <summary>
    /// The most the C heap may differ by after a loop of a correct build: caches whose size does not grow with the
    /// loop move it — the JIT's (tiering compiles hot methods meanwhile), CPython's free lists, numpy's data cache,
    /// the collector's list of finalizable objects (bounded by <see cref="CheckpointEvery"/>) — by up to ±9 MiB
    /// here. A leak of the runtime's own C allocations is far past it: one <c>Py_buffer</c> per call keeps 96 MiB
    /// over a million calls.
    /// </summary>
    public const long MaxKeptNativeBytes = 32 * 1024 * 1024;

    /// <summary>The fewest calls a measured loop makes (see <see cref="MaxKeptManagedBytes"/>).</summary>
    public const int MinCalls = 250_000;

    private const int WarmUpCalls = 3 * CheckpointEvery;

    private static readonly Lazy<GcHandleCounter> s_gcHandles = new(() => new GcHandleCounter());

    /// <summary>
    /// Warms up (caches, pools, JIT, the structures <see cref="CheckpointEvery"/> bounds), reads, makes
    /// <paramref name="calls"/> calls, and reads again.
    /// </summary>
    public static LeakReport Measure(int calls, Action<int> call)
    {
        if (calls < MinCalls)
            throw new ArgumentOutOfRangeException(nameof(calls), calls, $"A loop of fewer than {MinCalls:N0} calls can hide a leak inside {nameof(MaxKeptManagedBytes)}.");
        Loop(WarmUpCalls, call);
        MemoryReading before = Read();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Loop(calls, call);
        clock.Stop();
        return new LeakReport(calls, clock.Elapsed, before, Read());
    }

    /// <summary>
    /// Collects, runs the finalizers, and takes the GIL, which releases the references they queued; then lets Python
    /// collect its cyclic garbage (none is expected, but a leak through a cycle would hide there). Twice: what
    /// Python's collection frees can free .NET objects (a callback's GC handle), whose finalizers release Python ones.
    /// </summary>
    public static void Settle()
    {
        for (int i = 0; i < 2; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using (Python.AcquireGil())
            {
            }
            Python.Run("import gc; gc.collect()");
        }
    }

    /// <summary>Settles (<see cref="Settle"/>), then reads every side, the managed heap after a full compacting collection.</summary>
    public static MemoryReading Read()
    {
        Settle();
        long live = Stress.Live();
        long blocks = AllocatedBlocks();
        long handles = s_gcHandles.Value.CountAfterACollection();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        long managed = GC.GetTotalMemory(forceFullCollection: false);
        return new MemoryReading(live, blocks, handles, managed, NativeHeap.BytesInUse());
    }

    /// <summary><c>sys.getallocatedblocks()</c>: the memory blocks Python's allocator holds.</summary>
    public static long AllocatedBlocks() => Python.Eval<long>("__import__('sys').getallocatedblocks()");

    private static void Loop(int calls, Action<int> call)
    {
        for (int i = 0; i < calls; i++)
        {
            call(i);
            if ((i + 1) % CheckpointEvery == 0)
            {
                GC.Collect(0, GCCollectionMode.Forced, blocking: true);
                GC.WaitForPendingFinalizers();
            }
        }
    }

    /// <summary>
    /// The number of GC handles in use, which the runtime reports after each collection (the <c>GCHandleCount</c> of
    /// its GCHeapStats event; no API gives it). A callback's Python function holds its delegate through one.
    /// </summary>
    private sealed class GcHandleCounter : EventListener
    {
        private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        private const int GCStartEventId = 1;
        private const int GCHeapStatsEventId = 4;

        // The report follows its collection by milliseconds; one that never comes is asked for again after this.
        private static readonly TimeSpan AskAgainAfter = TimeSpan.FromSeconds(1);

        // Initialized before the base constructor, which may already call OnEventSourceCreated.
        private readonly object _gate = new();
        private long _latestStart = -1;
        private long _statsOfCollection = -1;
        private long _handles;

        /// <summary>Collects fully, then waits for the runtime's report of that collection (or a later one) and returns its count.</summary>
        public long CountAfterACollection()
        {
            for (var waited = System.Diagnostics.Stopwatch.StartNew(); waited.Elapsed < HangGuard.Limit;)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                long collection = GC.CollectionCount(0);
                lock (_gate)
                {
                    // Every report pulses; one that never comes (the listener's session was still starting) is asked
                    // for again with another collection.
                    while (_statsOfCollection < collection && Monitor.Wait(_gate, AskAgainAfter))
                    {
                    }
                    if (_statsOfCollection >= collection)
                        return _handles;
                }
            }
            throw new TimeoutException($"The runtime reported no GCHeapStats event within {HangGuard.Limit}: hung?");
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == RuntimeSource)
                EnableEvents(eventSource, EventLevel.Informational, GcKeyword);
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventId is not (GCStartEventId or GCHeapStatsEventId) || eventData.Payload is null)
                return;
            lock (_gate)
            {
                // A collection's events come in order from the thread that runs it: its start, then its statistics.
                if (eventData.EventId == GCStartEventId)
                {
                    _latestStart = Convert.ToInt64(eventData.Payload[eventData.PayloadNames!.IndexOf("Count")], CultureInfo.InvariantCulture);
                    return;
                }
                _handles = Convert.ToInt64(eventData.Payload[eventData.PayloadNames!.IndexOf("GCHandleCount")], CultureInfo.InvariantCulture);
                _statsOfCollection = _latestStart;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>glibc's count of the bytes allocated from the C heap and not freed (<c>mallinfo2</c>).</summary>
    private static class NativeHeap
    {
        public static long BytesInUse()
        {
            MallocInfo info = MallInfo2();
            return (long)(info.AllocatedBytes + info.MappedBytes);
        }

        [DllImport("libc.so.6", EntryPoint = "mallinfo2")]
        private static extern MallocInfo MallInfo2();

        // struct mallinfo2: ten size_t fields; only the two counts of bytes in use are read.
        [StructLayout(LayoutKind.Sequential)]
        private readonly struct MallocInfo
        {
            public readonly nuint Arena;
            public readonly nuint OrdinaryBlocks;
            public readonly nuint SmallBlocks;
            public readonly nuint MappedBlocks;
            public readonly nuint MappedBytes;
            public readonly nuint MaxAllocated;
            public readonly nuint FastBinBytes;
            public readonly nuint AllocatedBytes;
            public readonly nuint FreeBytes;
            public readonly nuint Releasable;
        }
    }
}
