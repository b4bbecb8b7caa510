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

    /// <summary>
    /// Publishes a sample as native code (<c>dotnet publish -c Release -r linux-x64</c>, its project sets PublishAot) into
    /// a new folder and runs the native program there: no .NET runtime involved.
    /// </summary>
    public static string PublishAotAndRun(string name)
    {
        string output = Directory.CreateTempSubdirectory("pybind-aot-").FullName;
        try
        {
            ChildProcess.Result publish;
            using (ReleaseBuildLock.Acquire(Path.GetDirectoryName(Samples)!))
            {
                publish = ChildProcess.Run(
                    ChildProcess.Start("dotnet", ["publish", Path.Combine(Samples, name, name + ".csproj"), "-c", "Release", "-r", "linux-x64", "-o", output, "--nologo"]),
                    timeoutSeconds: 1800);
            }

            Assert.True(publish.ExitCode == 0, $"publishing {name} with native AOT failed:\n{publish.Output}\n{publish.Errors}");
            ProcessStartInfo start = ChildProcess.Start(Path.Combine(output, name), []);
            start.Environment.Remove("PYBIND_PYTHON");
            ChildProcess.Result result = ChildProcess.Run(start);
            Assert.True(result.ExitCode == 0, $"the native {name} exited with {result.ExitCode}:\n{result.Output}\n{result.Errors}");
            return result.Output.Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
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
