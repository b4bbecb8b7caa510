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

    [Fact]
    public void UndisposedObjects_InsideOneGilScope_AreReleasedByTheNextCall()
    {
        using var scope = Python.CreateScope();
        scope.Run("import weakref\nclass Tracked: pass\nrefs = []\ndef make():\n    obj = Tracked()\n    refs.append(weakref.ref(obj))\n    return obj");
        using PyObject make = scope.Get("make");
        using PyObject alive = scope.Eval("lambda: sum(1 for r in refs if r() is not None)");

        using (Python.AcquireGil())
        {
            CreateAndDrop(make, 1_000);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            // Still inside the scope: the GIL was never given up, yet the next call releases what was queued.
            Assert.Equal(0L, alive.Call<long>());
        }
    }

    [Fact]
    public void UndisposedWrappers_DoNotWaitForTheCollectorToNoticeThem()
    {
        using var scope = Python.CreateScope();
        scope.Run("import weakref\nclass Tracked: pass\nrefs = []\ndef make():\n    obj = Tracked()\n    refs.append(weakref.ref(obj))\n    return obj");
        using PyObject make = scope.Get("make");
        const int count = 200_000;

        CreateAndDrop(make, count);
        // No GC.Collect here: only the collections that ran during the loop have found the dropped wrappers.
        GC.WaitForPendingFinalizers();
        long alive = scope.Eval<long>("sum(1 for r in refs if r() is not None)");

        // The runtime asks for a young-generation collection every 16,384 undisposed wrappers a thread makes.
        Assert.True(alive <= 2 * 16_384, $"{alive:N0} of {count:N0} dropped objects are still alive");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CreateAndDrop(PyObject make, int count)
    {
        for (int i = 0; i < count; i++)
            _ = make.Call();
    }
}
