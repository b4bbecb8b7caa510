using System;
using System.IO;
using Xunit;

namespace PyBind.Gen.IntegrationTests;

/// <summary>
/// <see cref="Python.Reload"/>: after the module's <c>.py</c> changes, the next bound call runs the new code (functions,
/// constants, constructors, exception classes), compared with what Python itself answers after the reload.
/// </summary>
public sealed class ReloadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pybind-reload-").FullName;
    private readonly string _file;

    public ReloadTests()
    {
        _file = Path.Combine(_folder, "pybind_reload.py");
        Write(1);
        using PyObject sys = Python.Import("sys");
        using PyObject path = sys.GetAttr("path");
        path.CallMethod("insert", 0, _folder).Dispose();
        // A module of another test's folder may be imported already: this test's file is the one to load.
        using PyObject modules = sys.GetAttr("modules");
        modules.CallMethod("pop", "pybind_reload", null).Dispose();
        Python.Reload("pybind_reload");
    }

    /// <summary>The module at <paramref name="version"/>: its answers all carry the number, so a stale object shows.</summary>
    private void Write(int version, string prefix = "")
    {
        File.WriteAllText(_file, prefix + $$"""
            EDITION = {{version}}

            class ReloadError(Exception):
                pass

            class Greeter:
                def __init__(self, name):
                    self.name = name

                def greet(self):
                    return "v{{version}}: hello " + self.name

            def version():
                return {{version}} * 10

            def check(value):
                if value > {{version}}:
                    raise ReloadError("v{{version}}: too big")
                return value
            """);
        // Python's bytecode cache compares the source's modification time and size; the size alone may not change.
        File.SetLastWriteTimeUtc(_file, DateTime.UtcNow.AddSeconds(version));
    }

    private static long PythonsVersion() => Python.Eval<long>("__import__('pybind_reload').version()");

    [Fact]
    public void AfterTheFileChanges_ReloadMakesTheNextCallRunTheNewCode()
    {
        Assert.Equal(PythonsVersion(), Reloadable.Version());
        using Reloadable.Greeter before = new("ada");
        Assert.Equal("v1: hello ada", before.Greet());

        Write(2);
        Assert.Equal(10, Reloadable.Version());  // not reloaded yet: the old function still runs
        Python.Reload("pybind_reload");

        Assert.Equal(20, PythonsVersion());
        Assert.Equal(PythonsVersion(), Reloadable.Version());
        Assert.Equal(Python.Eval<long>("__import__('pybind_reload').EDITION"), Reloadable.Edition);
        using Reloadable.Greeter after = new("ada");
        Assert.Equal(Python.Eval<string>("__import__('pybind_reload').Greeter('ada').greet()"), after.Greet());
        Assert.Equal("v1: hello ada", before.Greet());  // an object made before keeps its class, as in Python
    }

    [Fact]
    public void AnExceptionClassOfTheNewCode_IsStillItsGeneratedClass()
    {
        Write(2);
        Python.Reload("pybind_reload");

        var error = Assert.Throws<Reloadable.ReloadError>(() => Reloadable.Check(3));
        Assert.Equal("v2: too big", error.PythonMessage);
        Assert.Equal(2, Reloadable.Check(2));
    }

    [Fact]
    public void ANewVersionThatFailsToRun_ThrowsFromReload_AndTheBindingsFollowWhatTheModuleHolds()
    {
        Write(2, prefix: "raise RuntimeError('broken edit')\n");

        var error = Assert.Throws<PyRuntimeError>(() => Python.Reload("pybind_reload"));
        Assert.Equal("broken edit", error.PythonMessage);
        Assert.Equal(10, PythonsVersion());  // the new code raised before defining anything: the module keeps the old
        Assert.Equal(PythonsVersion(), Reloadable.Version());
    }

    public void Dispose()
    {
        using PyObject sys = Python.Import("sys");
        using PyObject path = sys.GetAttr("path");
        path.CallMethod("remove", _folder).Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
