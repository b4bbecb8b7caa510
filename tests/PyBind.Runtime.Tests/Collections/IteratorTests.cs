using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace PyBind.Runtime.Tests.Collections;

public class IteratorTests
{
    private const string Generators = """
        log = []
        def running_total():
            total = 0
            try:
                while True:
                    x = yield total
                    if x is None:
                        break
                    total += x
            finally:
                log.append('finally')
            return f'total={total}'

        def catcher():
            try:
                yield 'first'
            except ValueError as e:
                yield 'caught ' + type(e).__name__ + ': ' + str(e)
            yield 'last'

        def countdown(n):
            while n > 0:
                yield n
                n -= 1
            return 'liftoff'
        """;

    [Fact]
    public void Generator_SendAndReturnValue()
    {
        using var scope = Python.CreateScope();
        scope.Run(Generators);
        using var generator = scope.Eval("running_total()").As<PyGenerator<long, long?, string>>();
        Assert.True(generator.TryNext(out long first));
        Assert.Equal(0, first);
        Assert.True(generator.TrySend(5, out long afterFive));
        Assert.Equal(5, afterFive);
        Assert.True(generator.TrySend(10, out long afterTen));
        Assert.Equal(15, afterTen);
        Assert.False(generator.TrySend(null, out _));
        Assert.True(generator.IsFinished);
        Assert.Equal("total=15", generator.ReturnValue);
        Assert.Equal(new[] { "finally" }, scope.Eval<string[]>("log"));
        // Safe after the end.
        Assert.False(generator.TryNext(out _));
        Assert.False(generator.TrySend(1, out _));
    }

    [Fact]
    public void Generator_ThrowAndClose()
    {
        using var scope = Python.CreateScope();
        scope.Run(Generators);
        using var catching = scope.Eval("catcher()").As<PyGenerator<string, object?, object?>>();
        Assert.True(catching.TryNext(out string? first));
        Assert.Equal("first", first);
        Assert.True(catching.TryThrow(new ArgumentException("bad input"), out string? caught));
        Assert.Equal("caught ValueError: System.ArgumentException: bad input", caught);
        var unhandled = new InvalidOperationException("not for you");
        Assert.Same(unhandled, Assert.Throws<InvalidOperationException>(() => catching.TryThrow(unhandled, out _)));
        Assert.True(catching.IsFinished);
        Assert.Throws<InvalidOperationException>(() => catching.ReturnValue);

        using var closing = scope.Eval("running_total()").As<PyGenerator<long, long, object?>>();
        Assert.True(closing.TryNext(out _));
        closing.Close();
        closing.Close();
        Assert.True(closing.IsFinished);
        Assert.Equal(new[] { "finally" }, scope.Eval<string[]>("log"));
    }

    [Fact]
    public void Generator_EnumeratesThenHoldsTheReturnValue()
    {
        using var scope = Python.CreateScope();
        scope.Run(Generators);
        using var countdown = scope.Eval("countdown(3)").As<PyGenerator<long, object?, string>>();
        Assert.Equal(new long[] { 3, 2, 1 }, countdown.ToList());
        Assert.Equal("liftoff", countdown.ReturnValue);
        Assert.Empty(countdown);
    }

    [Fact]
    public void Iterator_IsThePythonObject_AndEachPassTakesTheItemsLeft()
    {
        using PyIterator<long> iterator = Python.Eval("iter([1, 2, 3])").As<PyIterator<long>>();
        Assert.Equal(new long[] { 1 }, iterator.Take(1).ToArray());
        Assert.Equal(new long[] { 2, 3 }, iterator.ToArray());
        Assert.True(iterator.IsFinished);
        Assert.False(iterator.IsDisposed);
        Assert.Equal("list_iterator", iterator.PythonTypeName);

        // An iterable that is no iterator is iterated (iter()).
        using PyIterator<string> fromList = Python.Eval("['a', 'b']").As<PyIterator<string>>();
        Assert.Equal(new[] { "a", "b" }, fromList.ToArray());
    }

    [Fact]
    public void PythonIterable_AsEnumerable_IsLazyAndSafeAtTheEdges()
    {
        using var scope = Python.CreateScope();
        scope.Run("pulled = 0\ndef numbers():\n    global pulled\n    for i in range(1000000):\n        pulled += 1\n        yield i");
        IEnumerable<long> numbers = scope.Eval("numbers()").As<IEnumerable<long>>();
        Assert.Equal(new long[] { 0, 1, 2 }, numbers.Take(3).ToArray());
        Assert.Equal(3, scope.Get<long>("pulled"));

        using IEnumerator<long> enumerator = Python.Eval("iter([7])").As<IEnumerable<long>>().GetEnumerator();
        Assert.True(enumerator.MoveNext());
        Assert.Equal(7, enumerator.Current);
        Assert.False(enumerator.MoveNext());
        Assert.False(enumerator.MoveNext());
        Assert.Throws<InvalidOperationException>(() => enumerator.Current);
        enumerator.Dispose();
        enumerator.Dispose();
        Assert.False(enumerator.MoveNext());
    }

    [Fact]
    public void LazyDotNetSequence_IsPulledByPythonOneItemAtATime()
    {
        int produced = 0;
        bool disposed = false;
        IEnumerable<long> Naturals()
        {
            try
            {
                for (long i = 0; ; i++)
                {
                    produced++;
                    yield return i;
                }
            }
            finally
            {
                disposed = true;
            }
        }

        using var scope = Python.CreateScope();
        scope.Run("import itertools");
        scope.Set("naturals", Naturals());
        Assert.Equal("pybind.DotNetIterator", scope.Eval<string>("type(naturals).__module__ + '.' + type(naturals).__name__"));
        Assert.Equal(new long[] { 0, 1, 2, 3, 4 }, scope.Eval<long[]>("list(itertools.islice(naturals, 5))"));
        Assert.Equal(5, produced);
        Assert.False(disposed);
        scope.Remove("naturals");
        Assert.True(disposed, "dropping the iterator disposes the enumerator (its finally block runs)");

        scope.Set("squares", Enumerable.Range(1, 4).Select(i => i * i));
        Assert.Equal(scope.Eval<long>("sum(x * x for x in range(1, 5))"), scope.Eval<long>("sum(squares)"));
        Assert.Equal(0, scope.Eval<long>("sum(squares)")); // an iterator, like a Python generator: one pass
    }

    [Fact]
    public void ExceptionWhileIterating_ComesBackAsTheOriginal()
    {
        var failure = new FormatException("item 2 is broken");
        IEnumerable<int> Broken()
        {
            yield return 1;
            throw failure;
        }

        using var scope = Python.CreateScope();
        scope.Set("broken", Broken());
        Assert.Same(failure, Assert.Throws<FormatException>(() => scope.Eval("list(broken)")));
    }

    [Fact]
    public void Collections_StillGoAsLists_AndIterableOfIsLazy()
    {
        using var scope = Python.CreateScope();
        scope.Set("array", new[] { 1, 2, 3 });
        scope.Set("list", new List<string> { "a" });
        Assert.Equal(("list", "list"), scope.Eval<(string, string)>("type(array).__name__, type(list).__name__"));
        using (Python.AcquireGil())
        {
            nint iterator = PyConverters.IterableOf(PyConverters.For<double>()).ToPython(new[] { 1.5, 2.5 });
            using var wrapped = new PyObject(iterator, PyOwnership.Steal);
            scope.Set("lazy", wrapped);
        }
        Assert.Equal(4.0, scope.Eval<double>("sum(lazy)"));
    }
}
