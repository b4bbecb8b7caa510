using System;
using System.IO;
using PyBind.Testing;
using Xunit;

namespace PyBind.Runtime.Tests.Hosting;

/// <summary>
/// Python as the host: a python program loads a .NET component through hostfxr (ctypes only) and calls it; the
/// component's generated bindings run in that same interpreter (found in the executable for Debian's statically linked
/// python3, in its libpython for a shared build), with no second libpython loaded.
/// </summary>
public class PythonHostTests
{
    private static readonly string Script = Path.Combine(
        AppContext.BaseDirectory.Replace("PyBind.Runtime.Tests", "PyBind.Runtime.HostedComponent", StringComparison.Ordinal),
        "host.py");

    [Fact]
    public void PythonProgram_CallsAComponent_WhoseBindingsUseTheSameInterpreter()
    {
        Assert.True(File.Exists(Script), $"The hosted component was not built next to {Script}.");
        // The interpreter under test (run.sh sets PYBIND_PYTHON); Debian's python3 otherwise.
        string python = Environment.GetEnvironmentVariable("PYBIND_PYTHON") ?? "/usr/bin/python3";
        ChildProcess.Result result = ChildProcess.Run(ChildProcess.Start(python, [Script]));
        Assert.True(result.ExitCode == 0, $"{python} {Script} exited with {result.ExitCode}. Output:\n{result.Output}\nErrors:\n{result.Errors}");

        string mean = result.Value("mean_python");
        Assert.Equal(mean, result.Value("mean_gil_released"));
        Assert.Equal(mean, result.Value("mean_gil_held"));
        Assert.Equal(mean, result.Value("mean_new_thread"));
        Assert.Equal("0", result.Value("install"));
        Assert.Equal("True", result.Value("describe_matches_python"));
        Assert.Equal("the Python already running in this process", result.Value("found_through"));
        Assert.Equal("True", result.Value("library_is_this_process"));
        // Debian's python3 has libpython linked in (none is mapped), a shared build maps its own: .NET adds none.
        Assert.Equal(result.Value("libpythons_before"), result.Value("libpythons_after"));
    }
}
