using System;
using System.Globalization;
using System.IO;
using Xunit;

namespace PyBind.Pythonnet.Tests;

/// <summary>
/// pythonnet and generated bindings sharing one CPython, whichever starts it and whichever shuts down first. Each
/// scenario runs in a process of its own (CPython starts once per process).
/// </summary>
public class CoexistenceTests
{
    [NumpyFact]
    public void PythonnetFirst_GeneratedCallsUseItsInterpreter_OnEveryThread()
    {
        ChildProcess.Result result = Run("pythonnet-first");
        // The first generated call used to abort the process: "PyEval_SaveThread: the function must be called with the GIL held".
        AssertOneInterpreterShared(result);
        Assert.Equal("the Python already running in this process", result.Value("found_through"));
        Assert.Equal("3", result.Value("sqrt_after_pythonnet_shutdown"));
    }

    [Fact]
    public void PythonnetStillHoldingTheGil_AGeneratedCallRunsInsideIt()
    {
        ChildProcess.Result result = Run("pythonnet-holding-the-gil");
        Assert.Equal(Math.Sqrt(2.0).ToString("R", CultureInfo.InvariantCulture), result.Value("sqrt"));
        Assert.Equal("still held", result.Value("eval"));
        Assert.Equal("4", result.Value("other_thread"));
    }

    /// <summary>
    /// PyBind's first use on one thread while another holds the GIL (pythonnet's, as a Python thread calling .NET
    /// holds it) and calls PyBind too: the setup needs the GIL, so the waiting thread must give it up meanwhile.
    /// A deadlock fails the test when the process does not finish (HangGuard).
    /// </summary>
    [Fact]
    public void FirstUseRacingAThreadHoldingTheGil_BothCallsComplete()
    {
        ChildProcess.Result result = Run("first-use-while-this-thread-holds-the-gil");
        Assert.Equal("True", result.Value("setup_seen"));
        Assert.Equal("2", result.Value("other_thread"));
        Assert.Equal("3", result.Value("this_thread"));
    }

    [NumpyFact]
    public void BindingsFirst_PythonnetInitializesOnTheSameInterpreter_AndOutlivesPyBindsShutdown()
    {
        ChildProcess.Result result = Run("bindings-first");
        AssertOneInterpreterShared(result);
        Assert.Equal("5", result.Value("pythonnet_after_pybind_shutdown"));
        Assert.Contains("Python has been shut down", result.Value("pybind_after_shutdown"));
    }

    [Fact]
    public void PythonnetFirst_PyBindsShutdownOnlyLetsGo()
    {
        ChildProcess.Result result = Run("pythonnet-first-bindings-shut-down");
        Assert.Equal(Math.Sqrt(2.0).ToString("R", CultureInfo.InvariantCulture), result.Value("sqrt"));
        Assert.Equal("5", result.Value("pythonnet_after_pybind_shutdown"));
    }

    /// <summary>
    /// PyBind shuts down while one of its threads has the GIL given up inside a scope (AllowThreads): Python runs on for
    /// pythonnet, so the thread gives the GIL back when its scope ends (it used to keep it: pythonnet then waited forever).
    /// </summary>
    [Fact]
    public void BindingsShutDownWhileAThreadAllowsThreads_TheThreadStillGivesTheGilBack()
    {
        ChildProcess.Result result = Run("bindings-shut-down-while-a-thread-allows-threads");
        Assert.Equal("False", result.Value("gil_held_after_the_scope"));
        Assert.Equal("5", result.Value("pythonnet_after_pybind_shutdown"));
    }

    [Fact]
    public void FinalizedByAnotherComponent_TheNextCallIsRefusedWithAClearMessage()
    {
        ChildProcess.Result result = Run("finalized-by-another-component");
        Assert.Equal("0", result.Value("finalize_status"));
        Assert.Contains("Python was finalized by another component of this process", result.Value("after_finalize"));
    }

    /// <summary>
    /// What both orders report: the first generated call, numpy arrays made on one side summed on the other, a generated
    /// call inside pythonnet's GIL, threads mixing both without a wrong answer, and a single libpython in the process.
    /// </summary>
    private static void AssertOneInterpreterShared(ChildProcess.Result result)
    {
        Assert.Equal(Math.Sqrt(2.0).ToString("R", CultureInfo.InvariantCulture), result.Value("sqrt"));
        Assert.Equal("15", result.Value("pybind_sum_of_pythonnet_array"));   // numpy.arange(6.0).sum()
        Assert.Equal("6", result.Value("pythonnet_sum_of_pybind_array"));    // numpy.arange(4.0).sum()
        Assert.Equal("4", result.Value("sqrt_inside_pythonnet_gil"));
        Assert.Equal("0", result.Value("threads_wrong"));
        Assert.Equal("1", result.Value("libpythons"));
    }

    private static readonly string HostPath = Path.Combine(
        AppContext.BaseDirectory.Replace("PyBind.Pythonnet.Tests", "PyBind.Pythonnet.TestHost", StringComparison.Ordinal),
        "PyBind.Pythonnet.TestHost.dll");

    /// <summary>Runs a scenario of PyBind.Pythonnet.TestHost in a process of its own; it must exit with 0.</summary>
    private static ChildProcess.Result Run(string scenario)
    {
        Assert.True(File.Exists(HostPath), $"The test host was not built at {HostPath}.");
        ChildProcess.Result result = ChildProcess.Run(ChildProcess.Start("dotnet", [HostPath, scenario]));
        Assert.True(result.ExitCode == 0, $"The scenario exited with {result.ExitCode}. Output:\n{result.Output}\nErrors:\n{result.Errors}");
        return result;
    }
}
