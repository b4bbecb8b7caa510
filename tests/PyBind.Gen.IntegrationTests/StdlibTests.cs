using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.IntegrationTests.Infrastructure;
using Xunit;

namespace PyBind.Gen.IntegrationTests;

/// <summary>Standard-library bindings, each result compared with what Python itself computes for the same call.</summary>
public class StdlibTests
{
    private static T Python<T>(string expression) => global::PyBind.Python.Eval<T>(expression);

    [Fact]
    public void Math_FunctionsAndConstants_MatchPython()
    {
        Assert.Equal(Python<double>("__import__('math').sqrt(2.0)"), PyMath.Sqrt(2.0));
        Assert.Equal(Python<double>("__import__('math').pi"), PyMath.Pi);
        Assert.Equal(Python<long>("__import__('math').factorial(20)"), PyMath.Factorial(20));
        Assert.Equal(Python<long>("__import__('math').gcd(12, 18, 27)"), PyMath.Gcd(12, 18, 27));
        Assert.Equal(Python<long>("__import__('math').floor(2.5)"), PyMath.Floor(2.5));
        Assert.True(PyMath.Isclose(1.0, 1.0 + 1e-10));
        Assert.False(PyMath.Isclose(1.0, 1.1, relTol: 0.01));
        Assert.Equal(Python<double>("__import__('math').log(8, 2)"), PyMath.Log(8.0, 2.0));
    }

    [Fact]
    public void Statistics_ModeOfAnything_IsGeneric_InferredFromTheArgument()
    {
        string word = Stats.Mode(new[] { "pear", "fig", "fig" });
        long number = Stats.Mode(new List<long> { 3, 1, 3, 2 });

        Assert.Equal(Python<string>("__import__('statistics').mode(['pear', 'fig', 'fig'])"), word);
        Assert.Equal(Python<long>("__import__('statistics').mode([3, 1, 3, 2])"), number);
    }

    [Fact]
    public void Statistics_MeanOfDoubles_IsTheDoubleOverloadOfItsConstrainedTypeVariable()
    {
        double mean = Stats.Mean(new[] { 1.0, 2.0, 4.0 });

        Assert.Equal(Python<double>("__import__('statistics').mean([1.0, 2.0, 4.0])"), mean);
        Assert.Equal(2.3333333333333335, mean);
        Assert.Equal(Python<double>("__import__('statistics').median([3.0, 1.0, 2.0, 10.0])"), Stats.Median(new List<double> { 3.0, 1.0, 2.0, 10.0 }));
        Assert.Equal(1.5m, Stats.Mean(new[] { 1m, 2m }));
    }

    [Fact]
    public void Statistics_ErrorsAreTheGeneratedExceptionClass()
    {
        Stats.StatisticsError error = Assert.Throws<Stats.StatisticsError>(() => Stats.Mean(Array.Empty<double>()));

        Assert.Equal("statistics.StatisticsError", error.PythonTypeName);
        Assert.IsAssignableFrom<PyValueError>(error);
    }

    [Fact]
    public void Json_KeywordOnlyArguments_AreSentByName_AndOmittedOnesAreNot()
    {
        var data = new Dictionary<string, object?> { ["b"] = 1L, ["a"] = new[] { 1.5, 2.5 } };

        string compact = Json.Dumps(data);
        string pretty = Json.Dumps(data, indent: 2, sortKeys: true);

        Assert.Equal(Python<string>("__import__('json').dumps({'b': 1, 'a': [1.5, 2.5]})"), compact);
        Assert.Equal(Python<string>("__import__('json').dumps({'b': 1, 'a': [1.5, 2.5]}, indent=2, sort_keys=True)"), pretty);
        Assert.Equal(Python<string>("__import__('json').dumps([1, 2], separators=(',', ':'))"), Json.Dumps(new[] { 1L, 2L }, separators: (",", ":")));
        Assert.Equal(Python<string>("__import__('json').dumps({'x': 1}, indent='--')"), Json.Dumps(new Dictionary<string, long> { ["x"] = 1 }, indent: "--"));

        using PyObject loaded = Json.Loads("{\"k\": [1, 2, 3]}");
        Assert.Equal(new long[] { 1, 2, 3 }, loaded["k"].As<long[]>());
    }

    [Fact]
    public void NullForAUnionWithNone_IsSentAsNone()
    {
        // indent: int | str | None became Dumps(…, long? indent = null) and Dumps(…, string? indent): null picks one, and it means None.
        var data = new Dictionary<string, long> { ["x"] = 1 };

        Assert.Equal(Python<string>("__import__('json').dumps({'x': 1}, indent=None)"), Json.Dumps(data, indent: null));
        Assert.Equal(Python<string>("__import__('json').dumps({'x': 1}, indent=None)"), Json.Dumps(data, null));
    }

    [Fact]
    public void ExceptionExportedUnderAnotherName_IsCaughtAsItsGeneratedClass()
    {
        // json exports JSONDecodeError; Python names it json.decoder.JSONDecodeError. Matching is by class object.
        Json.JSONDecodeError error = Assert.Throws<Json.JSONDecodeError>(() => Json.Loads("{not json"));

        Assert.Equal(Python<string>("__import__('json').JSONDecodeError.__module__") + ".JSONDecodeError", error.PythonTypeName);
        Assert.IsAssignableFrom<PyValueError>(error);
    }

    [Fact]
    public void TextWrap_WrapFillAndDedent_MatchPython()
    {
        const string text = "The quick brown fox jumps over the lazy dog and keeps on running far away";

        IList<string> lines = TextWrap.Wrap(text, width: 20);

        Assert.Equal(Python<string[]>($"__import__('textwrap').wrap({Repr(text)}, width=20)"), lines.ToArray());
        Assert.Equal(Python<string>($"__import__('textwrap').fill({Repr(text)}, width=30, initial_indent='> ')"), TextWrap.Fill(text, width: 30, initialIndent: "> "));
        Assert.Equal("a\n  b\n", TextWrap.Dedent("    a\n      b\n"));
        Assert.Equal(Python<string>("__import__('textwrap').shorten('Hello  world, this is long', width=15)"), TextWrap.Shorten("Hello  world, this is long", width: 15));
    }

    [Fact]
    public void Difflib_CloseMatchesDiffsAndMatchers_MatchPython()
    {
        string[] words = ["ape", "apple", "peach", "puppy"];

        Assert.Equal(
            Python<string[]>("__import__('difflib').get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy'])"),
            Difflib.GetCloseMatches("appel", words).ToArray());
        Assert.Equal(["apple"], Difflib.GetCloseMatches("appel", words, n: 1, cutoff: 0.8));

        string[] before = ["one\n", "two\n", "three\n"];
        string[] after = ["one\n", "three\n", "four\n"];
        Assert.Equal(
            Python<string[]>("list(__import__('difflib').unified_diff(['one\\n', 'two\\n', 'three\\n'], ['one\\n', 'three\\n', 'four\\n'], fromfile='a', tofile='b'))"),
            Difflib.UnifiedDiff(before, after, fromfile: "a", tofile: "b").ToArray());

        using var matcher = new Difflib.SequenceMatcher(isjunk: null, a: before, b: (IEnumerable<object?>)after);
        Assert.Equal(Python<double>("__import__('difflib').SequenceMatcher(None, ['one\\n', 'two\\n', 'three\\n'], ['one\\n', 'three\\n', 'four\\n']).ratio()"), matcher.Ratio());
    }

    [Fact]
    public void Builtins_SortedWithoutKey_InfersTheItemType()
    {
        IList<long> sorted = Builtins.Sorted(new long[] { 3, 1, 2 });
        IList<string> reversed = Builtins.Sorted(new[] { "b", "c", "a" }, reverse: true);

        Assert.Equal([1L, 2L, 3L], sorted);
        Assert.Equal(["c", "b", "a"], reversed);
    }

    [Fact]
    public void Functools_ReduceWithALambda_ReturnsTheInferredType()
    {
        long sum = Functools.Reduce((long a, long b) => a + b, new long[] { 1, 2, 3 });
        string joined = Functools.Reduce((string acc, long x) => acc + x, new long[] { 1, 2, 3 }, "n:");

        Assert.Equal(6L, sum);
        Assert.Equal("n:123", joined);
    }

    [Fact]
    public void Builtins_SortedWithAKey_CallsTheDelegate()
    {
        IList<string> byLength = Builtins.Sorted(new[] { "ccc", "a", "bb" }, key: w => w.Length);

        Assert.Equal(["a", "bb", "ccc"], byLength);
    }

    [Fact]
    public void Functools_CmpToKey_SortsByAComparison()
    {
        using PyObject byLengthThenText = Functools.CmpToKey((string a, string b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b));
        IList<string> sorted = Builtins.Sorted(new[] { "bb", "a", "ab", "c" }, key: byLengthThenText.As<Func<string, PyObject>>());

        Assert.Equal(Python<string[]>("sorted(['bb', 'a', 'ab', 'c'], key=lambda w: (len(w), w))"), sorted);
    }

    [Fact]
    public void Itertools_AnIteratorOfUnknownItems_IsAnEnumerableOfPyObjects_ForLinq()
    {
        using var pairs = new Itertools.Combinations(new long[] { 1, 2, 3 }, 2);
        (long, long)[] combinations = pairs.Select(pair => pair.As<(long, long)>()).ToArray();
        using var counter = new Itertools.Count(10L, 5L);
        long[] counted = counter.Take(3).Select(n => n.As<long>()).ToArray();

        Assert.Equal(Python<(long, long)[]>("list(__import__('itertools').combinations([1, 2, 3], 2))"), combinations);
        Assert.Equal(Python<long[]>("list(__import__('itertools').islice(__import__('itertools').count(10, 5), 3))"), counted);
    }

    [Fact]
    public void Builtins_Enumerate_IsAnEnumerableOfWhatItsNextReturns()
    {
        using var numbered = new Builtins.Enumerate(new[] { "a", "b", "c" }, start: 1);
        (long, string)[] items = numbered.Select(item => (item.Item1, item.Item2.As<string>())).ToArray();

        Assert.Equal(Python<(long, string)[]>("list(enumerate(['a', 'b', 'c'], start=1))"), items);
    }

    [Fact]
    public void Collections_ADequeOfItsTypeVariable_IsAnEnumerableOfPyObjects_ForLinq()
    {
        using var deque = new Collections.Deque(new long[] { 1, 2, 3 });
        deque.Append(4L);
        deque.Appendleft(0L);
        long popped = deque.Pop().As<long>();
        long[] items = deque.Select(item => item.As<long>()).ToArray();

        const string Script = "(lambda d: (d.append(4), d.appendleft(0), d.pop(), list(d)))(__import__('collections').deque([1, 2, 3]))";
        Assert.Equal(Python<long>(Script + "[2]"), popped);
        Assert.Equal(Python<long[]>(Script + "[3]"), items);
    }

    [Fact]
    public void Collections_ACounterIsADict_IndexedCountedAndEnumerated()
    {
        using var counts = new Collections.Counter(new[] { "b", "a", "b", "c", "b", "a" });
        string[] keys = counts.Select(key => key.As<string>()).ToArray();
        long? b = counts.Get("b");
        long? missing = counts.Get("z");
        long popped = counts.Pop("a");

        const string Counts = "__import__('collections').Counter(['b', 'a', 'b', 'c', 'b', 'a'])";
        Assert.Equal(Python<string[]>($"list({Counts})"), keys);
        Assert.Equal(Python<long>($"{Counts}.get('b')"), b);
        Assert.Null(missing);
        Assert.Equal(Python<long>($"{Counts}.pop('a')"), popped);
        Assert.Equal(Python<long>($"(lambda c: (c.pop('a'), len(c))[1])({Counts})"), counts.Count);
    }

    [Fact]
    public void Fractions_ArithmeticWithAnInt_IsATypedFraction_AndWithADoubleADouble()
    {
        using var third = new Fractions.Fraction("1/3");
        using Fractions.Fraction sum = third + 1;
        using Fractions.Fraction product = 2 * third * third;
        double mixed = third + 0.5;

        const string Third = "__import__('fractions').Fraction(1, 3)";
        Assert.Equal(Python<string>($"str({Third} + 1)"), sum.ToString());
        Assert.Equal(Python<string>($"str(2 * {Third} * {Third})"), product.ToString());
        Assert.Equal(Python<double>($"{Third} + 0.5"), mixed);
    }

    private static string Repr(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
