using System;
using System.Collections.Generic;
using Xunit;

namespace PyBind.Runtime.Tests.Exceptions;

/// <summary>What the runtime adds to an error it meets: the function it called, and C#'s spelling of .NET types.</summary>
public class ErrorContextTests
{
    [Fact]
    public void PythonErrorRaisedByACall_NamesTheFunction_AndKeepsPythonsMessage()
    {
        using PyScope scope = Python.CreateScope();
        scope.Run("def fussy(x):\n    raise ValueError(f'no {x}')");
        using PyObject fussy = scope.Get("fussy");

        var error = Assert.Throws<PyValueError>(() => fussy.Call(3L));

        Assert.Equal(scope.Eval<string>("str(ValueError(f'no {3}'))"), error.PythonMessage);
        Assert.StartsWith("ValueError: no 3", error.Message, StringComparison.Ordinal);
        Assert.Contains($"raised in a call to {scope.Eval<string>("fussy.__module__")}.fussy()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltinRejectingAnArgument_IsNamedWithItsModule()
    {
        using PyObject isqrt = Python.Import("math").GetAttr("isqrt");

        var error = Assert.Throws<PyValueError>(() => isqrt.Call(-1L));

        Assert.Contains("raised in a call to math.isqrt()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DotNetExceptionThrownInACallback_ComesBackUnchanged()
    {
        using PyScope scope = Python.CreateScope();
        scope.Run("def call(f):\n    return f()");
        using PyObject call = scope.Get("call");
        var thrown = new PyKeyError("from .NET");

        var caught = Assert.Throws<PyKeyError>(() => call.Call(new Func<long>(() => throw thrown)));

        Assert.Same(thrown, caught);
        Assert.DoesNotContain("raised in a call", caught.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MismatchOfAGenericType_SpellsTheTypeAsCSharpDoes()
    {
        using PyObject seven = PyObject.From(7L);

        var error = Assert.Throws<PyConversionException>(() => seven.As<IList<long>>());

        Assert.Equal("System.Collections.Generic.IList<System.Int64>", error.ClrTypeName);
        Assert.DoesNotContain("`1", error.Message, StringComparison.Ordinal);
        Assert.Equal("int", error.PythonTypeName);
    }
}
