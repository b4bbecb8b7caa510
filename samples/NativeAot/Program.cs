using PyBind;

// Generated bindings, called from native code: math and statistics through their committed stubs.
Console.WriteLine($"math.sqrt(2) = {PyMath.Sqrt(2.0)}");
Console.WriteLine($"statistics.mean([1, 2, 4]) = {Stats.Mean(new[] { 1.0, 2.0, 4.0 })}");

// Python calling the [PyExport] module below: typed bodies, no reflection when Python calls them.
Python.Run("""
    import aot_host
    from aot_host.text import shout
    print('add_two(40) =', aot_host.add_two(40))
    print('apply(lambda x: x * 3, 7) =', aot_host.apply(lambda x: x * 3, 7))
    print('shout =', shout('native'))
    counter = aot_host.new_counter(5)
    counter.increment()
    counter.increment()
    print('counter.value =', counter.value, isinstance(counter, aot_host.Counter))
    """);
Console.WriteLine($"the same counter in .NET: {Python.MainScope.Get<Counter>("counter").Value}");

/// <summary>A module Python imports from this native program.</summary>
[PyExport("aot_host")]
internal static class AotHost
{
    public static long AddTwo(long value) => value + 2;

    public static long Apply(Func<long, long> function, long value) => function(value);

    public static Counter NewCounter(long start) => new() { Value = start };

    public static class Text
    {
        public static string Shout(string word) => word.ToUpperInvariant() + "!";
    }
}

/// <summary>A .NET object Python uses through its proxy; the module keeps its members for the trimmer.</summary>
internal sealed class Counter
{
    public long Value { get; set; }

    public void Increment() => Value++;
}
