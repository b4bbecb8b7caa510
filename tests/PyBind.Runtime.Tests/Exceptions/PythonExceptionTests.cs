using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace PyBind.Runtime.Tests.Exceptions;

public class PythonExceptionTests
{
    [Fact]
    public void BuiltinExceptions_MirrorPythonsHierarchy()
    {
        // Python says, for every builtin exception class of this interpreter, which builtin class is its base.
        Dictionary<string, string> pythonBases = Python.Eval<Dictionary<string, string>>(
            "{name: cls.__bases__[0].__name__ for name, cls in vars(__import__('builtins')).items() " +
            "if isinstance(cls, type) and issubclass(cls, BaseException) and cls is not BaseException " +
            "and name == cls.__name__ and not name.startswith('_')}");
        Assert.True(pythonBases.Count > 60, $"only {pythonBases.Count} exception classes found");
        foreach ((string name, string baseName) in pythonBases)
        {
            Type? clrType = typeof(PythonException).Assembly.GetType("PyBind.Py" + name);
            Assert.True(clrType is not null, $"no .NET class for {name}");
            string expectedBase = baseName == "BaseException" ? "PythonException" : "Py" + baseName;
            Assert.Equal(expectedBase, clrType!.BaseType!.Name);
        }
    }

    [Theory]
    [InlineData("{}['missing']", typeof(PyKeyError), "KeyError")]
    [InlineData("[][1]", typeof(PyIndexError), "IndexError")]
    [InlineData("1/0", typeof(PyZeroDivisionError), "ZeroDivisionError")]
    [InlineData("int('x')", typeof(PyValueError), "ValueError")]
    [InlineData("__import__('no_such_module_pybind')", typeof(PyModuleNotFoundError), "ModuleNotFoundError")]
    [InlineData("open('/no/such/file/pybind')", typeof(PyFileNotFoundError), "FileNotFoundError")]
    [InlineData("undefined_name_pybind", typeof(PyNameError), "NameError")]
    [InlineData("(lambda: (_ for _ in ()).throw(KeyboardInterrupt()))()", typeof(PyKeyboardInterrupt), "KeyboardInterrupt")]
    public void PythonError_BecomesTheMirroringClass(string expression, Type expected, string pythonName)
    {
        PythonException error = Assert.ThrowsAny<PythonException>(() => Python.Eval(expression));
        Assert.IsType(expected, error);
        Assert.Equal(pythonName, error.PythonTypeName);
        Assert.StartsWith(pythonName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LookupErrors_AreCaughtByTheirBase()
    {
        PyLookupError error = Assert.ThrowsAny<PyLookupError>(() => Python.Eval("{}['k']"));
        Assert.IsType<PyKeyError>(error);
        Assert.Equal("'k'", error.PythonMessage);
    }

    [Fact]
    public void Traceback_NamesTheFunctionAndLine()
    {
        using var scope = Python.CreateScope();
        scope.Run("def inner():\n    raise ValueError('deep problem')\n\ndef outer():\n    inner()\n");
        var error = Assert.Throws<PyValueError>(() => scope.Eval("outer()"));
        Assert.Contains("line 2, in inner", error.PythonTraceback);
        Assert.Contains("in outer", error.PythonTraceback);
        Assert.EndsWith("ValueError: deep problem\n", error.PythonTraceback, StringComparison.Ordinal);
        Assert.Contains("--- Python traceback ---", error.ToString());
    }

    [Fact]
    public void UserDefinedPythonException_MapsToNearestBuiltinBase()
    {
        using var scope = Python.CreateScope();
        scope.Run("class ConfigError(LookupError): pass");
        var error = Assert.ThrowsAny<PyLookupError>(() => scope.Run("raise ConfigError('bad config')"));
        Assert.Equal("__pybind__.ConfigError", error.PythonTypeName);
        Assert.Equal("bad config", error.PythonMessage);
    }

    [Fact]
    public void RegisteredException_IsCreatedForItsPythonClass_AndSubclasses()
    {
        PythonExceptionRegistry.Register<QuotaExceeded>("__pybind__.QuotaExceeded", static info => new QuotaExceeded(info));
        using var scope = Python.CreateScope();
        scope.Run("class QuotaExceeded(RuntimeError): pass\nclass HardQuota(QuotaExceeded): pass");
        Assert.Throws<QuotaExceeded>(() => scope.Run("raise QuotaExceeded('over')"));
        QuotaExceeded sub = Assert.Throws<QuotaExceeded>(() => scope.Run("raise HardQuota('way over')"));
        Assert.Equal("__pybind__.HardQuota", sub.PythonTypeName);
        Assert.Equal("__pybind__.QuotaExceeded", new QuotaExceeded("made in .NET").PythonTypeName);
    }

    [Fact]
    public void LiveException_IsAvailableOnDemand()
    {
        var error = Assert.Throws<PyKeyError>(() => Python.Eval("{}['needle']"));
        using PyObject? live = error.GetPythonException();
        Assert.NotNull(live);
        Assert.Equal("needle", live!.GetAttr("args").As<string[]>().Single());
        Assert.Null(new PyValueError("made in .NET").GetPythonException());
    }

    [Fact]
    public void ExceptionCreatedInDotNet_KnowsItsPythonType()
    {
        Assert.Equal("ValueError", new PyValueError("x").PythonTypeName);
        Assert.Equal("KeyError", new PyKeyError("x").PythonTypeName);
    }

    [Fact]
    public void SyntaxError_IsReportedWithItsLine()
    {
        var error = Assert.ThrowsAny<PySyntaxError>(() => Python.Run("x = = 1"));
        Assert.Contains("line 1", error.PythonTraceback);
    }

    public sealed class QuotaExceeded : PyRuntimeError
    {
        public QuotaExceeded(string message) : base(message) { }

        internal QuotaExceeded(PythonErrorInfo info) : base(info) { }
    }
}
