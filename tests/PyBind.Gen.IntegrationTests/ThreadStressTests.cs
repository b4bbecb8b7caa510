using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PyBind.Gen.IntegrationTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace PyBind.Gen.IntegrationTests;

/// <summary>
/// Many .NET threads calling generated bindings at once: plain calls, fresh objects, Python exceptions raised and
/// caught, callbacks that call back into Python, GIL scopes held across calls, and threads that end while holding
/// Python objects their finalizers release later. No deadlock, no crash, and every result is Python's.
/// </summary>
[Collection(SerialTestGroup.Name)]
public class ThreadStressTests
{
    private const int Threads = 8;
    private const int CallsPerThread = 100_000;
    private const int Kinds = 6;

    private readonly ITestOutputHelper _output;

    public ThreadStressTests(ITestOutputHelper output)
    {
        _output = output;
        FixtureModule.EnsureImportable();
    }

    [Fact]
    public void EightThreads_MixedCallsExceptionsCallbacksAndScopes_GiveCorrectResultsWithoutDeadlock()
    {
        MemoryProbe.Settle();
        long liveBefore = Stress.Live();
        var failures = new ConcurrentQueue<string>();
        // Per thread and kind of operation: how many ran, and the sum of what they returned (checked against Python below).
        long[,] counts = new long[Threads, Kinds];
        long[,] sums = new long[Threads, Kinds];

        var clock = System.Diagnostics.Stopwatch.StartNew();
        RunThreads(Threads, t => Work(t, counts, sums, failures));
        clock.Stop();

        Assert.True(failures.IsEmpty, $"{failures.Count} wrong results, first: {failures.FirstOrDefault()}");
        for (int t = 0; t < Threads; t++)
        {
            for (int kind = 0; kind < Kinds; kind++)
                Assert.Equal(Expected(t, kind), (counts[t, kind], sums[t, kind]));
        }
        // Each thread ended holding Tracked objects it never disposed: the finalizers release them.
        MemoryProbe.Settle();
        Assert.Equal(liveBefore, Stress.Live());
        _output.WriteLine($"{Threads} threads x {CallsPerThread:N0} mixed calls in {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void ThreadsThatEndHoldingPythonObjects_TheObjectsAreFreedLater_AndPythonKeepsWorking()
    {
        MemoryProbe.Settle();
        long liveBefore = Stress.Live();
        const int Generations = 8, PerGeneration = 16, Objects = 500;
        var sampled = new ConcurrentBag<WeakReference>();

        for (int generation = 0; generation < Generations; generation++)
        {
            RunThreads(PerGeneration, t =>
            {
                // Held until the thread ends: wrappers, a live list, a delegate over a Python function, a buffer view.
                var held = new List<object>();
                for (int i = 0; i < Objects; i++)
                {
                    held.Add(Stress.Make(i));
                    held.Add(Stress.MakeList(i));
                }
                PyObject bytes = Stress.MakeBuffer(64);
                held.Add(bytes.GetBuffer());
                held.Add(Stress.MakeAdder(t).As<Func<long, long>>());
                // Python's threading.local data of this thread, freed when its thread state is cleared.
                Python.Run("import threading\n_local = globals().setdefault('_local', threading.local())\n_local.tracked = __import__('pybind_stress').Tracked(1)");
                sampled.Add(new WeakReference(held));
            });
        }

        MemoryProbe.Settle();
        MemoryProbe.Settle();
        Assert.All(sampled, reference => Assert.False(reference.IsAlive));
        Assert.Equal(liveBefore, Stress.Live());
        Assert.Equal(Python.Eval<long>("40 + 2"), Stress.Add(40, 2));
    }

    /// <summary>One thread's share: the operations cycle through <see cref="Kinds"/> kinds.</summary>
    private static void Work(int t, long[,] counts, long[,] sums, ConcurrentQueue<string> failures)
    {
        var held = new List<Stress.Tracked>();
        for (int i = 0; i < CallsPerThread; i++)
        {
            long v = (long)t * CallsPerThread + i;
            int kind = i % Kinds;
            long result;
            switch (kind)
            {
                case 0:
                    result = Stress.Add(v, t);
                    Check(result == v + t, failures, t, i, $"add({v}, {t}) = {result}");
                    break;
                case 1:
                    using (Stress.Tracked tracked = Stress.Make(v))
                    {
                        result = tracked.Doubled();
                        Check(result == 2 * v && tracked.Value == v, failures, t, i, $"Tracked({v}).doubled() = {result}");
                    }
                    break;
                case 2:
                    // Every other one raises ValueError in Python; caught here as PyValueError.
                    long limit = v + (i / Kinds % 2);
                    try
                    {
                        result = Stress.CheckBelow(v, limit);
                        Check(result == v && v < limit, failures, t, i, $"check_below({v}, {limit}) = {result}");
                    }
                    catch (PyValueError e)
                    {
                        result = -1;
                        Check(v >= limit && e.PythonMessage == $"{v} is not below {limit}", failures, t, i, $"check_below({v}, {limit}) raised {e.Message}");
                    }
                    break;
                case 3:
                    // Python calls the C# delegate, which calls Python again (from inside Python's call).
                    result = Stress.Apply(x => Stress.Add(x, 1), v);
                    Check(result == v + 1, failures, t, i, $"apply(add 1, {v}) = {result}");
                    break;
                case 4:
                    // One GIL scope held across several calls, a callback among them.
                    using (Python.AcquireGil())
                    {
                        long doubled = Stress.Apply(x => 2 * x, v);
                        string text = Stress.MakeText(v);
                        result = Stress.Add(doubled, text.Length);
                        Check(doubled == 2 * v && text.StartsWith($"text-{v}-y", StringComparison.Ordinal), failures, t, i, $"scope: {doubled}, {text[..20]}");
                    }
                    break;
                default:
                    // Objects never disposed: some dropped at once, some held until the thread ends.
                    Stress.Tracked kept = Stress.Make(v);
                    result = kept.Value;
                    if (i % 100 == Kinds - 1)
                        held.Add(kept);
                    break;
            }
            counts[t, kind]++;
            sums[t, kind] += result;
        }
        GC.KeepAlive(held);
    }

    /// <summary>What Python computes for one thread's operations of one kind: how many, and the sum of the results.</summary>
    private static (long Count, long Sum) Expected(int t, int kind)
    {
        string result = kind switch
        {
            0 => "v + t",
            1 => "2 * v",
            2 => "v if v < v + (i // kinds % 2) else -1",
            3 => "v + 1",
            4 => "2 * v + len(stress.make_text(v))",
            _ => "stress.Tracked(v).value",
        };
        using PyScope scope = Python.CreateScope();
        scope.Run($"""
            import pybind_stress as stress
            t, kinds, calls = {t}, {Kinds}, {CallsPerThread}
            results = [{result} for i in range({kind}, calls, kinds) for v in [t * calls + i]]
            """);
        return (scope.Eval<long>("len(results)"), scope.Eval<long>("sum(results)"));
    }

    private static void Check(bool condition, ConcurrentQueue<string> failures, int thread, int index, string what)
    {
        if (!condition)
            failures.Enqueue($"thread {thread}, call {index}: {what}");
    }

    /// <summary>Runs <paramref name="count"/> new threads (which end, unlike pool threads) and waits for them all.</summary>
    private static void RunThreads(int count, Action<int> body)
    {
        var errors = new ConcurrentQueue<Exception>();
        Thread[] threads = Enumerable.Range(0, count).Select(t => new Thread(() =>
        {
            try
            {
                body(t);
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        }) { IsBackground = true }).ToArray();
        foreach (Thread thread in threads)
            thread.Start();
        foreach (Thread thread in threads)
            Assert.True(thread.Join(HangGuard.Limit), "a thread did not finish: deadlock?");
        Assert.True(errors.IsEmpty, $"a thread failed: {errors.FirstOrDefault()}");
    }
}
