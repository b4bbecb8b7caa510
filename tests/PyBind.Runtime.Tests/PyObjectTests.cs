using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace PyBind.Runtime.Tests;

public class PyObjectTests
{
    [Fact]
    public void Attributes_GetSetHasDelete()
    {
        using var scope = Python.CreateScope();
        scope.Run("class Box: pass\nbox = Box()");
        using PyObject box = scope.Get("box");
        Assert.False(box.HasAttr("size"));
        box.SetAttr("size", 3L);
        Assert.True(box.HasAttr("size"));
        Assert.Equal(3L, box.GetAttr<long>("size"));
        Assert.Equal(3L, scope.Eval<long>("box.size"));
        box.DelAttr("size");
        var error = Assert.Throws<PyAttributeError>(() => box.GetAttr("size"));
        Assert.Equal("AttributeError", error.PythonTypeName);
    }

    [Fact]
    public void HasAttr_PropagatesErrorsOtherThanAttributeError()
    {
        using var scope = Python.CreateScope();
        scope.Run("class Broken:\n    @property\n    def bad(self): raise KeyError('inside getter')\nb = Broken()");
        using PyObject broken = scope.Get("b");
        Assert.Throws<PyKeyError>(() => broken.HasAttr("bad"));
    }

    [Fact]
    public void Items_GetSetDeleteWithTupleKeys()
    {
        using PyObject dict = Python.Eval("{}");
        dict.SetItem((1L, 2L), "pair");
        dict["plain"] = PyObject.From(5L);
        Assert.Equal("pair", dict.GetItem<string>((1L, 2L)));
        Assert.Equal(5L, dict.GetItem<long>("plain"));
        Assert.Equal(2, dict.Count);
        dict.DelItem("plain");
        Assert.Throws<PyKeyError>(() => dict.DelItem("plain"));
        Assert.True(dict.Contains((1L, 2L)));
    }

    [Fact]
    public void Count_IsLen_AndFailsForObjectsWithoutLength()
    {
        using PyObject text = Python.Eval("'hello'");
        Assert.Equal(5, text.Count);
        using PyObject number = Python.Eval("42");
        Assert.Throws<PyTypeError>(() => number.Count);
    }

    [Fact]
    public void Predicates_MatchPython()
    {
        using PyObject function = Python.Eval("len");
        using PyObject list = Python.Eval("[1]");
        using PyObject bytes = Python.Eval("b'x'");
        using PyObject number = Python.Eval("1");
        using PyObject iterator = Python.Eval("iter([1])");
        Assert.True(function.IsCallable);
        Assert.False(list.IsCallable);
        Assert.True(list.IsIterable);
        Assert.False(number.IsIterable);
        Assert.True(bytes.IsBuffer);
        Assert.False(list.IsBuffer);
        Assert.True(iterator.IsIterator);
        Assert.False(list.IsIterator);
        Assert.True(PyObject.None.IsNone);
        Assert.Equal("list", list.PythonTypeName);
        using PyObject ordered = Python.Eval("__import__('collections').OrderedDict()");
        Assert.Equal("collections.OrderedDict", ordered.PythonTypeName);
    }

    [Fact]
    public void ToStringAndRepr_AreStrAndRepr()
    {
        using PyObject text = Python.Eval("'quote\\'s'");
        Assert.Equal("quote's", text.ToString());
        Assert.Equal(Python.Eval<string>("repr('quote\\'s')"), text.Repr());
    }

    [Fact]
    public void Equality_IsPythonEquality_AndHashesAgree()
    {
        using PyObject one = Python.Eval("1");
        using PyObject oneFloat = Python.Eval("1.0");
        using PyObject two = Python.Eval("2");
        Assert.True(one.Equals(oneFloat));
        Assert.Equal(one.GetHashCode(), oneFloat.GetHashCode());
        Assert.False(one.Equals(two));
        Assert.False(one.Equals((object?)null));
        using PyObject list = Python.Eval("[1]");
        Assert.Equal(0, list.GetHashCode());
    }

    [Fact]
    public void Call_PositionalAndKeyword()
    {
        using var scope = Python.CreateScope();
        scope.Run("def f(a, b=2, *, c=3):\n    return (a, b, c)");
        using PyObject f = scope.Get("f");
        Assert.Equal((1L, 2L, 3L), f.Call<(long, long, long)>(1L));
        using PyObject withKeywords = f.Call(new object?[] { 10L }, new Dictionary<string, object?> { ["c"] = 30L, ["b"] = 20L });
        Assert.Equal((10L, 20L, 30L), withKeywords.As<(long, long, long)>());
        Assert.Throws<PyTypeError>(() => f.Call(1L, 2L, 3L));
    }

    [Fact]
    public void CallMethod_CallsTheBoundMethod()
    {
        using PyObject text = Python.Eval("'a,b,c'");
        using PyObject parts = text.CallMethod("split", ",");
        Assert.Equal(new[] { "a", "b", "c" }, parts.As<string[]>());
    }

    [Fact]
    public void Foreach_IteratesPythonItems()
    {
        using PyObject range = Python.Eval("range(3)");
        var seen = new List<long>();
        foreach (PyObject item in range)
        {
            using (item)
                seen.Add(item.As<long>());
        }
        Assert.Equal(new long[] { 0, 1, 2 }, seen);
    }

    [Fact]
    public void Deconstruct_UnpacksAnyIterableAsPythonDoes()
    {
        // What an untyped function returns (a tuple, a list, a generator), and a dict's items in a foreach.
        (PyObject total, PyObject rest) = Python.Eval("divmod(17, 5)");
        var (x, y, z) = Python.Eval("[10, 'b', None]");
        var (a, b, c, d) = Python.Eval("(i * i for i in range(4))");
        var pairs = new List<string>();
        foreach (var (key, value) in Python.Eval("{'k': 1, 'm': 2}.items()"))
            pairs.Add($"{key}={value}");

        Assert.Equal(Python.Eval<(long, long)>("divmod(17, 5)"), (total.As<long>(), rest.As<long>()));
        Assert.Equal((10L, "b", true), (x.As<long>(), y.As<string>(), z.IsNone));
        Assert.Equal(new long[] { 0, 1, 4, 9 }, new[] { a, b, c, d }.Select(i => i.As<long>()));
        Assert.Equal(["k=1", "m=2"], pairs);
    }

    [Fact]
    public void Deconstruct_OfTheWrongCount_RaisesPythonsUnpackingErrors()
    {
        using var scope = Python.CreateScope();
        string Message(string unpacking)
        {
            scope.Run($"try:\n    {unpacking}\nexcept Exception as e:\n    message = type(e).__name__ + ': ' + str(e)");
            return scope.Eval<string>("message");
        }

        var fewer = Assert.Throws<PyValueError>(() => { var (p, q) = Python.Eval("[1]"); });
        var more = Assert.Throws<PyValueError>(() => { var (p, q) = Python.Eval("(1, 2, 3)"); });
        var scalar = Assert.Throws<PyTypeError>(() => { var (p, q) = Python.Eval("5"); });

        Assert.Equal(Message("p, q = [1]"), "ValueError: " + fewer.PythonMessage);
        Assert.Equal(Message("p, q = (1, 2, 3)"), "ValueError: " + more.PythonMessage);
        Assert.Equal(Message("p, q = 5"), "TypeError: " + scalar.PythonMessage);
    }

    [Fact]
    public void TryAs_ReportsFailureWithoutThrowing()
    {
        using PyObject text = Python.Eval("'x'");
        Assert.False(text.TryAs(out long _));
        Assert.True(text.TryAs(out string? value));
        Assert.Equal("x", value);
        using PyObject big = Python.Eval("2**100");
        Assert.False(big.TryAs(out long _));
    }

    [Fact]
    public void Dispose_IsIdempotent_AndUseAfterDisposeThrows()
    {
        PyObject value = Python.Eval("[1, 2]");
        value.Dispose();
        value.Dispose();
        Assert.True(value.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => value.Count);
        Assert.Throws<ObjectDisposedException>(() => value.DangerousGetHandle());
    }

    [Fact]
    public void SharedSingletons_SurviveDispose()
    {
        PyObject.None.Dispose();
        Assert.True(PyObject.None.IsNone);
        Assert.True(PyObject.True.As<bool>());
        Assert.False(PyObject.False.As<bool>());
    }

    [Fact]
    public void NewReference_IsIndependent()
    {
        using PyObject first = Python.Eval("object()");
        PyObject second = first.NewReference();
        second.Dispose();
        Assert.Equal("object", first.PythonTypeName);
    }
}
