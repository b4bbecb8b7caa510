using System;
using System.Collections.Generic;
using PyBind.Gen.IntegrationTests.Infrastructure;
using Xunit;

namespace PyBind.Gen.IntegrationTests;

/// <summary>
/// <c>raise X from e</c> and an exception raised while handling another arrive with the chain as
/// <see cref="Exception.InnerException"/>s, each typed as its own mirror; compared with the chain Python reports.
/// </summary>
public class ExceptionChainTests
{
    public ExceptionChainTests() => FixtureModule.EnsureImportable();

    /// <summary>The chain Python reports for <c>chained(kind)</c>.</summary>
    private static IList<string> PythonChain(string kind)
    {
        using PyObject call = Python.Eval($"lambda: __import__('pybind_fixture').chained('{kind}')");
        return Fixture.ChainOf(call.As<Func<PyObject>>());
    }

    /// <summary>The same chain as .NET sees it, from the exception down its inner exceptions.</summary>
    private static List<string> DotNetChain(Exception error)
    {
        var chain = new List<string>();
        for (Exception? current = error; current is not null; current = current.InnerException)
            chain.Add(current is PythonException python ? python.PythonTypeName.Split('.')[^1] + ": " + python.PythonMessage : current.GetType().Name + ": " + current.Message);
        return chain;
    }

    [Fact]
    public void RaiseFrom_IsTheInnerException_TypedAsItsMirror()
    {
        var error = Assert.Throws<Fixture.FixtureError>(() => Fixture.Chained("cause"));

        Assert.Equal(PythonChain("cause"), DotNetChain(error));
        PyKeyError cause = Assert.IsType<PyKeyError>(error.InnerException);
        Assert.Equal("'missing'", cause.PythonMessage);
        Assert.Null(cause.InnerException);
    }

    [Fact]
    public void AnExceptionRaisedWhileHandlingAnother_HasItAsInnerException()
    {
        var error = Assert.Throws<PyValueError>(() => Fixture.Chained("context"));

        Assert.Equal(PythonChain("context"), DotNetChain(error));
        Assert.IsType<PyKeyError>(error.InnerException);
    }

    [Fact]
    public void RaiseFromNone_HasNoInnerException()
    {
        var error = Assert.Throws<PyValueError>(() => Fixture.Chained("suppressed"));

        Assert.Equal(PythonChain("suppressed"), DotNetChain(error));
        Assert.Null(error.InnerException);
    }

    [Fact]
    public void ADotNetExceptionPythonRaisedFrom_IsTheOriginalObject()
    {
        var thrown = new InvalidOperationException("no odd numbers");

        var error = Assert.Throws<PyRuntimeError>(() => Fixture.CallWrapped(x => x % 2 == 0 ? x : throw thrown, 3));

        Assert.Equal("the callback failed", error.PythonMessage);
        Assert.Same(thrown, error.InnerException);
        Assert.Equal(4L, Fixture.CallWrapped(x => x * 2, 2));
    }
}
