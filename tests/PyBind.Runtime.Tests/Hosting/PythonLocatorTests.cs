using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.Versioning;
using PyBind.Hosting;
using Xunit;

namespace PyBind.Runtime.Tests.Hosting;

public sealed class PythonLocatorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pybind-locator-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static Func<string, string?> Environment(Dictionary<string, string?> variables)
        => name => variables.TryGetValue(name, out string? value) ? value : null;

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void NothingFound_ListsEveryCandidateWithItsReason_AndHowToFix()
    {
        string brokenBin = Directory.CreateDirectory(Path.Combine(_root, "bin")).FullName;
        string fakePython = Path.Combine(brokenBin, "python3");
        File.WriteAllText(fakePython, "#!/bin/sh\necho broken interpreter >&2\nexit 3\n");
        File.SetUnixFileMode(fakePython, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string emptyVenv = Directory.CreateDirectory(Path.Combine(_root, "venv")).FullName;

        var error = Assert.Throws<PythonNotFoundException>(() => PythonLocator.Locate(null, Environment(new()
        {
            ["VIRTUAL_ENV"] = emptyVenv,
            ["PATH"] = brokenBin,
        })));

        string[] lines = error.Message.Split('\n');
        Assert.Equal("No usable Python was found. Tried, in order:", lines[0]);
        Assert.Contains($"VIRTUAL_ENV: {emptyVenv} — no python executable in its bin folder", lines[1]);
        Assert.Contains($"python3 on PATH: {fakePython} — it exited with code 3: broken interpreter", lines[2]);
        Assert.StartsWith("To fix it:", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void ExplicitInterpreterThatFails_IsNotReplacedByAnother()
    {
        var error = Assert.Throws<PythonNotFoundException>(() => PythonLocator.Locate(
            new PythonOptions { PythonExecutable = "/no/such/python3" },
            Environment(new() { ["PYBIND_PYTHON"] = ThisInterpreter(), ["PATH"] = "/usr/bin" })));
        Assert.Contains("PythonOptions.PythonExecutable: /no/such/python3 — the file does not exist", error.Message);
        Assert.DoesNotContain("PYBIND_PYTHON:", error.Message);
        Assert.DoesNotContain("on PATH", error.Message);

        var fromEnvironment = Assert.Throws<PythonNotFoundException>(() => PythonLocator.Locate(null, Environment(new()
        {
            ["PYBIND_PYTHON"] = "/no/such/python3",
            ["PATH"] = "/usr/bin",
        })));
        Assert.Contains("PYBIND_PYTHON: /no/such/python3 — the file does not exist", fromEnvironment.Message);
        Assert.DoesNotContain("on PATH", fromEnvironment.Message);
    }

    [Fact]
    public void EmptyEnvironment_SaysNothingWasThere()
    {
        var error = Assert.Throws<PythonNotFoundException>(() => PythonLocator.Locate(null, Environment(new())));
        Assert.Contains("python3 on PATH: not found in any of 0 PATH entries", error.Message);
    }

    [Fact]
    public void OptionsComeBeforeTheEnvironment()
    {
        string python = ThisInterpreter();
        PythonInstallation found = PythonLocator.Locate(new PythonOptions { PythonExecutable = python }, Environment(new()
        {
            ["PYBIND_PYTHON"] = "/no/such/python3",
        }));
        Assert.Equal("PythonOptions.PythonExecutable", found.FoundThrough);
        Assert.True(File.Exists(found.LibraryPath));
    }

    [Fact]
    public void LibraryPath_FindsItsInterpreter()
    {
        PythonInstallation viaExecutable = PythonLocator.Locate(new PythonOptions { PythonExecutable = ThisInterpreter() });
        PythonInstallation viaLibrary = PythonLocator.Locate(null, Environment(new() { ["PYBIND_PYTHON"] = viaExecutable.LibraryPath }));
        Assert.Equal(viaExecutable.Version, viaLibrary.Version);
        Assert.NotNull(viaLibrary.Executable);
    }

    [Fact]
    public void TooOldInterpreter_IsRejectedWithItsVersion()
    {
        string? old = Directory.Exists(PyenvRoot) ? Array.Find(Directory.GetDirectories(PyenvRoot), d => Path.GetFileName(d).StartsWith("3.8", StringComparison.Ordinal)) : null;
        if (old is null)
            return;  // no 3.8 on this machine: nothing to reject (the version check itself is covered by VersionFromLibraryName below)
        var error = Assert.Throws<PythonNotFoundException>(() => PythonLocator.Locate(null, Environment(new()
        {
            ["PYBIND_PYTHON"] = Path.Combine(old, "bin", "python3"),
        })));
        Assert.Contains("is too old (PyBind needs 3.9 or later)", error.Message);
    }

    [Theory]
    [InlineData("libpython3.11.so.1.0", "3.11")]
    [InlineData("libpython3.9.so", "3.9")]
    [InlineData("libpython3.13.dylib", "3.13")]
    [InlineData("python312.dll", "3.12")]
    [InlineData("libpython2.7.so", null)]
    [InlineData("libfoo.so", null)]
    public void VersionFromLibraryName_ReadsTheVersion(string fileName, string? expected)
        => Assert.Equal(expected, PythonLocator.VersionFromLibraryName(fileName)?.ToString());

    private static string PyenvRoot => Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".pyenv", "versions");

    /// <summary>The interpreter this test run uses (what the runtime found).</summary>
    private static string ThisInterpreter() => Python.Info.Executable!;
}
