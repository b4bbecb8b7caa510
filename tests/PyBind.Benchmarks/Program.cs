using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using PyBind.Benchmarks;
using PythonnetComparison;

// dotnet run -c Release --project tests/PyBind.Benchmarks -- --filter '*'   (run-benchmarks.sh adds the C floor and the table)
// dotnet run -c Release --project tests/PyBind.Benchmarks -- --quick [name...]: fastest of 15 rounds per benchmark,
// which a busy machine disturbs far less than a mean (the C floor reports the same statistic): for working on speed.
// PYBIND_QUICK_ROUNDS=N runs more rounds (to profile one benchmark with perf). PYBIND_QUICK_CLOCK=cpu times rounds by
// the thread's CPU time instead of the wall clock: time spent descheduled by other load is not counted (for comparing
// two builds on a shared machine; the table's figures are wall-clock, like the C floor's).
// --smoke: each benchmark once, no timing (what CI runs: the benchmarks still build and work). Both run PyBind's and
// pythonnet's benchmarks (names are prefixed "pybind " and "pythonnet ").
if (args.Length > 0 && args[0] is "--quick" or "--smoke")
{
    QuickRun(args[1..], smoke: args[0] == "--smoke");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(CallBenchmarks).Assembly).Run(args);

static void QuickRun(string[] names, bool smoke)
{
    // PyBind's first, then pythonnet's: in one process pythonnet attaches to the Python PyBind started.
    var pyBind = new CallBenchmarks();
    pyBind.Setup();
    var pythonCalling = new PythonCallingBenchmarks();
    pythonCalling.Setup();
    var pythonnet = new PythonnetBenchmarks();
    pythonnet.Setup();
    foreach ((string framework, object target) in new (string, object)[] { ("pybind", pyBind), ("pybind", pythonCalling), ("pythonnet", pythonnet) })
    {
        foreach (MethodInfo method in target.GetType().GetMethods())
        {
            if (method.GetCustomAttribute<BenchmarkAttribute>() is not { } attribute)
                continue;
            string name = $"{framework} {attribute.Description ?? method.Name}";
            if (names.Length > 0 && !names.Any(n => name.Contains(n, StringComparison.OrdinalIgnoreCase)))
                continue;
            Action run = Invoker(method, target);
            if (smoke)
            {
                run();
                Console.WriteLine($"{name,-42} ran");
                continue;
            }
            // Calibrate to ~10 ms a round, then keep the fastest round.
            int invocations = 1;
            for (double elapsed = 0; elapsed < 10_000_000; invocations *= 2)
            {
                double start = Now();
                for (int i = 0; i < invocations; i++)
                    run();
                elapsed = Now() - start;
            }
            double best = double.MaxValue;
            long allocated = 0;
            int rounds = int.TryParse(Environment.GetEnvironmentVariable("PYBIND_QUICK_ROUNDS"), out int r) ? r : 15;
            // As many rounds untimed first: tiered compilation swaps the first, unoptimized code for optimized code
            // in the background, which a busy machine delays past a short calibration; the rounds time the latter.
            for (int round = 0; round < rounds * invocations; round++)
                run();
            for (int round = 0; round < rounds; round++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                double start = Now();
                for (int i = 0; i < invocations; i++)
                    run();
                best = Math.Min(best, (Now() - start) / invocations / attribute.OperationsPerInvoke);
                allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / invocations / attribute.OperationsPerInvoke;
            }
            Console.WriteLine($"{name,-42} {best,12:F1} ns  {allocated,8} B");
        }
    }
    pythonnet.Cleanup();
    pythonCalling.Cleanup();
    pyBind.Cleanup();
}

/// <summary>Nanoseconds: wall clock, or this thread's CPU time with PYBIND_QUICK_CLOCK=cpu.</summary>
static double Now() => CpuClock.Enabled ? CpuClock.ThreadNanoseconds() : Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency);

static Action Invoker(MethodInfo method, object target)
{
    if (method.ReturnType == typeof(long))
        return method.CreateDelegate<Func<long>>(target) is var f ? () => GC.KeepAlive(f()) : null!;
    if (method.ReturnType == typeof(double))
        return method.CreateDelegate<Func<double>>(target) is var g ? () => GC.KeepAlive(g()) : null!;
    if (method.ReturnType == typeof(int))
        return method.CreateDelegate<Func<int>>(target) is var h ? () => GC.KeepAlive(h()) : null!;
    return method.CreateDelegate<Action>(target);
}

internal static unsafe partial class CpuClock
{
    private const int ClockThreadCpuTime = 3;

    internal static readonly bool Enabled = Environment.GetEnvironmentVariable("PYBIND_QUICK_CLOCK") == "cpu";

    internal static double ThreadNanoseconds()
    {
        long* time = stackalloc long[2];
        _ = ClockGetTime(ClockThreadCpuTime, time);
        return time[0] * 1e9 + time[1];
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, long* time);
}
