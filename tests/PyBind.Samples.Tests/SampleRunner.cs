using System;
using System.Diagnostics;
using System.IO;
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
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(program);
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        // As a user's shell would be: no PYBIND_PYTHON, so the sample uses the interpreter its build recorded.
        start.Environment.Remove("PYBIND_PYTHON");
        using Process process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        bool exited = process.WaitForExit(120_000);
        if (!exited)
            process.Kill(entireProcessTree: true);
        Assert.True(exited, $"{name} did not finish within 2 minutes.");
        Assert.True(process.ExitCode == 0, $"{name} exited with {process.ExitCode}:\n{output.Result}\n{errors.Result}");
        return output.Result.Replace("\r\n", "\n", StringComparison.Ordinal);
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
