using System;
using System.Diagnostics;
using System.IO;
using PyBind.Introspection;
using PyBind.Introspection.Tests.Infrastructure;
using PyBind.Testing;
using Xunit;

namespace PyBind.Introspection.Tests;

/// <summary>
/// <c>pybind-introspect build</c>, as the MSBuild targets run it: a project folder with C# sources and .py files, a
/// stubs folder, a state file. Each run is a child process, as in a build.
/// </summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("pybind-build-").FullName;

    // Python imports sitecustomize at startup: this one leaves a marker, proving whether a run started Python. The
    // marker goes to a folder of its own: the folder on sys.path is watched by the state, so writing there would
    // itself count as a change.
    private readonly string _markerFolder = Directory.CreateTempSubdirectory("pybind-build-marker-").FullName;
    private readonly string _sitecustomizeFolder = Directory.CreateTempSubdirectory("pybind-build-site-").FullName;

    public BuildCommandTests()
    {
        File.WriteAllText(Path.Combine(_sitecustomizeFolder, "sitecustomize.py"),
            $"open({PythonString(Path.Combine(_markerFolder, "started"))}, 'a').write('x')\n");
    }

    private string Stubs => Path.Combine(_project, "pybind-stubs");

    private string Marker => Path.Combine(_markerFolder, "started");

    public void Dispose()
    {
        Directory.Delete(_project, recursive: true);
        Directory.Delete(_markerFolder, recursive: true);
        Directory.Delete(_sitecustomizeFolder, recursive: true);
    }

    [Fact]
    public void FirstRun_WritesTheStubsOfTheModulesTheSourcesBind()
    {
        WriteSource("Program.cs", "[PyImport(\"difflib\")] static partial class Difflib;\n[PyBind.PyImportAttribute( \"textwrap\" )] static partial class Text;");

        (int exitCode, string output, string errors) = Build();

        Assert.True(exitCode == 0, output + errors);
        Assert.True(File.Exists(Path.Combine(Stubs, "difflib.pyi")));
        Assert.True(File.Exists(Path.Combine(Stubs, "textwrap.pyi")));
        Assert.Equal(TestPaths.Python, File.ReadAllText(Path.Combine(_project, "obj", "python.txt")));
    }

    [Fact]
    public void SecondRun_WithNothingChanged_DoesNotStartPython()
    {
        WriteSource("Program.cs", "[PyImport(\"textwrap\")] static partial class Text;");
        Assert.Equal(0, Build().ExitCode);
        File.Delete(Marker);

        (int exitCode, string output, _) = Build();

        Assert.Equal(0, exitCode);
        Assert.Contains("pybind: stubs up to date (1 modules", output);
        Assert.False(File.Exists(Marker), "Python started although nothing had changed");
    }

    [Fact]
    public void NewPyImport_AddsItsStub_AndARemovedOneDeletesOnlyGeneratedStubs()
    {
        WriteSource("Program.cs", "[PyImport(\"textwrap\")] static partial class Text;");
        Assert.Equal(0, Build().ExitCode);
        string handWritten = Path.Combine(Stubs, "mine.pyi");
        File.WriteAllText(handWritten, "def mine() -> int: ...\n");

        WriteSource("Program.cs", "[PyImport(\"difflib\")] static partial class Difflib;");
        (int exitCode, string output, _) = Build();

        Assert.Equal(0, exitCode);
        Assert.Contains("because the modules, options or interpreter choice changed", output);
        Assert.True(File.Exists(Path.Combine(Stubs, "difflib.pyi")));
        Assert.False(File.Exists(Path.Combine(Stubs, "textwrap.pyi")));
        Assert.True(File.Exists(handWritten));
    }

    [Fact]
    public void EditedOwnPythonFile_RegeneratesItsStub_AndNoOther()
    {
        // An installed module (a folder on sys.path) bound beside the own one.
        string installed = Path.Combine(_sitecustomizeFolder, "installed.py");
        File.WriteAllText(installed, "def before() -> int:\n    return 1\n");
        WriteSource("Program.cs", "[PyImport(\"pipeline\")] static partial class Pipeline;\n[PyImport(\"installed\")] static partial class Installed;");
        string module = Path.Combine(_project, "pipeline.py");
        File.WriteAllText(module, "def score(x: int) -> int:\n    return x\n");
        Assert.Equal(0, Build().ExitCode);
        Assert.Contains("def score(x: int) -> int", File.ReadAllText(Path.Combine(Stubs, "pipeline.pyi")));

        // Changed in place, which the state does not see (it watches the folders of sys.path): a run that described
        // every module would write the new function into its stub.
        File.WriteAllText(installed, "def before() -> int:\n    return 1\n\ndef after() -> int:\n    return 2\n");
        File.WriteAllText(module, "def score(x: float, *, scale: float = 2.0) -> float:\n    return x * scale\n");
        File.SetLastWriteTimeUtc(module, DateTime.UtcNow.AddSeconds(5));
        (int exitCode, string output, _) = Build();

        Assert.Equal(0, exitCode);
        Assert.Contains("pipeline.py changed", output);
        Assert.Contains("def score(x: float, *, scale: float = 2.0) -> float", File.ReadAllText(Path.Combine(Stubs, "pipeline.pyi")));
        Assert.DoesNotContain("def after", File.ReadAllText(Path.Combine(Stubs, "installed.pyi")), StringComparison.Ordinal);
        Assert.Contains("pybind: stubs up to date (2 modules", Build().Output);
    }

    [Fact]
    public void AddedPyImport_DescribesTheNewModuleAlone_AndARemovedOneGoesWithoutPython()
    {
        // An installed module (a folder on sys.path) changed in place, which the state does not see: a run that
        // described every module would write the new function into its stub.
        string installed = Path.Combine(_sitecustomizeFolder, "installed.py");
        File.WriteAllText(installed, "def before() -> int:\n    return 1\n");
        WriteSource("Program.cs", "[PyImport(\"installed\")] static partial class Installed;");
        Assert.Equal(0, Build().ExitCode);
        File.WriteAllText(installed, "def before() -> int:\n    return 1\n\ndef after() -> int:\n    return 2\n");

        WriteSource("Program.cs", "[PyImport(\"installed\")] static partial class Installed;\n[PyImport(\"difflib\")] static partial class Difflib;");
        Assert.Equal(0, Build().ExitCode);
        Assert.True(File.Exists(Path.Combine(Stubs, "difflib.pyi")));
        Assert.DoesNotContain("def after", File.ReadAllText(Path.Combine(Stubs, "installed.pyi")), StringComparison.Ordinal);

        WriteSource("Program.cs", "[PyImport(\"installed\")] static partial class Installed;");
        File.Delete(Marker);
        (int exitCode, string output, _) = Build();

        Assert.Equal(0, exitCode);
        Assert.False(File.Exists(Path.Combine(Stubs, "difflib.pyi")), output);
        Assert.True(File.Exists(Path.Combine(Stubs, "installed.pyi")));
        Assert.False(File.Exists(Marker), "Python started to forget a module");
        Assert.Contains("pybind: stubs up to date (1 modules", Build().Output);
    }

    [Fact]
    public void RecordedPython_IsTheOneUsedWhenNoneIsNamed_AndCountsAsTheOneTheBuildFound()
    {
        // A build that found the interpreter (PYBIND_PYTHON here; an activated venv in a terminal) and recorded it.
        WriteSource("Program.cs", "[PyImport(\"textwrap\")] static partial class Text;");
        Assert.Equal(0, Build([], foundPython: TestPaths.Python).ExitCode);
        string record = Path.Combine(_project, "obj", "python.txt");
        Assert.Equal(TestPaths.Python, File.ReadAllText(record));

        // An editor whose environment would find another one (here: one that does not exist, which would fail).
        string[] editor = ["--recorded-python", record];
        string elsewhere = Path.Combine(_project, "no-such-python3");
        File.Delete(Marker);
        Assert.Contains("pybind: stubs up to date (1 modules", Build(editor, foundPython: elsewhere).Output);
        Assert.False(File.Exists(Marker), "Python started although the recorded interpreter is the one the build found");

        WriteSource("Program.cs", "[PyImport(\"textwrap\")] static partial class Text;\n[PyImport(\"difflib\")] static partial class Difflib;");
        (int exitCode, string output, string errors) = Build(editor, foundPython: elsewhere);

        Assert.True(exitCode == 0, output + errors);
        Assert.Contains($"from Python 3.", output);
        Assert.Contains($"({TestPaths.Python})", output);
        Assert.True(File.Exists(Path.Combine(Stubs, "difflib.pyi")));
    }

    [Fact]
    public void HandEditedStub_IsNotOverwritten_AndTheBuildIsWarned()
    {
        WriteSource("Program.cs", "[PyImport(\"textwrap\")] static partial class Text;");
        Assert.Equal(0, Build().ExitCode);
        string stub = Path.Combine(Stubs, "textwrap.pyi");
        string edited = File.ReadAllText(stub) + "\ndef added_by_hand() -> int: ...\n";
        File.WriteAllText(stub, edited);
        Assert.True(BuildCommand.IsEditedByHand(stub));

        // Another option: every module is described again (an added module alone would describe only itself).
        (int exitCode, string output, _) = Build("--no-imports");

        Assert.Equal(0, exitCode);
        Assert.Contains($"{stub}(1,1): warning PYB1003: this stub was edited by hand", output);
        Assert.Equal(edited, File.ReadAllText(stub));
    }

    [Fact]
    public void ModuleWhoseImportFails_IsWrittenFromItsSource_WithAWarningAtItsAttribute()
    {
        WriteSource("Program.cs", "using PyBind;\n\n[PyImport(\"refuses\")] static partial class Refuses;");
        string module = Path.Combine(_project, "refuses.py");
        File.WriteAllText(module, "raise RuntimeError('not today')\n\n\ndef answer() -> int:\n    return 42\n");

        (int exitCode, string output, _) = Build();

        Assert.Equal(0, exitCode);
        Assert.Contains($"{Path.Combine(_project, "Program.cs")}(3,12): warning PYB1001: Python 3.", output);
        Assert.Contains("could not import module 'refuses', so it is bound from its source without running it (refuses: importing it failed (importing it raised RuntimeError: not today); described from refuses.py only)", output);
        Assert.DoesNotContain("PYB1005", output);
        Assert.Contains("def answer() -> int: ...", File.ReadAllText(Path.Combine(Stubs, "refuses.pyi")));
    }

    [Fact]
    public void UnknownModule_IsAnErrorAtItsAttribute_AndTheNextRunTriesAgain()
    {
        WriteSource("Program.cs", "using PyBind;\n\n[PyImport(\"no_such_module_pybind\")] static partial class Missing;");

        (int exitCode, _, string errors) = Build();

        Assert.Equal(Program.ExitCodes.SomeModulesFailed, exitCode);
        Assert.Contains($"{Path.Combine(_project, "Program.cs")}(3,12): error PYB1001: Python 3.", errors);
        Assert.Contains("cannot describe module 'no_such_module_pybind'", errors);
        Assert.Contains("install the package for this interpreter", errors);
        Assert.DoesNotContain("up to date", Build().Output);
    }

    [Fact]
    public void ModuleThatCannotBeDescribedAnyMore_KeepsItsStub_AndTheNextRunTriesAgain()
    {
        // As a build with an interpreter that lacks a package the stubs were made with: an error, and nothing lost.
        WriteSource("Program.cs", "using PyBind;\n\n[PyImport(\"leaving\")] static partial class Leaving;");
        string module = Path.Combine(_project, "leaving.py");
        File.WriteAllText(module, "def answer() -> int:\n    return 42\n");
        Assert.Equal(0, Build().ExitCode);
        string stub = Path.Combine(Stubs, "leaving.pyi");
        string described = File.ReadAllText(stub);
        File.Delete(module);

        (int exitCode, _, string errors) = Build();

        Assert.Equal(Program.ExitCodes.SomeModulesFailed, exitCode);
        Assert.Contains("cannot describe module 'leaving'", errors);
        Assert.Equal(described, File.ReadAllText(stub));
        Assert.DoesNotContain("up to date", Build().Output);
    }

    [Fact]
    public void NoPyImport_DoesNothing()
    {
        WriteSource("Program.cs", "static class Plain { }");

        (int exitCode, string output, _) = Build();

        Assert.Equal(0, exitCode);
        Assert.Contains("no [PyImport] in the sources", output);
        Assert.False(File.Exists(Marker));
    }

    [Theory]
    [InlineData("[PyImport(\"numpy.linalg\")]", "numpy.linalg")]
    [InlineData("[ PyImport ( \"os.path\" ) ]", "os.path")]
    [InlineData("[global::PyBind.PyImportAttribute(\"json\")]", "json")]
    public void Scanner_FindsTheSpellingsOfTheAttribute(string attribute, string module)
    {
        string file = WriteSource("Scan.cs", attribute + " static partial class X;");
        Assert.Equal(module, Assert.Single(PyImportScanner.Scan([file])).Module);
    }

    private string WriteSource(string name, string text)
    {
        string path = Path.Combine(_project, name);
        File.WriteAllText(path, text);
        File.WriteAllLines(Path.Combine(_project, "sources.txt"), [path]);
        return path;
    }

    private (int ExitCode, string Output, string Errors) Build(params string[] options) =>
        Build(["--python", TestPaths.Python, .. options], foundPython: null);

    /// <summary>A run with <paramref name="options"/> only, PYBIND_PYTHON set to <paramref name="foundPython"/> (what the search finds first).</summary>
    private (int ExitCode, string Output, string Errors) Build(string[] options, string? foundPython)
    {
        ProcessStartInfo start = ChildProcess.Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "PyBind.Introspection.dll"),
            "build", "--stubs", Stubs, "--state", Path.Combine(_project, "obj", "state.json"),
            "--sources", Path.Combine(_project, "sources.txt"),
            "--python-record", Path.Combine(_project, "obj", "python.txt"), "--source-path", _project, .. options]);
        start.Environment["PYTHONPATH"] = _sitecustomizeFolder;
        start.Environment["PYBIND_PYTHON"] = foundPython;
        ChildProcess.Result result = ChildProcess.Run(start, OtherInterpreters.ToolTimeoutSeconds);
        return (result.ExitCode, result.Output, result.Errors);
    }

    private static string PythonString(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
