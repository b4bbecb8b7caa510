using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using PyBind;

// Each scenario runs in a process of its own, because CPython starts once per process and never again.
// The tests in PyBind.Runtime.Tests start this program and check what it prints ("key=value" lines) and its exit code.
return args.Length == 1 && Scenarios.TryGetValue(args[0], out Func<int>? scenario)
    ? scenario()
    : Usage();

public partial class Program
{
    private static int Usage()
    {
        Console.Error.WriteLine($"usage: PyBind.Runtime.TestHost <{string.Join("|", Scenarios.Keys)}>");
        return 2;
    }

    private static void Report(string key, object? value) => Console.WriteLine($"{key}={value}");

    /// <summary>Reports whether Python counts as running and what a call answers now.</summary>
    private static void ReportAfterShutdown()
    {
        Report("initialized", Python.IsInitialized);
        try
        {
            Python.Eval<long>("1 + 1");
        }
        catch (InvalidOperationException e)
        {
            Report("after-shutdown", e.Message);
        }
    }

    private static readonly Dictionary<string, Func<int>> Scenarios = new()
    {
        // Python starts on first use, not before.
        ["lazy-start"] = () =>
        {
            Report("before", Python.IsInitialized);
            Report("answer", Python.Eval<long>("6 * 7"));
            Report("after", Python.IsInitialized);
            return 0;
        },

        // A program that never calls Shutdown ends, even with a Python thread that never does (it waits for an event
        // nothing sets).
        ["exit-without-shutdown"] = () =>
        {
            Python.Run("import threading\nthreading.Thread(target=threading.Event().wait).start()");
            Report("threads", Python.Eval<long>("__import__('threading').active_count()"));
            return 0;
        },

        // Shutdown is terminal: nothing works afterwards and Python cannot start again.
        ["shutdown"] = () =>
        {
            Report("answer", Python.Eval<long>("1 + 1"));
            Python.Shutdown();
            ReportAfterShutdown();
            return 0;
        },

        // A thread holding the GIL that calls Initialize while the main thread shuts Python down gets its answer: the
        // Shutdown refuses new work first and waits for the GIL without holding the lock Initialize takes. Nothing is
        // timed: the main thread shuts down once the other holds the GIL, which waits until the Shutdown has refused
        // new work (a Shutdown waiting for the GIL before that would never get there: the test would time out).
        ["shutdown-while-gil-held"] = () =>
        {
            Report("answer", Python.Eval<long>("1 + 1"));
            using var holding = new ManualResetEventSlim();
            string? refused = null;
            var holder = new Thread(() =>
            {
                using GilScope gil = Python.AcquireGil();
                holding.Set();
                SpinWait.SpinUntil(() => !Python.IsInitialized);
                try
                {
                    Python.Initialize(new PythonOptions());
                }
                catch (InvalidOperationException e)
                {
                    refused = e.Message;
                }
            });
            holder.Start();
            holding.Wait();
            Python.Shutdown();
            holder.Join();
            Report("refused", refused);
            ReportAfterShutdown();
            return 0;
        },

        // Options given after Python has started are refused, not silently ignored.
        ["options-after-start"] = () =>
        {
            Python.Eval<long>("1");
            try
            {
                Python.Initialize(new PythonOptions { PythonExecutable = "/usr/bin/python3" });
            }
            catch (InvalidOperationException e)
            {
                Report("refused", e.Message);
            }
            return 0;
        },

        // sys.executable, prefixes and site-packages are the chosen interpreter's (a venv's when VIRTUAL_ENV is set).
        ["interpreter-paths"] = () =>
        {
            PythonInfo info = Python.Info;
            Report("executable", info.Executable);
            Report("prefix", info.Prefix);
            Report("base_prefix", info.BasePrefix);
            Report("found_through", info.FoundThrough);
            Report("site_packages", Python.Eval<string>("[p for p in __import__('site').getsitepackages()][0]"));
            Report("version", info.Version);
            return 0;
        },

        // Process-wide output redirection given as an option.
        ["process-wide-output"] = () =>
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            Python.Initialize(new PythonOptions { StandardOutput = output, StandardError = errors });
            Python.Run("import sys\nprint('to stdout', 1)\nprint('to stderr', 2, file=sys.stderr)");
            Report("stdout", output.ToString().TrimEnd());
            Report("stderr", errors.ToString().TrimEnd());
            return 0;
        },

        // Options: extra directories in front of sys.path.
        ["search-paths"] = () =>
        {
            string directory = Path.Combine(Path.GetTempPath(), "pybind-search-" + Environment.ProcessId);
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "pybind_probe_module.py"), "VALUE = 'found me'\n");
            var options = new PythonOptions();
            options.SearchPaths.Add(directory);
            Python.Initialize(options);
            using PyObject module = Python.Import("pybind_probe_module");
            Report("value", module.GetAttr<string>("VALUE"));
            Report("first_path", Python.Eval<string>("__import__('sys').path[0]"));
            Directory.Delete(directory, recursive: true);
            return 0;
        },

        // The asyncio loop thread the runtime starts (once per process) does not keep the process alive, even with a
        // coroutine that never ends waiting on it; a coroutine awaited before that completes normally.
        ["async-exit"] = () =>
        {
            using PyScope scope = Python.CreateScope();
            scope.Run("import asyncio\nasync def answer():\n    await asyncio.sleep(0.01)\n    return 42\nasync def forever():\n    await asyncio.get_running_loop().create_future()");
            using PyObject answer = scope.Eval("answer()");
            Report("answer", answer.AsTask<long>().Result);
            using PyObject forever = scope.Eval("forever()");
            _ = forever.AsTask<object?>();
            Report("loop_threads", Python.Eval<long>("sum(t.name == 'pybind-asyncio' for t in __import__('threading').enumerate())"));
            return 0;
        },

        // Python.Interrupt from a .NET thread stops Python code running on the thread that initialized Python
        // (Python's own main thread), with signal handlers left to .NET.
        ["interrupt-main-thread"] = () =>
        {
            // Interrupt only once the loop runs (the loop says so through a .NET function): an interrupt sent before it
            // would find nothing to stop, and the loop would never end.
            using PyScope scope = Python.CreateScope();
            using var started = new System.Threading.ManualResetEventSlim();
            scope.Set("started", new Action(started.Set));
            var interrupter = new System.Threading.Thread(() =>
            {
                started.Wait();
                Python.Interrupt();
            });
            interrupter.Start();
            try
            {
                scope.Run("started()\nwhile True:\n    pass");
            }
            catch (PyKeyboardInterrupt e)
            {
                Report("interrupted", e.PythonTypeName);
            }
            interrupter.Join();
            Report("after", Python.Eval<long>("1 + 1"));
            return 0;
        },

        // No Python anywhere: the exception lists what was tried.
        ["not-found"] = () =>
        {
            try
            {
                Python.Initialize();
                Report("unexpected", "Python started");
                return 1;
            }
            catch (PythonNotFoundException e)
            {
                Console.WriteLine(e.Message);
                return 0;
            }
        },

        // A module registered before Python starts (as generated [PyExport] initializers do) is importable once it runs.
        ["module-before-start"] = () =>
        {
            Python.RegisterModule("early", new Dictionary<string, object?> { ["answer"] = 42L });
            Report("before", Python.IsInitialized);
            Report("answer", Python.Eval<long>("__import__('early').answer"));
            return 0;
        },

        ["install-packages"] = InstallPackages,
    };
}
