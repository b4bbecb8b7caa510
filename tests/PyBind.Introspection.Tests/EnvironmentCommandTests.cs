using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PyBind.Testing;
using Xunit;

namespace PyBind.Introspection.Tests;

/// <summary>Offline wheels for the environment tests, built once: greeting 1.0 and 2.0, and salutation, which needs greeting.</summary>
public sealed class EnvironmentWheelsFixture : IDisposable
{
    public EnvironmentWheelsFixture()
    {
        Root = Directory.CreateTempSubdirectory("pybind-envtests-").FullName;
        Wheels = Path.Combine(Root, "wheels");
        LocalWheels.Build(Wheels, "pybind_greeting", "1.0.0", "def greet(name: str) -> str:\n    return 'hello, ' + name\n");
        LocalWheels.Build(Wheels, "pybind_salutation", "1.0.0", "import pybind_greeting\n\ndef salute(name: str) -> str:\n    return pybind_greeting.greet(name) + '!'\n", "pybind_greeting>=1.0");
        // Only offered to later installs: a lock made with 1.0 must keep installing 1.0.
        NewerGreeting = LocalWheels.Build(Path.Combine(Root, "newer"), "pybind_greeting", "2.0.0", "def greet(name: str) -> str:\n    return 'hi, ' + name\n");
    }

    public string Root { get; }

    public string Wheels { get; }

    public string NewerGreeting { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

public sealed class EnvironmentCommandTests : IClassFixture<EnvironmentWheelsFixture>, IDisposable
{
    private readonly EnvironmentWheelsFixture _fixture;

    public EnvironmentCommandTests(EnvironmentWheelsFixture wheels)
    {
        _fixture = wheels;
        Directory.CreateDirectory(ProjectWheels);
        foreach (string wheel in Directory.GetFiles(wheels.Wheels))
            File.Copy(wheel, Path.Combine(ProjectWheels, Path.GetFileName(wheel)));
    }

    private readonly string _project = Directory.CreateTempSubdirectory("pybind-envproject-").FullName;

    private string ProjectWheels => Path.Combine(_project, "wheels");

    private string Environment => Path.Combine(_project, "obj", "venv");

    private string Lock => Path.Combine(_project, "pybind-stubs", "requirements.lock");

    private string Requirements => Path.Combine(_project, "requirements.txt");

    public void Dispose() => Directory.Delete(_project, recursive: true);

    [Fact]
    public void Requirements_MakeAnEnvironmentAndAFreezeFormLock_AndAnUnchangedRunDoesNothing()
    {
        WriteRequirements("pybind_salutation");

        (int code, string output, string errors) = Prepare();

        Assert.True(code == 0, output + errors);
        Assert.Equal("hello, C#!", RunInEnvironment("import pybind_salutation; print(pybind_salutation.salute('C#'))"));
        Assert.Equal(Freeze(), LockedPackages());
        Assert.Equal(2, LockedPackages().Length);
        DateTime locked = File.GetLastWriteTimeUtc(Lock);

        (code, output, errors) = Prepare();

        Assert.True(code == 0, output + errors);
        Assert.Contains("is up to date", output, StringComparison.Ordinal);
        Assert.DoesNotContain("pip:", output, StringComparison.Ordinal);
        Assert.Equal(locked, File.GetLastWriteTimeUtc(Lock));
    }

    [Fact]
    public void ExistingLock_IsWhatAFreshEnvironmentInstalls_EvenWhenANewerVersionIsOffered()
    {
        WriteRequirements("pybind_greeting");
        Assert.Equal(0, Prepare().Code);
        File.Copy(_fixture.NewerGreeting, Path.Combine(ProjectWheels, Path.GetFileName(_fixture.NewerGreeting)));

        // A fresh environment (a new clone, with the committed lock) gets what the lock lists, not the newest.
        Directory.Delete(Environment, recursive: true);
        (int code, string output, string errors) = Prepare();
        Assert.True(code == 0, output + errors);
        Assert.Equal("hello, lock", RunInEnvironment("import pybind_greeting; print(pybind_greeting.greet('lock'))"));

        // Without the lock (nor an environment that satisfies the requirement already), pip picks the newest; the lock follows.
        File.Delete(Lock);
        Directory.Delete(Environment, recursive: true);
        (code, output, errors) = Prepare();
        Assert.True(code == 0, output + errors);
        Assert.Equal("hi, lock", RunInEnvironment("import pybind_greeting; print(pybind_greeting.greet('lock'))"));
        Assert.Equal(Freeze(), LockedPackages());
    }

    [Fact]
    public void RemovedRequirement_IsUninstalled_AndTheLockFollows()
    {
        WriteRequirements("pybind_salutation");
        Assert.Equal(0, Prepare().Code);

        WriteRequirements("pybind_greeting");
        (int code, string output, string errors) = Prepare();

        Assert.True(code == 0, output + errors);
        Assert.Contains("removing what no requirement needs any more: pybind", output, StringComparison.Ordinal);
        Assert.Equal("False", RunInEnvironment("import importlib.util; print(importlib.util.find_spec('pybind_salutation') is not None)"));
        Assert.Equal(Freeze(), LockedPackages());
        Assert.Single(LockedPackages());
    }

    [Fact]
    public void FailedInstall_IsAPybError_QuotingPip_AndLeavesThePreviousEnvironmentAsItWas()
    {
        WriteRequirements("pybind_greeting");
        Assert.Equal(0, Prepare().Code);
        string lockText = File.ReadAllText(Lock);
        string stamp = File.ReadAllText(Path.Combine(Environment, EnvironmentCommand.StampFileName));

        WriteRequirements("pybind_greeting", "pybind_no_such_package>=1");
        (int code, string output, string errors) = Prepare();

        Assert.Equal(Program.ExitCodes.SomeModulesFailed, code);
        string error = errors.Split('\n').Single(line => line.Contains("error PYB1202", StringComparison.Ordinal));
        Assert.StartsWith(Requirements, error, StringComparison.Ordinal);
        Assert.Contains("No matching distribution found for pybind_no_such_package", error, StringComparison.Ordinal);
        Assert.Contains("--find-links", error, StringComparison.Ordinal);
        Assert.Contains("pip: ", output, StringComparison.Ordinal);
        Assert.Equal(stamp, File.ReadAllText(Path.Combine(Environment, EnvironmentCommand.StampFileName)));
        Assert.Equal(lockText, File.ReadAllText(Lock));
        Assert.Equal("hello, again", RunInEnvironment("import pybind_greeting; print(pybind_greeting.greet('again'))"));
        Assert.Equal([Environment], Directory.GetDirectories(Path.GetDirectoryName(Environment)!));
    }

    [Fact]
    public async Task TwoBuildsAtOnce_BothSucceed_AndLeaveOneWholeEnvironment()
    {
        WriteRequirements("pybind_salutation");

        var builds = await Task.WhenAll(Task.Run(() => Prepare()), Task.Run(() => Prepare()));

        foreach ((int code, string output, string errors) in builds)
            Assert.True(code == 0, output + errors);
        Assert.Equal("hello, twice!", RunInEnvironment("import pybind_salutation; print(pybind_salutation.salute('twice'))"));
        Assert.Equal(Freeze(), LockedPackages());
        Assert.Equal([Environment], Directory.GetDirectories(Path.GetDirectoryName(Environment)!));
    }

    [Fact]
    public void BaseInterpreterThatDoesNotExist_IsAPybErrorNamingIt()
    {
        WriteRequirements("pybind_greeting");

        (int code, _, string errors) = Prepare(python: "/nonexistent/python3");

        Assert.Equal(Program.ExitCodes.PythonUnavailable, code);
        Assert.Contains("error PYB1200", errors, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/python3", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Environment));
    }

    /// <summary>Debian's 3.11 and every pyenv 3.9–3.13 present: each makes an environment that installs and imports the wheel.</summary>
    [Fact]
    public void EveryBaseInterpreter_MakesAWorkingEnvironment()
    {
        WriteRequirements("pybind_salutation");
        var bases = new List<string> { "/usr/bin/python3" };
        string pyenv = Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".pyenv", "versions");
        for (int minor = 9; minor <= 13; minor++)
        {
            string? newest = Directory.Exists(pyenv)
                ? Directory.GetDirectories(pyenv, $"3.{minor}.*").Select(d => Path.Combine(d, "bin", "python3")).Where(File.Exists).OrderBy(p => p, StringComparer.Ordinal).LastOrDefault()
                : null;
            if (newest is not null)
                bases.Add(newest);
        }

        foreach (string basePython in bases)
        {
            (int code, string output, string errors) = Prepare(python: basePython);
            Assert.True(code == 0, $"{basePython}:\n{output}{errors}");
            string expected = ChildProcess.Run(ChildProcess.Start(basePython, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"])).Output.Trim();
            Assert.Equal($"{expected} hello, base!", RunInEnvironment("import sys, pybind_salutation; print('%d.%d' % sys.version_info[:2], pybind_salutation.salute('base'))"));
        }
    }

    private void WriteRequirements(string requirement, string? other = null)
    {
        // A folder relative to the requirements file, as projects write it.
        var lines = new List<string> { "--no-index", "--find-links wheels", requirement };
        if (other is not null)
            lines.Add(other);
        File.WriteAllLines(Requirements, lines);
    }

    private (int Code, string Output, string Errors) Prepare(string python = LocalWheels.Builder)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int code = Program.Run(["environment", "--environment", Environment, "--requirements", Requirements, "--lock", Lock, "--python", python, "--project", _project], output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    private string RunInEnvironment(string code)
    {
        ChildProcess.Result result = ChildProcess.Run(ChildProcess.Start(EnvironmentCommand.PythonOf(Environment), ["-c", code]));
        Assert.True(result.ExitCode == 0, result.Output + result.Errors);
        return result.Output.Trim();
    }

    private string[] Freeze() => ChildProcess.Run(ChildProcess.Start(EnvironmentCommand.PythonOf(Environment), ["-m", "pip", "freeze", "--local", "--disable-pip-version-check"]))
        .Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.OrdinalIgnoreCase).ToArray();

    private string[] LockedPackages() => File.ReadAllLines(Lock).Where(line => line.Length > 0 && !line.StartsWith('#')).ToArray();
}
