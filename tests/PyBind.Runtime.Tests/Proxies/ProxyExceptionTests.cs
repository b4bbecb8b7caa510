using System;
using System.Collections.Generic;
using Xunit;

namespace PyBind.Runtime.Tests.Proxies;

public class ProxyExceptionTests
{
    public sealed class Thrower
    {
        public Exception? Next { get; set; }

        public void Throw() => throw Next!;

        public int this[int index] => new List<int> { 1, 2 }[index];
    }

    [Theory]
    [InlineData(typeof(ArgumentException), "ValueError")]
    [InlineData(typeof(ArgumentNullException), "ValueError")]
    [InlineData(typeof(FormatException), "ValueError")]
    [InlineData(typeof(KeyNotFoundException), "KeyError")]
    [InlineData(typeof(IndexOutOfRangeException), "IndexError")]
    [InlineData(typeof(ArgumentOutOfRangeException), "IndexError")]
    [InlineData(typeof(InvalidOperationException), "RuntimeError")]
    [InlineData(typeof(ObjectDisposedException), "RuntimeError")]
    [InlineData(typeof(NotSupportedException), "NotImplementedError")]
    [InlineData(typeof(ApplicationException), "RuntimeError")]
    public void DotNetException_ThroughAProxy_IsTheFittingBuiltin_CarryingTheDotNetException(Type type, string builtin)
    {
        var thrown = (Exception)Activator.CreateInstance(type, "the .NET message")!;
        var thrower = new Thrower { Next = thrown };
        using var scope = Python.CreateScope();
        scope.Set("thrower", thrower);
        scope.Run($"""
            try:
                thrower.throw()
                raise AssertionError('nothing was raised')
            except {builtin} as e:
                carried = e.__dotnet_exception__
                assert 'the .NET message' in str(e) and 'the .NET message' in carried.message, (str(e), carried.message)
                assert carried.get_type().full_name == '{type.FullName}'
            """);
        Assert.Same(thrown, scope.Get<Exception>("carried"));
        Assert.Same(thrown, Assert.Throws(type, () => scope.Run("thrower.throw()")));
    }

    [Fact]
    public void ArgumentOutOfRange_IsAlsoAValueError()
    {
        using var scope = Python.CreateScope();
        scope.Set("thrower", new Thrower { Next = new ArgumentOutOfRangeException("month") });
        scope.Run("""
            try:
                thrower.throw()
            except ValueError as e:
                assert isinstance(e, IndexError) and type(e).__name__ == 'ArgumentOutOfRangeError'
            """);
    }

    [Fact]
    public void IndexerOutOfRange_IsAnIndexError()
    {
        using var scope = Python.CreateScope();
        scope.Set("thrower", new Thrower());
        scope.Run("""
            assert thrower[1] == 2
            try:
                thrower[5]
                raise AssertionError('no error')
            except IndexError as e:
                assert e.__dotnet_exception__.param_name == 'index', e.__dotnet_exception__.param_name
            """);
    }

    [Fact]
    public void ExceptionCarriedOut_IsTheSameObjectAgainAndAgain()
    {
        var thrown = new InvalidOperationException("once");
        using var scope = Python.CreateScope();
        scope.Set("thrower", new Thrower { Next = thrown });
        for (int i = 0; i < 3; i++)
            Assert.Same(thrown, Assert.Throws<InvalidOperationException>(() => scope.Run("thrower.throw()")));
    }
}
