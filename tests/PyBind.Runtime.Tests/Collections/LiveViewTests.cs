using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace PyBind.Runtime.Tests.Collections;

public class LiveViewTests
{
    [Fact]
    public void PyList_ChangesAreSeenByPythonAndBack()
    {
        using var scope = Python.CreateScope();
        scope.Run("items = [1, 2, 3]");
        IList<long> view = scope.Get<IList<long>>("items");
        Assert.IsType<PyList<long>>(view);
        view.Add(4);
        view[0] = 10;
        view.RemoveAt(1);
        view.Insert(0, 99);
        Assert.Equal("[99, 10, 3, 4]", scope.Eval<string>("repr(items)"));
        scope.Run("items.append(5)");
        Assert.Equal(new long[] { 99, 10, 3, 4, 5 }, view.ToArray());
        Assert.Equal(2, view.IndexOf(3));
        Assert.True(view.Remove(10));
        Assert.False(view.Contains(10));
        view.Clear();
        Assert.Equal(0, scope.Eval<long>("len(items)"));
    }

    [Fact]
    public void PyList_IndexOutOfRange_IsADotNetError()
    {
        using PyList<long> list = PyList.Create(new long[] { 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }

    [Fact]
    public void PyDict_HasDictionarySemantics()
    {
        using var scope = Python.CreateScope();
        scope.Run("d = {'a': 1}");
        IDictionary<string, long> view = scope.Get<IDictionary<string, long>>("d");
        view["b"] = 2;
        view.Add("c", 3);
        Assert.Throws<ArgumentException>(() => view.Add("a", 5));
        Assert.Throws<KeyNotFoundException>(() => view["missing"]);
        Assert.True(view.Remove("a"));
        Assert.False(view.Remove("a"));
        Assert.Equal("{'b': 2, 'c': 3}", scope.Eval<string>("repr(d)"));
        Assert.Equal(new[] { "b", "c" }, view.Keys.ToArray());
        Assert.Equal(new long[] { 2, 3 }, view.Values.ToArray());
        Assert.True(view.TryGetValue("c", out long c) && c == 3);
    }

    [Fact]
    public void PyDict_ChangingSizeWhileEnumerating_Throws()
    {
        using PyDict<string, long> dict = PyDict.Create(new Dictionary<string, long> { ["a"] = 1, ["b"] = 2 });
        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (KeyValuePair<string, long> pair in dict)
                dict["new" + pair.Key] = 0;
        });
    }

    [Fact]
    public void PySet_AlgebraRunsInPython()
    {
        using var scope = Python.CreateScope();
        scope.Run("s = {1, 2, 3}");
        ISet<long> view = scope.Get<ISet<long>>("s");
        Assert.False(view.Add(1));
        Assert.True(view.Add(4));
        view.IntersectWith(new long[] { 2, 3, 4, 5 });
        Assert.True(scope.Eval<bool>("s == {2, 3, 4}"));
        Assert.True(view.IsSubsetOf(new long[] { 1, 2, 3, 4 }));
        Assert.True(view.IsProperSupersetOf(new long[] { 2 }));
        Assert.True(view.Overlaps(new long[] { 4, 9 }));
        Assert.False(view.Overlaps(new long[] { 9 }));
        view.SymmetricExceptWith(new long[] { 4, 5 });
        Assert.True(view.SetEquals(new long[] { 2, 3, 5 }));
    }

    [Fact]
    public void Iterator_IsSafeAfterTheEndAndAfterDispose()
    {
        using PyObject iterable = Python.Eval("[1, 2]");
        IEnumerator<long> enumerator = iterable.AsEnumerable<long>().GetEnumerator();
        Assert.Throws<InvalidOperationException>(() => enumerator.Current);
        Assert.True(enumerator.MoveNext());
        Assert.Equal(1, enumerator.Current);
        Assert.True(enumerator.MoveNext());
        Assert.False(enumerator.MoveNext());
        Assert.False(enumerator.MoveNext());
        Assert.Throws<InvalidOperationException>(() => enumerator.Current);
        enumerator.Dispose();
        enumerator.Dispose();
        Assert.False(enumerator.MoveNext());
        Assert.Throws<NotSupportedException>(() => enumerator.Reset());
    }

    [Fact]
    public void Iterator_RaisingMidway_SurfacesThePythonError()
    {
        using var scope = Python.CreateScope();
        scope.Run("def gen():\n    yield 1\n    raise ValueError('broken generator')");
        using PyObject generator = scope.Eval("gen()");
        var seen = new List<long>();
        var error = Assert.Throws<PyValueError>(() =>
        {
            foreach (long item in generator.AsEnumerable<long>())
                seen.Add(item);
        });
        Assert.Equal(new long[] { 1 }, seen);
        Assert.Equal("broken generator", error.PythonMessage);
    }
}
