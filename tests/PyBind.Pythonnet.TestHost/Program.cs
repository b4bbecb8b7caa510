using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using PyBind;
using PyBind.Pythonnet.TestHost;
using Python.Runtime;

// Each scenario runs in a process of its own, because CPython starts once per process and never again. The tests in
// PyBind.Pythonnet.Tests start this program and check what it prints ("key=value" lines) and its exit code.
return args.Length == 1 && Scenarios.TryGetValue(args[0], out Func<int>? scenario)
    ? scenario()
    : Usage();

public partial class Program
{
    private static int Usage()
    {
        Console.Error.WriteLine($"usage: PyBind.Pythonnet.TestHost <{string.Join("|", Scenarios.Keys)}>");
        return 2;
    }

    private static void Report(string key, object? value) => Console.WriteLine(FormattableString.Invariant($"{key}={value}"));

    private static readonly Dictionary<string, Func<int>> Scenarios = new()
    {
        // pythonnet starts Python and gives the GIL up, as its documentation says; generated bindings then use that
        // interpreter, on the thread that started it, inside pythonnet's GIL, and on other threads.
        ["pythonnet-first"] = () =>
        {
            Runtime.PythonDLL = CPython.Locate().LibraryPath;
            PythonEngine.Initialize();
            nint allowed = PythonEngine.BeginAllowThreads();
            Report("sqrt", PyMath.Sqrt(2.0));
            Report("found_through", CPython.Info.FoundThrough);
            ShareBothWays();
            MixOnThreads();
            PythonEngine.EndAllowThreads(allowed);
            PythonEngine.Shutdown();
            Report("sqrt_after_pythonnet_shutdown", PyMath.Sqrt(9.0));
            Report("libpythons", LoadedLibpythons());
            return 0;
        },

        // pythonnet started Python and still holds the GIL on this thread (no BeginAllowThreads): a generated call
        // here runs inside it, and releasing is left to pythonnet.
        ["pythonnet-holding-the-gil"] = () =>
        {
            Runtime.PythonDLL = CPython.Locate().LibraryPath;
            PythonEngine.Initialize();
            Report("sqrt", PyMath.Sqrt(2.0));
            using (PyBind.PyObject value = CPython.Eval("'still' + ' held'"))
                Report("eval", value);
            nint allowed = PythonEngine.BeginAllowThreads();
            Report("other_thread", OnOtherThread(() => PyMath.Sqrt(16.0)));
            PythonEngine.EndAllowThreads(allowed);
            // pythonnet's own rule: a program whose main thread holds the GIL shuts pythonnet down before it ends.
            PythonEngine.Shutdown();
            return 0;
        },

        // PyBind's first use races a thread holding the GIL: another thread attaches and sets the runtime up (which
        // needs the GIL) while this one holds pythonnet's GIL and calls PyBind too, as a Python thread calling into
        // .NET would. Waiting for the setup holding the GIL would wait forever; both calls must complete.
        ["first-use-while-this-thread-holds-the-gil"] = () =>
        {
            Runtime.PythonDLL = CPython.Locate().LibraryPath;
            PythonEngine.Initialize();
            nint allowed = PythonEngine.BeginAllowThreads();
            Thread first;
            using (Py.GIL())
            {
                first = new Thread(() => Report("other_thread", PyMath.Sqrt(4.0)));
                first.Start();
                // The setup cannot end while this thread holds the GIL, so once it has begun it is still running.
                Report("setup_seen", SpinWait.SpinUntil(IsSettingUpOrReady, TimeSpan.FromMinutes(5)));
                Report("this_thread", PyMath.Sqrt(9.0));
            }
            first.Join();
            PythonEngine.EndAllowThreads(allowed);
            PythonEngine.Shutdown();
            return 0;
        },

        // Generated bindings start Python; pythonnet then initializes on the same interpreter (its libpython is the
        // one the runtime loaded) and both keep working; PyBind's shutdown leaves pythonnet's interpreter running.
        ["bindings-first"] = () =>
        {
            Report("sqrt", PyMath.Sqrt(2.0));
            Runtime.PythonDLL = CPython.Info.LibraryPath;
            PythonEngine.Initialize();
            nint allowed = PythonEngine.BeginAllowThreads();
            ShareBothWays();
            MixOnThreads();
            CPython.Shutdown();
            using (Py.GIL())
            {
                dynamic math = Py.Import("math");
                Report("pythonnet_after_pybind_shutdown", (double)math.sqrt(25.0));
            }
            Report("pybind_after_shutdown", Refusal(() => PyMath.Sqrt(4.0)));
            PythonEngine.EndAllowThreads(allowed);
            PythonEngine.Shutdown();
            Report("libpythons", LoadedLibpythons());
            return 0;
        },

        // pythonnet first; PyBind, which only attached, lets go at its shutdown without finalizing pythonnet's Python.
        ["pythonnet-first-bindings-shut-down"] = () =>
        {
            Runtime.PythonDLL = CPython.Locate().LibraryPath;
            PythonEngine.Initialize();
            nint allowed = PythonEngine.BeginAllowThreads();
            Report("sqrt", PyMath.Sqrt(2.0));
            CPython.Shutdown();
            return PythonnetAfterPyBindsShutdown(allowed);
        },

        // PyBind shuts down while one of its threads has the GIL given up (AllowThreads) inside a scope: pythonnet's
        // Python runs on, so the thread must give the GIL back when its scope ends, or pythonnet waits for it forever.
        ["bindings-shut-down-while-a-thread-allows-threads"] = () =>
        {
            string library = CPython.Locate().LibraryPath;
            Runtime.PythonDLL = library;
            PythonEngine.Initialize();
            nint allowed = PythonEngine.BeginAllowThreads();
            using var allowing = new ManualResetEventSlim();
            using var shutDown = new ManualResetEventSlim();
            bool heldAfterTheScope = false;
            var thread = new Thread(() =>
            {
                using (CPython.AcquireGil())
                {
                    using (CPython.AllowThreads())
                    {
                        allowing.Set();
                        shutDown.Wait();
                    }
                }
                heldAfterTheScope = HoldsGil(library);
            });
            thread.Start();
            allowing.Wait();
            CPython.Shutdown();
            shutDown.Set();
            thread.Join();
            Report("gil_held_after_the_scope", heldAfterTheScope);
            return PythonnetAfterPyBindsShutdown(allowed);
        },

        // Another component of the process finalizes Python (as a python3 hosting .NET does when it exits): the next
        // generated call is refused with a clear exception instead of touching a finalized interpreter.
        ["finalized-by-another-component"] = () =>
        {
            Report("sqrt", PyMath.Sqrt(2.0));
            FinalizeThroughTheCApi(CPython.Info.LibraryPath);
            Report("after_finalize", Refusal(() => PyMath.Sqrt(4.0)));
            return 0;
        },
    };

    /// <summary>Objects made on one side are the same objects on the other: one interpreter, numpy included.</summary>
    private static void ShareBothWays()
    {
        using (Py.GIL())
        {
            dynamic main = Py.Import("__main__");
            dynamic np = Py.Import("numpy");
            main.from_pythonnet = np.arange(6.0);
        }
        using (Np.Ndarray fromPythonnet = CPython.MainScope.Get<Np.Ndarray>("from_pythonnet"))
        using (PyBind.PyObject sum = Np.Sum(fromPythonnet))
            Report("pybind_sum_of_pythonnet_array", sum.As<double>());

        using (Np.Ndarray fromBindings = Np.Arange(4.0))
            CPython.MainScope.Set("from_bindings", fromBindings);
        using (Py.GIL())
        {
            dynamic main = Py.Import("__main__");
            Report("pythonnet_sum_of_pybind_array", (double)main.from_bindings.sum());
            // A generated call while pythonnet holds the GIL on this thread.
            Report("sqrt_inside_pythonnet_gil", PyMath.Sqrt(16.0));
        }
    }

    /// <summary>Threads that alternate between the two, each checking its answers; prints how many were wrong.</summary>
    private static void MixOnThreads()
    {
        const int Threads = 4, Rounds = 500;
        int wrong = 0;
        Thread[] threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            for (int i = 0; i < Rounds; i++)
            {
                double x = t * Rounds + i;
                if (PyMath.Sqrt(x * x) != x)
                    Interlocked.Increment(ref wrong);
                using (Py.GIL())
                {
                    dynamic math = Py.Import("math");
                    if ((double)math.sqrt(x * x) != x || PyMath.Sqrt(x * x) != x)
                        Interlocked.Increment(ref wrong);
                }
            }
        })).ToArray();
        foreach (Thread thread in threads)
            thread.Start();
        foreach (Thread thread in threads)
            thread.Join();
        Report("threads_wrong", wrong);
    }

    /// <summary>Whether PyBind has begun using Python (its setup started): the runtime's internal state, read by reflection.</summary>
    private static bool IsSettingUpOrReady()
        => (bool)typeof(CPython).Assembly.GetType("PyBind.Hosting.PythonEngine", throwOnError: true)!
            .GetProperty("IsReady", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;

    private static T OnOtherThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }

    /// <summary>The message of the <see cref="InvalidOperationException"/> <paramref name="call"/> throws.</summary>
    private static string Refusal(Action call)
    {
        try
        {
            call();
            return "not refused";
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }

    /// <summary>The distinct libpython files mapped into this process.</summary>
    private static int LoadedLibpythons()
        => File.ReadLines("/proc/self/maps")
            .Select(line => line.IndexOf('/', StringComparison.Ordinal) is var start and >= 0 ? line[start..] : "")
            .Where(path => Path.GetFileName(path).StartsWith("libpython", StringComparison.Ordinal))
            .Select(path => File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path)
            .Distinct(StringComparer.Ordinal)
            .Count();

    /// <summary>pythonnet computes on its Python after PyBind's shutdown, then shuts down itself.</summary>
    private static int PythonnetAfterPyBindsShutdown(nint allowed)
    {
        using (Py.GIL())
        {
            dynamic math = Py.Import("math");
            Report("pythonnet_after_pybind_shutdown", (double)math.sqrt(25.0));
        }
        PythonEngine.EndAllowThreads(allowed);
        PythonEngine.Shutdown();
        return 0;
    }

    /// <summary>Whether this thread holds the GIL, asked of the C API (<c>PyGILState_Check</c>), with no runtime in between.</summary>
    private static unsafe bool HoldsGil(string library)
    {
        var check = (delegate* unmanaged<int>)NativeLibrary.GetExport(NativeLibrary.Load(library), "PyGILState_Check");
        return check() != 0;
    }

    /// <summary>What an embedder that finalizes does: <c>PyGILState_Ensure(); Py_FinalizeEx();</c>, straight through the C API.</summary>
    private static unsafe void FinalizeThroughTheCApi(string library)
    {
        nint handle = NativeLibrary.Load(library);
        var ensure = (delegate* unmanaged<int>)NativeLibrary.GetExport(handle, "PyGILState_Ensure");
        var finalize = (delegate* unmanaged<int>)NativeLibrary.GetExport(handle, "Py_FinalizeEx");
        _ = ensure();
        Report("finalize_status", finalize());
    }
}

namespace PyBind.Pythonnet.TestHost
{
    [PyImport("math")] public static partial class PyMath;

    [PyImport("numpy")] public static partial class Np;
}
