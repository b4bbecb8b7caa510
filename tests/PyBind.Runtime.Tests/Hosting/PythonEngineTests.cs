using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using PyBind.Runtime.Tests.Infrastructure;
using Xunit;

namespace PyBind.Runtime.Tests.Hosting;

/// <summary>What happens once per process (start, shutdown, exit) runs in a child process each time.</summary>
public class PythonEngineTests
{
    [Fact]
    public void Python_StartsOnFirstUse()
    {
        ChildProcess.Result result = TestHost.Run("lazy-start");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("False", result.Value("before"));
        Assert.Equal("42", result.Value("answer"));
        Assert.Equal("True", result.Value("after"));
    }

    [Fact]
    public void ProgramWithoutShutdown_Exits_EvenWithAPythonThreadRunning()
    {
        ChildProcess.Result result = TestHost.Run("exit-without-shutdown");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2", result.Value("threads"));
    }

    [Fact]
    public void AsyncioLoopThread_DoesNotKeepTheProcessAlive()
    {
        ChildProcess.Result result = TestHost.Run("async-exit");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("42", result.Value("answer"));
        Assert.Equal("1", result.Value("loop_threads"));
    }

    [Fact]
    public void Interrupt_StopsCodeOnPythonsMainThread()
    {
        ChildProcess.Result result = TestHost.Run("interrupt-main-thread");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("KeyboardInterrupt", result.Value("interrupted"));
        Assert.Equal("2", result.Value("after"));
    }

    [Fact]
    public void Shutdown_IsTerminal()
    {
        ChildProcess.Result result = TestHost.Run("shutdown");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2", result.Value("answer"));
        Assert.Equal("False", result.Value("initialized"));
        Assert.Contains("cannot be initialized again", result.Value("after-shutdown"));
    }

    [Fact]
    public void InitializeHoldingTheGil_IsAnsweredWhileShutdownWaitsForTheGil()
    {
        ChildProcess.Result result = TestHost.Run("shutdown-while-gil-held");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2", result.Value("answer"));
        Assert.Contains("Python has been shut down", result.Value("refused"));
        Assert.Equal("False", result.Value("initialized"));
        Assert.Contains("cannot be initialized again", result.Value("after-shutdown"));
    }

    [Fact]
    public void OptionsAfterStart_AreRefused()
    {
        ChildProcess.Result result = TestHost.Run("options-after-start");
        Assert.Contains("Python is already initialized", result.Value("refused"));
    }

    [Fact]
    public void ProcessWideOutput_GoesToTheWriters()
    {
        ChildProcess.Result result = TestHost.Run("process-wide-output");
        Assert.Equal("to stdout 1", result.Value("stdout"));
        Assert.Equal("to stderr 2", result.Value("stderr"));
    }

    [Fact]
    public void SearchPaths_ComeFirstOnSysPath()
    {
        ChildProcess.Result result = TestHost.Run("search-paths");
        Assert.Equal("found me", result.Value("value"));
        Assert.Contains("pybind-search-", result.Value("first_path"));
    }

    [Fact]
    public void NoPythonAnywhere_TheMessageListsWhatWasTried()
    {
        ChildProcess.Result result = TestHost.Run("not-found", new Dictionary<string, string?>
        {
            ["PYBIND_PYTHON"] = null,
            ["VIRTUAL_ENV"] = null,
            ["CONDA_PREFIX"] = null,
            ["PATH"] = "/nonexistent-pybind-dir",
            ["DOTNET_ROOT"] = Path.GetDirectoryName(Environment.ProcessPath),
        });
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No usable Python was found. Tried, in order:", result.Output);
        Assert.Contains("python3 on PATH: not found in any of 1 PATH entries", result.Output);
        Assert.Contains("set PYBIND_PYTHON", result.Output);
    }

    [Fact]
    public void VirtualEnvironment_GivesTheVenvsPrefixAndSitePackages()
    {
        string basePython = Python.Info.Executable!;
        string venv = Path.Combine(Path.GetTempPath(), "pybind-venv-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (Process create = Process.Start(basePython, new[] { "-m", "venv", "--without-pip", venv }))
            {
                create.WaitForExit();
                Assert.Equal(0, create.ExitCode);
            }
            ChildProcess.Result result = TestHost.Run("interpreter-paths", new Dictionary<string, string?>
            {
                ["PYBIND_PYTHON"] = null,
                ["VIRTUAL_ENV"] = venv,
            });
            Assert.Equal(0, result.ExitCode);
            Assert.Equal("VIRTUAL_ENV", result.Value("found_through"));
            Assert.Equal(venv, result.Value("prefix"));
            Assert.Equal(Python.Info.BasePrefix, result.Value("base_prefix"));
            Assert.StartsWith(venv, result.Value("executable"), StringComparison.Ordinal);
            Assert.StartsWith(venv, result.Value("site_packages"), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(venv))
                Directory.Delete(venv, recursive: true);
        }
    }
}
