using System;
using System.Collections.Generic;
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
        Scenario result = Scenario.Run("pythonnet-first");
        // This call used to abort the process: "PyEval_SaveThread: the function must be called with the GIL held".
        Assert.Equal(Math.Sqrt(2.0).ToString("R", CultureInfo.InvariantCulture), result["sqrt"]);
        Assert.Equal("the Python already running in this process", result["found_through"]);
        Assert.Equal("15", result["pybind_sum_of_pythonnet_array"]);
        Assert.Equal("6", result["pythonnet_sum_of_pybind_array"]);
        Assert.Equal("4", result["sqrt_inside_pythonnet_gil"]);
        Assert.Equal("0", result["threads_wrong"]);
        Assert.Equal("3", result["sqrt_after_pythonnet_shutdown"]);
        Assert.Equal("1", result["libpythons"]);
    }

    [Fact]
    public void PythonnetStillHoldingTheGil_AGeneratedCallRunsInsideIt()
    {
        Scenario result = Scenario.Run("pythonnet-holding-the-gil");
        Assert.Equal(Math.Sqrt(2.0).ToString("R", CultureInfo.InvariantCulture), result["sqrt"]);
        Assert.Equal("still held", result["eval"]);
        Assert.Equal("4", result["other_thread"]);
    }

    [NumpyFact]
    public void BindingsFirst_PythonnetInitializesOnTheSameInterpreter_AndOutlivesPyBindsShutdown()
    {
        Scenario result = Scenario.Run("bindings-first");
        Assert.Equal(Math.Sqrt(2.0).ToString("R", CultureInfo.InvariantCulture), result["sqrt"]);
        Assert.Equal("15", result["pybind_sum_of_pythonnet_array"]);
        Assert.Equal("6", result["pythonnet_sum_of_pybind_array"]);
        Assert.Equal("4", result["sqrt_inside_pythonnet_gil"]);
        Assert.Equal("0", result["threads_wrong"]);
        Assert.Equal("5", result["pythonnet_after_pybind_shutdown"]);
        Assert.Contains("Python has been shut down", result["pybind_after_shutdown"]);
        Assert.Equal("1", result["libpythons"]);
    }

    [Fact]
    public void PythonnetFirst_PyBindsShutdownOnlyLetsGo()
    {
        Scenario result = Scenario.Run("pythonnet-first-bindings-shut-down");
        Assert.Equal(Math.Sqrt(2.0).ToString("R", CultureInfo.InvariantCulture), result["sqrt"]);
        Assert.Equal("5", result["pythonnet_after_pybind_shutdown"]);
    }

    [Fact]
    public void FinalizedByAnotherComponent_TheNextCallIsRefusedWithAClearMessage()
    {
        Scenario result = Scenario.Run("finalized-by-another-component");
        Assert.Equal("0", result["finalize_status"]);
        Assert.Contains("Python was finalized by another component of this process", result["after_finalize"]);
    }

    /// <summary>A finished run of a PyBind.Pythonnet.TestHost scenario that exited with 0: its "key=value" lines.</summary>
    private sealed class Scenario
    {
        private static readonly string HostPath = Path.Combine(
            AppContext.BaseDirectory.Replace("PyBind.Pythonnet.Tests", "PyBind.Pythonnet.TestHost", StringComparison.Ordinal),
            "PyBind.Pythonnet.TestHost.dll");

        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
        private readonly string _transcript;

        private Scenario(ChildProcess.Result result)
        {
            _transcript = $"Output:\n{result.Output}\nErrors:\n{result.Errors}";
            Assert.True(result.ExitCode == 0, $"The scenario exited with {result.ExitCode}. {_transcript}");
            foreach (string line in result.Output.Split('\n'))
            {
                int equals = line.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                    _values[line[..equals]] = line[(equals + 1)..].TrimEnd('\r');
            }
        }

        public string this[string key]
            => _values.TryGetValue(key, out string? value) ? value : throw new KeyNotFoundException($"The scenario printed no '{key}=' line. {_transcript}");

        public static Scenario Run(string name)
        {
            Assert.True(File.Exists(HostPath), $"The test host was not built at {HostPath}.");
            return new Scenario(ChildProcess.Run(ChildProcess.Start("dotnet", [HostPath, name]), timeoutSeconds: 180));
        }
    }
}
