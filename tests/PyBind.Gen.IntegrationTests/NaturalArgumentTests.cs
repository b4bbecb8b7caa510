using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Linq;
using PyBind.Gen.IntegrationTests.Infrastructure;
using Xunit;

namespace PyBind.Gen.IntegrationTests;

/// <summary>
/// Argument shapes × annotation shapes: every C# collection a caller naturally has — arrays, lists, lazy sequences, sets,
/// dictionaries of any kind, collection expressions, nested ones, and the views other bound calls return — is accepted
/// without a cast for every container annotation (<c>Fixtures/pybind_arguments.py</c>). That this file compiles is half of
/// the test; each call then compares what Python received with what Python makes of the same value written in Python.
/// </summary>
public class NaturalArgumentTests
{
    public NaturalArgumentTests() => FixtureModule.EnsureImportable();

    /// <summary>Python's description (its own <c>describe</c>) of a value written as a Python literal.</summary>
    private static string Python(string literal) => global::PyBind.Python.Eval<string>($"__import__('pybind_arguments').describe({literal})");

    [Fact]
    public void ListOfInt_TakesArraysListsSetsLazySequencesAndBoundResults()
    {
        string expected = Python("[0, 1, 2]");
        Assert.Equal(expected, Arguments.ListOfInt(new long[] { 0, 1, 2 }));
        Assert.Equal(expected, Arguments.ListOfInt(new List<long> { 0, 1, 2 }));
        Assert.Equal(expected, Arguments.ListOfInt([0, 1, 2]));
        Assert.Equal(expected, Arguments.ListOfInt(Enumerable.Range(0, 3).Select(i => (long)i)));
        Assert.Equal(expected, Arguments.ListOfInt(new SortedSet<long> { 2, 0, 1 }));
        Assert.Equal(expected, Arguments.ListOfInt(ImmutableArray.Create(0L, 1L, 2L)));
        Assert.Equal(expected, Arguments.ListOfInt(Arguments.MakeList(3)));
        // A set another call returned is a Python set: list[int] gets a list of its items.
        Assert.Equal(expected, Arguments.ListOfInt(Arguments.MakeSet(3)));
    }

    [Fact]
    public void SequenceAndIterable_TakeAnySequence_AndTheirItemsConvert()
    {
        Assert.Equal(Python("[0.0, 0.5, 1.0]"), Arguments.SequenceOfFloat(new[] { 0.0, 0.5, 1.0 }));
        Assert.Equal(Python("[0.0, 0.5, 1.0]"), Arguments.SequenceOfFloat(Arguments.MakeSequence(3)));
        Assert.Equal(Python("[0.0, 1.0]"), Arguments.SequenceOfFloat(new ReadOnlyCollection<double>([0.0, 1.0])));
        Assert.Equal(Python("['a', 'b']"), Arguments.IterableOfStr(new[] { "a", "b" }));
        Assert.Equal(Python("['a', 'b']"), Arguments.IterableOfStr(new Queue<string>(["a", "b"])));
        Assert.Equal(Python("['x1', 'x2']"), Arguments.IterableOfStr(Enumerable.Range(1, 2).Select(i => "x" + i)));
    }

    [Fact]
    public void SetTupleAndFrozenset_ReachPythonAsThatContainer()
    {
        Assert.Equal(Python("{1, 2}"), Arguments.SetOfInt(new HashSet<long> { 1, 2 }));
        Assert.Equal(Python("{1, 2}"), Arguments.SetOfInt(new long[] { 2, 1, 2 }));
        Assert.Equal(Python("{0, 1, 2}"), Arguments.SetOfInt(Arguments.MakeSet(3)));
        Assert.Equal(Python("{0, 1}"), Arguments.SetOfInt(Arguments.MakeList(2)));
        Assert.Equal(Python("frozenset({'a', 'b'})"), Arguments.FrozensetOfStr(new List<string> { "b", "a" }));
        Assert.Equal(Python("(1, 2)"), Arguments.TupleOfInt(new List<long> { 1, 2 }));
        Assert.Equal(Python("(0, 1)"), Arguments.TupleOfInt(Arguments.MakeList(2)));
    }

    [Fact]
    public void ListOfAny_TakesCollectionsOfAnyItemType()
    {
        Assert.Equal(Python("[1, 2]"), Arguments.ListOfAny(new List<int> { 1, 2 }));
        Assert.Equal(Python("['a', 2.5, None]"), Arguments.ListOfAny(new object?[] { "a", 2.5, null }));
        Assert.Equal(Python("[True]"), Arguments.ListOfAny(new ArrayList { true }));
        Assert.Equal(Python("[0, 1]"), Arguments.ListOfAny(Arguments.MakeList(2)));
        Assert.Equal(Python("[[1], 'b']"), Arguments.ListOfAny(new object[] { new[] { 1L }, "b" }));
    }

    [Fact]
    public void Dictionaries_TakeEveryKindOfDictionary_AndTheViewsOfOtherCalls()
    {
        string expected = Python("{'a': 0, 'b': 1}");
        Assert.Equal(expected, Arguments.DictOfInt(new Dictionary<string, long> { ["a"] = 0, ["b"] = 1 }));
        Assert.Equal(expected, Arguments.DictOfInt(new SortedDictionary<string, long> { ["b"] = 1, ["a"] = 0 }));
        Assert.Equal(expected, Arguments.DictOfInt(new ReadOnlyDictionary<string, long>(new Dictionary<string, long> { ["a"] = 0, ["b"] = 1 })));
        Assert.Equal(expected, Arguments.DictOfInt(ImmutableDictionary<string, long>.Empty.Add("a", 0).Add("b", 1)));
        Assert.Equal(expected, Arguments.DictOfInt(new[] { KeyValuePair.Create("a", 0L), KeyValuePair.Create("b", 1L) }));
        Assert.Equal(expected, Arguments.DictOfInt(Arguments.MakeDict(2)));
        Assert.Equal(Python("{'x': 2.5}"), Arguments.MappingOfFloat(new Dictionary<string, double> { ["x"] = 2.5 }));
    }

    [Fact]
    public void DictOfAny_TakesDictionariesOfAnyValueType()
    {
        Assert.Equal(Python("{'a': 1}"), Arguments.DictOfAny(new Dictionary<string, int> { ["a"] = 1 }));
        Assert.Equal(Python("{'a': 'x', 'b': None}"), Arguments.DictOfAny(new Dictionary<string, object?> { ["a"] = "x", ["b"] = null }));
        Assert.Equal(Python("{'a': [1, 2]}"), Arguments.DictOfAny(new Dictionary<string, List<long>> { ["a"] = [1, 2] }));
        Assert.Equal(Python("{'a': 0, 'b': 1}"), Arguments.DictOfAny(Arguments.MakeDict(2)));
    }

    [Fact]
    public void NestedSequences_TakeNestedCollectionsOfAnyKind()
    {
        string expected = Python("[[1], [2, 3]]");
        Assert.Equal(expected, Arguments.ListOfLists(new List<List<long>> { new() { 1 }, new() { 2, 3 } }));
        Assert.Equal(expected, Arguments.ListOfLists(new long[][] { [1], [2, 3] }));
        Assert.Equal(expected, Arguments.ListOfLists(new List<long[]> { new long[] { 1 }, new long[] { 2, 3 } }));
        Assert.Equal(expected, Arguments.ListOfLists([[1], [2, 3]]));
        Assert.Equal(Python("[[], [0], [0, 1]]"), Arguments.ListOfLists(Arguments.MakeListOfLists(3)));

        Assert.Equal(Python("[{'a': 1}, {}]"), Arguments.ListOfDicts(new List<Dictionary<string, long>> { new() { ["a"] = 1 }, new() }));
        Assert.Equal(Python("[{'a': 0}]"), Arguments.ListOfDicts(new[] { Arguments.MakeDict(1) }));
        Assert.Equal(Python("[(1, 'a'), (2, 'b')]"), Arguments.ListOfPairs(new List<(long, string)> { (1, "a"), (2, "b") }));
        Assert.Equal(Python("[(1, 'a')]"), Arguments.ListOfPairs([(1, "a")]));
    }

    [Fact]
    public void DictionariesOfCollections_TakeAnyCollectionAsTheValue()
    {
        string expected = Python("{'a': [1, 2], 'b': []}");
        Assert.Equal(expected, Arguments.DictOfLists(new Dictionary<string, List<long>> { ["a"] = [1, 2], ["b"] = [] }));
        Assert.Equal(expected, Arguments.DictOfLists(new Dictionary<string, long[]> { ["a"] = [1, 2], ["b"] = [] }));
        Assert.Equal(expected, Arguments.DictOfLists(new SortedDictionary<string, IEnumerable<long>> { ["a"] = [1, 2], ["b"] = [] }));
        Assert.Equal(Python("{'a': [], 'b': [0]}"), Arguments.DictOfLists(Arguments.MakeDictOfLists(2)));

        Assert.Equal(Python("{'a': {1, 2}}"), Arguments.DictOfSets(new Dictionary<string, HashSet<long>> { ["a"] = [2, 1] }));
        Assert.Equal(Python("{'a': {1, 2}}"), Arguments.DictOfSets(new Dictionary<string, List<long>> { ["a"] = [2, 1, 2] }));
        Assert.Equal(Python("{'a': {'v': 1}}"), Arguments.DictOfDicts(new Dictionary<string, Dictionary<string, long>> { ["a"] = new() { ["v"] = 1 } }));
        Assert.Equal(Python("{'a': {'v': 0}, 'b': {'v': 1}}"), Arguments.DictOfDicts(Arguments.MakeDictOfDicts(2)));
        Assert.Equal(Python("{'x': [0.5]}"), Arguments.MappingOfSequences(new Dictionary<string, double[]> { ["x"] = [0.5] }));
        Assert.Equal(Python("{'x': [1, 'a']}"), Arguments.DictOfListsOfAny(new Dictionary<string, object[]> { ["x"] = [1L, "a"] }));
        Assert.Equal(Python("{'x': [1, 2]}"), Arguments.DictOfListsOfAny(new Dictionary<string, List<int>> { ["x"] = [1, 2] }));
    }

    [Fact]
    public void TuplesOfAnyLength_GoAndComeBack()
    {
        (string, long, long, long, long, long, long, long, long, double) expected =
            global::PyBind.Python.Eval<(string, long, long, long, long, long, long, long, long, double)>("__import__('pybind_arguments').rotate((0, 1, 2, 3, 4, 5, 6, 7, 8.5, 'z'))");

        var rotated = Arguments.Rotate((0, 1, 2, 3, 4, 5, 6, 7, 8.5, "z"));

        Assert.Equal(expected, rotated);
        Assert.Equal("z", rotated.Item1);
        Assert.Equal(8.5, rotated.Item10);
        Assert.Equal(default, Arguments.Nothing());
    }

    [Fact]
    public void BoundResults_RoundTrip_AsTheSamePythonObjects()
    {
        // What one call returns, another takes as it is: a live view passes as the Python object it views.
        IDictionary<string, IList<long>> lists = Arguments.MakeDictOfLists(3);
        lists["c"].Add(9);
        Assert.Equal(Python("{'a': [], 'b': [0], 'c': [0, 1, 9]}"), Arguments.DictOfLists(lists));
        IList<long> list = Arguments.MakeList(2);
        list.Add(5);
        Assert.Equal(Python("[0, 1, 5]"), Arguments.ListOfInt(list));
    }

    [Fact]
    public void AnOptionalDictionaryOfCollections_TakesTheSameShapes_OrNothing()
    {
        Assert.Equal("1 " + Python("None"), Arguments.OptionalDictOfLists(1));
        Assert.Equal("1 " + Python("None"), Arguments.OptionalDictOfLists(1, null));
        Assert.Equal("2 " + Python("{'a': [1]}"), Arguments.OptionalDictOfLists(2, new Dictionary<string, List<long>> { ["a"] = [1] }));
        Assert.Equal("2 " + Python("{'a': [1]}"), Arguments.OptionalDictOfLists(2, x: new Dictionary<string, long[]> { ["a"] = [1] }));
        Assert.Equal("2 " + Python("{'a': [1]}"), Arguments.OptionalDictOfLists(2, new Dictionary<string, IEnumerable<long>> { ["a"] = [1] }));
        Assert.Equal("3 " + Python("{'a': [], 'b': [0]}"), Arguments.OptionalDictOfLists(3, Arguments.MakeDictOfLists(2)));
    }
}
