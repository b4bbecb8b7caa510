using System;
using System.Runtime.CompilerServices;
using Xunit;

namespace PyBind.Runtime.Tests;

public class LifetimeTests
{
    [Fact]
    public void UndisposedObjects_AreReleasedAfterACollection()
    {
        using var scope = Python.CreateScope();
        scope.Run("import weakref\nclass Tracked: pass\nrefs = []\ndef make():\n    obj = Tracked()\n    refs.append(weakref.ref(obj))\n    return obj");
        using PyObject make = scope.Get("make");
        const int count = 100_000;
        CreateAndDrop(make, count);
        Assert.Equal(count, scope.Eval<long>("len(refs)"));

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        // The next acquisition of the GIL (this Eval) releases what the finalizers queued.
        long alive = scope.Eval<long>("sum(1 for r in refs if r() is not None)");
        Assert.Equal(0, alive);
    }

    [Fact]
    public void DisposedObjects_AreReleasedImmediately()
    {
        using var scope = Python.CreateScope();
        scope.Run("import weakref\nclass Tracked: pass\nobj = Tracked()\nref = weakref.ref(obj)");
        PyObject wrapper = scope.Get("obj");
        scope.Remove("obj");
        Assert.False(scope.Eval<bool>("ref() is None"));
        wrapper.Dispose();
        Assert.True(scope.Eval<bool>("ref() is None"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CreateAndDrop(PyObject make, int count)
    {
        for (int i = 0; i < count; i++)
            _ = make.Call();
    }
}
