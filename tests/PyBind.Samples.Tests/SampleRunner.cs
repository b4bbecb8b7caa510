using System;
using System.Diagnostics;
using System.IO;
using PyBind.Testing;
using Xunit;

namespace PyBind.Samples.Tests;

/// <summary>Runs a built sample the way <c>dotnet run --project samples/&lt;Name&gt;</c> does, without rebuilding it.</summary>
internal static class SampleRunner
{
    private static readonly string Samples = FindSamplesFolder();

    public static string Run(string name, params string[] arguments)
    {
        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;  // bin/<Configuration>/net10.0
        string program = Path.Combine(Samples, name, "bin", configuration, "net10.0", name + ".dll");
        Assert.True(File.Exists(program), $"The sample {name} was not built at {program}.");
        ProcessStartInfo start = ChildProcess.Start("dotnet", [program, .. arguments]);
        // As a user's shell would be: no PYBIND_PYTHON, so the sample uses the interpreter its build recorded.
        start.Environment.Remove("PYBIND_PYTHON");
        ChildProcess.Result result = ChildProcess.Run(start);
        Assert.True(result.ExitCode == 0, $"{name} exited with {result.ExitCode}:\n{result.Output}\n{result.Errors}");
        return result.Output.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public static string SampleFolder(string name) => Path.Combine(Samples, name);

    private static string FindSamplesFolder()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "samples", "Quickstart")))
                return Path.Combine(folder.FullName, "samples");
        }
        throw new InvalidOperationException($"No samples/ folder above {AppContext.BaseDirectory}.");
    }
}
