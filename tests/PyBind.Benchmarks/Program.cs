using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using PyBind.Benchmarks;

// dotnet run -c Release --project tests/PyBind.Benchmarks -- --filter '*'   (run-benchmarks.sh adds the C floor and the table)
// dotnet run -c Release --project tests/PyBind.Benchmarks -- --quick [name...]: fastest of 15 rounds per benchmark,
// which a busy machine disturbs far less than a mean (the C floor reports the same statistic): for working on speed.
// PYBIND_QUICK_ROUNDS=N runs more rounds (to profile one benchmark with perf).
// --smoke: each benchmark once, no timing (what CI runs: the benchmarks still build and work).
if (args.Length > 0 && args[0] is "--quick" or "--smoke")
{
    QuickRun(args[1..], smoke: args[0] == "--smoke");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(CallBenchmarks).Assembly).Run(args);

static void QuickRun(string[] names, bool smoke)
{
    foreach (Type type in typeof(CallBenchmarks).Assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkAttribute)))))
        QuickRunClass(type, names, smoke);
}

static void QuickRunClass(Type type, string[] names, bool smoke)
{
    object benchmarks = Activator.CreateInstance(type)!;
    Run<GlobalSetupAttribute>(benchmarks);
    foreach (MethodInfo method in type.GetMethods())
    {
        if (method.GetCustomAttribute<BenchmarkAttribute>() is not { } attribute)
            continue;
        string name = attribute.Description ?? method.Name;
        if (names.Length > 0 && !names.Any(n => name.Contains(n, StringComparison.OrdinalIgnoreCase)))
            continue;
        Action run = Invoker(method, benchmarks);
        if (smoke)
        {
            run();
            Console.WriteLine($"{name,-32} ran");
            continue;
        }
        // Calibrate to ~10 ms a round, then keep the fastest round.
        int invocations = 1;
        for (var watch = Stopwatch.StartNew(); watch.Elapsed.TotalMilliseconds < 10; invocations *= 2)
        {
            watch.Restart();
            for (int i = 0; i < invocations; i++)
                run();
        }
        double best = double.MaxValue;
        long allocated = 0;
        int rounds = int.TryParse(Environment.GetEnvironmentVariable("PYBIND_QUICK_ROUNDS"), out int r) ? r : 15;
        for (int round = 0; round < rounds; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < invocations; i++)
                run();
            best = Math.Min(best, watch.Elapsed.TotalNanoseconds / invocations / attribute.OperationsPerInvoke);
            allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / invocations / attribute.OperationsPerInvoke;
        }
        Console.WriteLine($"{name,-32} {best,12:F1} ns  {allocated,8} B");
    }
    Run<GlobalCleanupAttribute>(benchmarks);
}

// The [GlobalSetup] or [GlobalCleanup] method of a benchmark class.
static void Run<TAttribute>(object benchmarks) where TAttribute : Attribute
    => benchmarks.GetType().GetMethods().SingleOrDefault(m => m.IsDefined(typeof(TAttribute)))?.Invoke(benchmarks, null);

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
