using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using PyBind.Gen.IntegrationTests.Infrastructure;
using Xunit;

namespace PyBind.Gen.IntegrationTests;

/// <summary>
/// <c>Generator[Y, S, R]</c> and <c>Iterator[T]</c> results are the Python objects (disposable), typed generators (send,
/// return value) and lazy sequences at once; <c>AsyncIterator[T]</c> is an <c>IAsyncEnumerable&lt;T&gt;</c>. Each answer is
/// compared with the same steps taken in Python.
/// </summary>
public class GeneratorTests
{
    public GeneratorTests() => FixtureModule.EnsureImportable();

    /// <summary>Drives <c>counter(start)</c> in Python with <paramref name="sends"/> (None for next()): the yields and the return value.</summary>
    private static (string[] Yields, bool Returned) InPython(int start, string sends)
    {
        using PyScope scope = Python.CreateScope();
        scope.Run($$"""
            import pybind_fixture
            g = pybind_fixture.counter({{start}})
            yields, returned = [], None
            try:
                for value in [{{sends}}]:
                    yields.append(next(g) if value is None else g.send(value))
            except StopIteration as stop:
                returned = stop.value
            """);
        return (scope.Get<string[]>("yields"), scope.Get<bool>("returned"));
    }

    [Fact]
    public void Generator_SendsAndReturnsItsValue_LikePython()
    {
        (string[] yields, bool returned) = InPython(6, "None, 2, None, 1");

        using PyGenerator<string, long, bool> counter = Fixture.Counter(6);
        var mine = new List<string>();
        Assert.True(counter.TryNext(out string? first));
        mine.Add(first!);
        Assert.True(counter.TrySend(2, out string? afterTwo));
        mine.Add(afterTwo!);
        Assert.True(counter.TryNext(out string? next));
        mine.Add(next!);
        Assert.False(counter.TrySend(1, out _));
        Assert.False(counter.TryNext(out _));

        Assert.Equal(yields, mine);
        Assert.True(counter.IsFinished);
        Assert.Equal(returned, counter.ReturnValue);
    }

    [Fact]
    public void Generator_IsALazySequence_AndItsReturnValueFollows()
    {
        (string[] yields, bool returned) = InPython(3, "None, None, None, None");

        using var counter = Fixture.Counter(3);
        Assert.Equal(yields, counter.ToArray());
        Assert.Equal(returned, counter.ReturnValue);
    }

    [Fact]
    public void Iterator_IsDisposable_AndEachPassGoesOnWhereTheLastStopped()
    {
        long[] all = Python.Eval<long[]>("list(__import__('pybind_fixture').lazy(5))");

        using PyIterator<long> squares = Fixture.Lazy(5);
        long[] firstTwo = squares.Take(2).ToArray();
        var rest = new List<long>();
        foreach (long square in squares)
            rest.Add(square);

        Assert.Equal(all, firstTwo.Concat(rest));
        Assert.True(squares.IsFinished);
        Assert.Empty(squares);
    }

    [Fact]
    public void AGeneratorPassedOn_IsTheSamePythonObject_WithWhatIsLeftOfIt()
    {
        string[] yields = InPython(4, "None, None, None, None, None").Yields;

        using var counter = Fixture.Counter(4);
        Assert.True(counter.TryNext(out _));
        // counts(words: Iterable[str]) iterates the generator itself: the items after the one taken here.
        IDictionary<string, long> counts = Fixture.Counts(counter);

        Assert.Equal(yields.Skip(1).OrderBy(w => w), counts.Keys.OrderBy(w => w));
        // Finished by Python, which took the return value: there is none left to see here.
        Assert.False(counter.TryNext(out _));
        Assert.Throws<System.InvalidOperationException>(() => counter.ReturnValue);
    }

    [Fact]
    public async Task AsyncIterator_IsAnAsyncEnumerable()
    {
        long[] expected = Python.Eval<long[]>("[i * 10 for i in range(4)]");

        var items = new List<long>();
        await foreach (long tick in Fixture.Ticks(4))
            items.Add(tick);

        Assert.Equal(expected, items);
    }
}
