using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace PyBind.Runtime.Tests;

public class PythonTests
{
    [Fact]
    public void Import_ReturnsTheModule_AndUnknownModulesAreTyped()
    {
        using PyObject json = Python.Import("json");
        Assert.Equal("[1, 2]", json.CallMethod("dumps", new long[] { 1, 2 }).ToString());
        using PyObject path = Python.Import("os.path");
        Assert.True(path.HasAttr("join"));
        var error = Assert.Throws<PyModuleNotFoundError>(() => Python.Import("definitely_not_a_module_pybind"));
        Assert.Contains("definitely_not_a_module_pybind", error.PythonMessage);
    }

    [Fact]
    public void Scopes_AreIsolated_AndMainScopeIsShared()
    {
        using PyScope first = Python.CreateScope();
        using PyScope second = Python.CreateScope();
        first.Run("x = 1 + 1");
        first.Run("y = x ** x");
        Assert.Equal(4L, first.Get<long>("y"));
        Assert.False(second.Contains("x"));
        Assert.Throws<PyNameError>(() => second.Eval("x"));
        Python.Run("pybind_main_value = 123");
        Assert.Equal(123L, Python.MainScope.Get<long>("pybind_main_value"));
        Assert.Equal(123L, Python.Eval<long>("pybind_main_value"));
        Assert.True(Python.MainScope.Remove("pybind_main_value"));
        Assert.False(Python.MainScope.Remove("pybind_main_value"));
    }

    [Fact]
    public void Scope_GetSetTryGetNames()
    {
        using PyScope scope = Python.CreateScope();
        scope.Set("greeting", "hi");
        Assert.Equal("hi", scope.Get<string>("greeting"));
        Assert.True(scope.TryGet("greeting", out string? value) && value == "hi");
        Assert.False(scope.TryGet("missing", out long _));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => scope.Get("missing"));
        Assert.Contains("greeting", scope.Names);
        Assert.Contains("__builtins__", scope.Names);
    }

    [Fact]
    public void ClassesDefinedInAScope_Work()
    {
        using PyScope scope = Python.CreateScope();
        scope.Run("class Point:\n    def __init__(self, x): self.x = x\np = Point(3)");
        Assert.Equal(3L, scope.Eval<long>("p.x"));
    }

    [Fact]
    public void RedirectOutput_CapturesPrint_AndRestoresAfterwards()
    {
        var captured = new StringWriter();
        var errors = new StringWriter();
        using (Python.RedirectOutput(captured, errors))
        {
            Python.Run("import sys\nprint(1 + 2)\nprint('warn', file=sys.stderr)");
        }
        Assert.Equal("3", captured.ToString().TrimEnd());
        Assert.Equal("warn", errors.ToString().TrimEnd());
        Python.Run("print('not captured')");
        Assert.Equal("3", captured.ToString().TrimEnd());
        Assert.False(Python.Eval<bool>("type(__import__('sys').stdout).__name__ == 'DotNetTextWriter'"));
    }

    [Fact]
    public void RedirectedWriter_RefusesNonStrings()
    {
        using (Python.RedirectOutput(new StringWriter()))
        {
            Assert.Throws<PyTypeError>(() => Python.Run("__import__('sys').stdout.write(42)"));
        }
    }

    [Fact]
    public void Info_DescribesTheRunningInterpreter()
    {
        PythonInfo info = Python.Info;
        Assert.Equal(Python.Eval<string>("'%d.%d.%d' % __import__('sys').version_info[:3]"), info.Version.ToString());
        Assert.Equal(Python.Eval<string>("__import__('sys').prefix"), info.Prefix);
        Assert.True(File.Exists(info.LibraryPath));
        Assert.NotEmpty(info.SearchPath);
        Assert.Equal(Environment.GetEnvironmentVariable("PYBIND_PYTHON") is { Length: > 0 } ? "PYBIND_PYTHON" : info.FoundThrough, info.FoundThrough);
    }

    [Fact]
    public void Eval_FromManyThreads_StartsPythonOnce()
    {
        Parallel.For(0, 16, i => Assert.Equal(i * 2L, Python.Eval<long>($"{i} * 2")));
        Assert.True(Python.IsInitialized);
    }
}
