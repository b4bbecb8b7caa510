using System;
using System.IO;
using PyBind.Introspection;
using PyBind.Introspection.Tests.Infrastructure;
using Xunit;

namespace PyBind.Introspection.Tests;

/// <summary>The pybind-introspect command line: options, files written, exit codes.</summary>
public sealed class ToolCommandTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "pybind-introspect-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public void Run_WritesOneStubPerModule_AndReportsFailuresWithExitCodeOne()
    {
        (int exitCode, string output, string errors) = Run("--python", TestPaths.Python, "-o", _output, "--path", TestPaths.Fixtures, "statistics", "plainmod", "no_such_module_here");

        Assert.Equal(Program.ExitCodes.SomeModulesFailed, exitCode);
        Assert.True(File.Exists(Path.Combine(_output, "statistics.pyi")));
        Assert.True(File.Exists(Path.Combine(_output, "plainmod.pyi")));
        Assert.False(File.Exists(Path.Combine(_output, "no_such_module_here.pyi")));
        Assert.Contains("error: no_such_module_here: not installed for this interpreter", errors);
        Assert.StartsWith("Python 3.", output);
        Assert.Contains("2 written (2 changed), 1 failed", output);
    }

    [Fact]
    public void RunAgain_WithNothingChanged_LeavesTheFilesUntouched()
    {
        Assert.Equal(Program.ExitCodes.Success, Run("--python", TestPaths.Python, "-o", _output, "math").ExitCode);
        string stub = Path.Combine(_output, "math.pyi");
        DateTime firstWrite = File.GetLastWriteTimeUtc(stub);

        (int exitCode, string output, _) = Run("--python", TestPaths.Python, "-o", _output, "math");

        Assert.Equal(Program.ExitCodes.Success, exitCode);
        Assert.Contains("unchanged " + stub, output);
        Assert.Equal(firstWrite, File.GetLastWriteTimeUtc(stub));
    }

    [Fact]
    public void ModulesFile_ListsModulesWithCommentsAndBlankLines()
    {
        Directory.CreateDirectory(_output);
        string list = Path.Combine(_output, "modules.txt");
        File.WriteAllText(list, "# standard library\nbisect\n\nheapq  # with a comment\n");

        (int exitCode, string output, _) = Run("--python", TestPaths.Python, "-o", _output, "--modules-file", list);

        Assert.Equal(Program.ExitCodes.Success, exitCode);
        Assert.Contains("2 written", output);
        Assert.True(File.Exists(Path.Combine(_output, "heapq.pyi")));
    }

    [Fact]
    public void AnotherInterpreter_InAProcessThatAlreadyRunsPython_IsRefusedWithExitCodeThree()
    {
        Normalizer.RunScript("result = None");  // the shared interpreter is up
        string other = System.IO.Path.Combine(TestPaths.Fixtures, "plainmod.py");  // exists, and is another file

        (int exitCode, _, string errors) = Run("--python", other, "-o", _output, "math");

        Assert.Equal(Program.ExitCodes.PythonUnavailable, exitCode);
        Assert.StartsWith($"error: Python could not be started: This process already runs Python from ", errors);
        Assert.Contains($"it cannot also load {other}", errors);
    }

    [Theory]
    [InlineData(new[] { "--frobnicate", "math" }, "error: Unknown option '--frobnicate'. Run with --help for the list of options.")]
    [InlineData(new[] { "--no-imports" }, "error: No module given. Name at least one module, e.g. 'pybind-introspect numpy statistics'.")]
    [InlineData(new[] { "math", "--typeshed" }, "error: Option '--typeshed' needs a value.")]
    [InlineData(new[] { "math", "--typeshed", "/no/such/typeshed" }, "error: Option '--typeshed': the folder '/no/such/typeshed' does not exist.")]
    [InlineData(new[] { "--python", "/no/such/python3", "math" }, "error: Option '--python': '/no/such/python3' does not exist.")]
    [InlineData(new[] { "--python", "no-such-python-anywhere", "math" }, "error: Option '--python': 'no-such-python-anywhere' is not on PATH; give its full path.")]
    public void BadCommandLine_IsAUsageErrorThatSaysWhatWasWrong(string[] arguments, string expected)
    {
        (int exitCode, _, string errors) = Run(arguments);

        Assert.Equal(Program.ExitCodes.UsageError, exitCode);
        Assert.StartsWith(expected, errors);
        Assert.Contains("Usage: pybind-introspect", errors);
    }

    private static (int ExitCode, string Output, string Errors) Run(params string[] arguments)
    {
        using StringWriter output = new();
        using StringWriter errors = new();
        int exitCode = Normalizer.RunTool(arguments, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }
}
