using System;
using System.Runtime.InteropServices;
using System.Threading;
using PyBind;

namespace PyBind.Runtime.HostedComponent;

/// <summary>
/// Entry points a Python program calls through hostfxr and ctypes (host.py). Each returns 0, or -1 after writing the
/// exception to stderr (an exception must not cross into native code).
/// </summary>
public static unsafe class Entry
{
    /// <summary>The mean of <paramref name="count"/> doubles, through the generated binding of <c>statistics.mean</c>.</summary>
    [UnmanagedCallersOnly]
    public static int Mean(double* values, int count, double* result)
        => Guard(() => *result = Stats.Mean(new ReadOnlySpan<double>(values, count).ToArray()));

    /// <summary>The same, computed on a .NET thread of its own (a thread Python has never seen).</summary>
    [UnmanagedCallersOnly]
    public static int MeanOnNewThread(double* values, int count, double* result)
    {
        double[] copy = new ReadOnlySpan<double>(values, count).ToArray();
        return Guard(() =>
        {
            double mean = 0;
            var thread = new Thread(() => mean = Stats.Mean(copy));
            thread.Start();
            thread.Join();
            *result = mean;
        });
    }

    /// <summary>
    /// Makes a module <c>dotnet_component</c> importable, whose functions are .NET code calling back into Python through
    /// generated bindings while Python calls them.
    /// </summary>
    [UnmanagedCallersOnly]
    public static int Install() => Guard(() =>
    {
        using PyObject types = CPython.Import("types");
        using PyObject module = types.CallMethod("ModuleType", "dotnet_component");
        using (PyObject describe = CPython.Function((double[] values) => (Stats.Mean(values), PyMath.Sqrt(Stats.Median(values))), "describe"))
            module.SetAttr("describe", describe);
        using (PyObject interpreter = CPython.Function(() => $"{CPython.Info.FoundThrough}|{CPython.Info.LibraryPath}", "interpreter"))
            module.SetAttr("interpreter", interpreter);
        using PyObject sys = CPython.Import("sys");
        using PyObject modules = sys.GetAttr("modules");
        modules.SetItem("dotnet_component", module);
    });

    private static int Guard(Action work)
    {
        try
        {
            work();
            return 0;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine(e);
            return -1;
        }
    }
}

[PyImport("statistics")] internal static partial class Stats;
[PyImport("math")] internal static partial class PyMath;
