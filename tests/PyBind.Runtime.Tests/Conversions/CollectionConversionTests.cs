using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace PyBind.Runtime.Tests.Conversions;

public class CollectionConversionTests
{
    [Fact]
    public void NestedCollections_BecomeNestedPythonObjects()
    {
        var value = new Dictionary<string, List<long[]>>
        {
            ["a"] = new() { new long[] { 1, 2 }, Array.Empty<long>() },
            ["b"] = new(),
        };
        using var scope = Python.CreateScope();
        scope.Set("value", value);
        Assert.True(scope.Eval<bool>("value == {'a': [[1, 2], []], 'b': []}"));
        Dictionary<string, List<long[]>> back = scope.Get<Dictionary<string, List<long[]>>>("value");
        Assert.Equal(new long[] { 1, 2 }, back["a"][0]);
        Assert.Empty(back["b"]);
    }

    [Fact]
    public void LiveViewsPassedAsDotNetCollections_AreTheSamePythonObjects()
    {
        using var scope = Python.CreateScope();
        scope.Run("items = [3, 1, 2]\nmapping = {'a': 1}\nunique = {1, 2}");
        using var items = (PyList<long>)scope.Get<IList<long>>("items");
        using var mapping = (PyDict<string, long>)scope.Get<IDictionary<string, long>>("mapping");
        using var unique = (PySet<long>)scope.Get<ISet<long>>("unique");
        using PyObject same = scope.Eval("lambda a, b: a is b");

        // Typed as .NET collections, the conversions a generated parameter uses must not copy a view of Python's object.
        nint list = PyConverters.For<IEnumerable<long>>().ToPython(items);
        nint dict = PyConverters.For<IReadOnlyDictionary<string, long>>().ToPython(mapping);
        nint set = PyConverters.For<ISet<long>>().ToPython(unique);
        using var listBack = new PyObject(list, PyOwnership.Steal);
        using var dictBack = new PyObject(dict, PyOwnership.Steal);
        using var setBack = new PyObject(set, PyOwnership.Steal);

        Assert.True(same.Call<bool>(listBack, items));
        Assert.True(same.Call<bool>(dictBack, mapping));
        Assert.True(same.Call<bool>(setBack, unique));
    }

    [Fact]
    public void SequencesForAParameter_BecomeTheContainerItsAnnotationNames()
    {
        // Converters are called holding the GIL, as generated code calls them.
        using GilScope gil = Python.AcquireGil();
        using PyObject describe = Python.Eval("lambda x: (type(x).__name__, sorted(x))");
        string Describe(nint owned)
        {
            using var value = new PyObject(owned, PyOwnership.Steal);
            using PyObject described = describe.Call(value);
            return described.ToString();
        }

        PyConverter<long> longs = PyConverters.For<long>();
        Assert.Equal("('tuple', [1, 2])", Describe(PyConverters.EnumerableOf(longs, PyCollectionKind.Tuple).ToPython(new List<long> { 2, 1 })));
        Assert.Equal("('set', [1, 2])", Describe(PyConverters.EnumerableOf(longs, PyCollectionKind.Set).ToPython(new long[] { 2, 1, 2 })));
        Assert.Equal("('frozenset', [1])", Describe(PyConverters.EnumerableOf(longs, PyCollectionKind.FrozenSet).ToPython([1])));
        Assert.Equal("('list', ['a', 'b'])", Describe(PyConverters.UntypedSequenceOf(PyCollectionKind.List).ToPython(new List<string> { "b", "a" })));

        // A view of a Python object passes as itself where it already is that container, else its items are copied into one.
        using var scope = Python.CreateScope();
        scope.Run("items = [2, 1]\nunique = {3}");
        using var items = (PyList<long>)scope.Get<IList<long>>("items");
        using var unique = (PySet<long>)scope.Get<ISet<long>>("unique");
        using PyObject same = scope.Eval("lambda a, b: a is b");
        using var asList = new PyObject(PyConverters.EnumerableOf(longs, PyCollectionKind.List).ToPython(items), PyOwnership.Steal);
        using var asSet = new PyObject(PyConverters.EnumerableOf(longs, PyCollectionKind.Set).ToPython(items), PyOwnership.Steal);
        Assert.True(same.Call<bool>(asList, items));
        Assert.Equal("{1, 2}", asSet.ToString());
        Assert.Equal("('list', [3])", Describe(PyConverters.UntypedSequenceOf(PyCollectionKind.List).ToPython(unique)));
    }

    [Fact]
    public void KeyValuePairs_AreADict_WhateverDictionaryTheyComeFrom()
    {
        using GilScope gil = Python.AcquireGil();
        using var scope = Python.CreateScope();
        PyConverter<IEnumerable<KeyValuePair<string, long>>> pairs = PyConverters.MappingOf(PyConverters.For<string>(), PyConverters.For<long>());
        using var fromPairs = new PyObject(pairs.ToPython(new[] { KeyValuePair.Create("a", 1L) }), PyOwnership.Steal);
        using var fromSorted = new PyObject(pairs.ToPython(new SortedDictionary<string, long> { ["b"] = 2 }), PyOwnership.Steal);
        Assert.Equal("{'a': 1}", fromPairs.ToString());
        Assert.Equal("{'b': 2}", fromSorted.ToString());
        // By run-time type too (a type parameter of a generated method converts this way).
        using var byType = new PyObject(PyConverters.For<IEnumerable<KeyValuePair<string, long>>>().ToPython(new[] { KeyValuePair.Create("c", 3L) }), PyOwnership.Steal);
        Assert.Equal("{'c': 3}", byType.ToString());
    }

    [Fact]
    public void Through_ConvertsADerivedTypeAsItsBase()
    {
        using GilScope gil = Python.AcquireGil();
        PyConverter<List<long>> lists = PyConverters.Through<List<long>, IEnumerable<long>>(PyConverters.EnumerableOf(PyConverters.For<long>(), PyCollectionKind.Tuple));
        using var value = new PyObject(lists.ToPython([1, 2]), PyOwnership.Steal);
        Assert.Equal("(1, 2)", value.ToString());
        // Back from Python only where the base's converter makes the derived type.
        Assert.Throws<PyConversionException>(() => lists.FromPython(value.Handle));
    }

    [Fact]
    public void ValueTuple_IsAPythonTuple()
    {
        using var scope = Python.CreateScope();
        scope.Set("pair", (1L, "two"));
        Assert.Equal("(1, 'two')", scope.Eval<string>("repr(pair)"));
        Assert.Equal((3L, 1L), Python.Eval<(long, long)>("divmod(10, 3)"));
        Assert.Equal((1L, 2.5, "x"), Python.Eval<(long, double, string)>("[1, 2.5, 'x']"));
        Assert.Throws<PyConversionException>(() => Python.Eval<(long, long)>("(1, 2, 3)"));
    }

    [Fact]
    public void LongValueTuples_AreOneFlatPythonTuple_BothWays()
    {
        // C# nests items past the seventh in ValueTuple's TRest; Python's tuple stays flat.
        (long, long, long, long, long, long, long, long, long, long, long, long, long, long, long, string) sixteen =
            Python.Eval<(long, long, long, long, long, long, long, long, long, long, long, long, long, long, long, string)>("tuple(range(15)) + ('end',)");
        Assert.Equal(14L, sixteen.Item15);
        Assert.Equal("end", sixteen.Item16);
        using var scope = Python.CreateScope();
        scope.Set("eight", (1L, 2L, 3L, 4L, 5L, 6L, 7L, "eight"));
        Assert.Equal("(1, 2, 3, 4, 5, 6, 7, 'eight')", scope.Eval<string>("repr(eight)"));
        Assert.Throws<PyConversionException>(() => Python.Eval<(long, long, long, long, long, long, long, long)>("tuple(range(9))"));
        Assert.Equal(default, Python.Eval<ValueTuple>("()"));

        using GilScope gil = Python.AcquireGil();
        PyConverter<(long, long, long, long, long, long, long, long, long)> composed = PyConverters.TupleOf(
            PyConverters.For<long>(), PyConverters.For<long>(), PyConverters.For<long>(), PyConverters.For<long>(), PyConverters.For<long>(),
            PyConverters.For<long>(), PyConverters.For<long>(), PyConverters.TupleOf(PyConverters.For<long>(), PyConverters.For<long>()));
        using var nine = new PyObject(composed.ToPython((1, 2, 3, 4, 5, 6, 7, 8, 9)), PyOwnership.Steal);
        Assert.Equal("(1, 2, 3, 4, 5, 6, 7, 8, 9)", nine.ToString());
        Assert.Equal((1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), composed.FromPython(nine.DangerousGetHandle()));
        Assert.Throws<ArgumentException>(() => PyConverters.TupleOf(
            PyConverters.For<long>(), PyConverters.For<long>(), PyConverters.For<long>(), PyConverters.For<long>(), PyConverters.For<long>(),
            PyConverters.For<long>(), PyConverters.For<long>(), PyConverters.Through<ValueTuple<long>, ValueTuple<long>>(PyConverters.For<ValueTuple<long>>())));
    }

    [Fact]
    public void Set_IsAPythonSet()
    {
        using var scope = Python.CreateScope();
        scope.Set("s", new HashSet<long> { 3, 1, 2 });
        Assert.True(scope.Eval<bool>("s == {1, 2, 3}"));
        Assert.Equal(new HashSet<string> { "a", "b" }, Python.Eval<HashSet<string>>("{'a', 'b'}"));
    }

    [Fact]
    public void ReadOnlyList_IsASnapshot()
    {
        using var scope = Python.CreateScope();
        scope.Run("items = [1, 2, 3]");
        IReadOnlyList<long> snapshot = scope.Get<IReadOnlyList<long>>("items");
        scope.Run("items.append(4)");
        Assert.Equal(new long[] { 1, 2, 3 }, snapshot);
    }

    [Fact]
    public void Enumerable_IsLazy()
    {
        using var scope = Python.CreateScope();
        scope.Run("log = []\ndef gen():\n    for i in range(3):\n        log.append(i)\n        yield i * 10");
        IEnumerable<long> lazy = scope.Eval<IEnumerable<long>>("gen()");
        Assert.Equal(0, scope.Eval<long>("len(log)"));
        Assert.Equal(new long[] { 0, 10, 20 }, lazy.ToArray());
        Assert.Equal(3, scope.Eval<long>("len(log)"));
    }

    [Fact]
    public void Str_IsNotSplitIntoItems()
    {
        Assert.Throws<PyConversionException>(() => Python.Eval<string[]>("'abc'"));
        Assert.Throws<PyConversionException>(() => Python.Eval<long[]>("5"));
    }

    [Fact]
    public void Mapping_WithoutDict_IsCopied()
    {
        Dictionary<string, long> copy = Python.Eval<Dictionary<string, long>>("__import__('collections').OrderedDict(a=1, b=2)");
        Assert.Equal(new Dictionary<string, long> { ["a"] = 1, ["b"] = 2 }, copy);
        IDictionary<string, long> view = Python.Eval<IDictionary<string, long>>("__import__('types').MappingProxyType({'k': 5})");
        Assert.Equal(5, view["k"]);
    }

    [Fact]
    public void ItemOfWrongType_NamesItsType()
    {
        var error = Assert.Throws<PyConversionException>(() => Python.Eval<long[]>("[1, 'two', 3]"));
        Assert.Equal("str", error.PythonTypeName);
    }

    [Fact]
    public void PyObject_PassedBack_IsTheSameObject()
    {
        using PyObject original = Python.Eval("object()");
        using var scope = Python.CreateScope();
        scope.Set("a", original);
        scope.Set("b", new object?[] { original });
        Assert.True(scope.Eval<bool>("a is b[0]"));
        using PyObject back = scope.Get("a");
        Assert.True(back.Is(original));
    }

    [Fact]
    public void ObjectWithoutPythonEquivalent_CrossesAsAProxyOfItself()
    {
        var builder = new System.Text.StringBuilder("abc");
        using PyObject proxy = PyObject.From(builder);
        Assert.Equal("abc", proxy.ToString());
        Assert.Same(builder, proxy.As<System.Text.StringBuilder>());
    }
}
