using System;
using PyBind.Marshalling;
using Xunit;

namespace PyBind.Runtime.Tests.Marshalling;

/// <summary>
/// Reference counts are changed in place (as CPython's macros do) rather than through calls: the counts Python
/// reports must move exactly as if CPython had done it, immortal objects (3.12+) must stay immortal, and the last
/// release must free the object and run its <c>__del__</c>.
/// </summary>
public class ReferenceCountTests
{
    [Fact]
    public void AddRefThenRelease_MovesTheCountPythonReportsByOne()
    {
        using GilScope gil = Python.AcquireGil();
        using PyObject value = Python.Eval("object()");
        long before = RefCount(value);

        PyMarshal.AddRef(value.DangerousGetHandle());
        long afterAdd = RefCount(value);
        PyMarshal.Release(value.DangerousGetHandle());

        Assert.Equal(before + 1, afterAdd);
        Assert.Equal(before, RefCount(value));
    }

    [Fact]
    public void ImmortalObject_CountIsLeftAsPythonKeepsIt()
    {
        using GilScope gil = Python.AcquireGil();
        using PyObject none = Python.Eval("None");
        long before = RefCount(none);
        bool immortal = Python.Eval<bool>("__import__('sys').version_info >= (3, 12)");

        for (int i = 0; i < 1000; i++)
            PyMarshal.AddRef(none.DangerousGetHandle());
        long afterAdds = RefCount(none);
        for (int i = 0; i < 1000; i++)
            PyMarshal.Release(none.DangerousGetHandle());

        // 3.12+ reports the same fixed count for an immortal object; before, None's count moves like any other.
        Assert.Equal(immortal ? before : before + 1000, afterAdds);
        Assert.Equal(before, RefCount(none));
    }

    [Fact]
    public void LastReleaseOfAnObjectWithDel_FreesItAndRunsDel()
    {
        using GilScope gil = Python.AcquireGil();
        using PyScope scope = Python.CreateScope();
        scope.Run(
            "deaths = []\n" +
            "class Dying:\n" +
            "    def __del__(self):\n" +
            "        deaths.append(1)\n");
        nint handle;
        using (PyObject made = scope.Eval("Dying()"))
            handle = PyMarshal.AddRef(made.DangerousGetHandle());
        long deathsWhileHeld = scope.Eval<long>("len(deaths)");

        PyMarshal.Release(handle);

        Assert.Equal(0, deathsWhileHeld);
        Assert.Equal(1, scope.Eval<long>("len(deaths)"));
    }

    [Fact]
    public void LastReleaseOfABuiltinObject_DeallocatesIt()
    {
        // A builtin object without a finalizer: the release itself must reach its deallocator, which frees the
        // 10 MB buffer and clears the weak reference (the collector cannot: it never frees what is still counted).
        // Measuring the memory with tracemalloc instead counted the tests running in parallel too, and stopping it
        // while another thread makes its thread state crashes CPython 3.11 (python/cpython#128679).
        using GilScope gil = Python.AcquireGil();
        using PyScope scope = Python.CreateScope();
        scope.Run("import array, weakref");
        nint handle;
        using (PyObject made = scope.Eval("array.array('b', bytes(10_000_000))"))
        using (PyObject makeWeakReference = scope.Eval("weakref.ref"))
        using (PyObject weakReference = makeWeakReference.Call(made))
        {
            handle = PyMarshal.AddRef(made.DangerousGetHandle());
            scope.Set("reference", weakReference);
        }
        bool aliveWhileHeld = scope.Eval<bool>("reference() is not None");

        PyMarshal.Release(handle);

        Assert.True(aliveWhileHeld);
        Assert.True(scope.Eval<bool>("reference() is None"));
    }

    private static long RefCount(PyObject value)
    {
        using PyObject getrefcount = Python.Import("sys").GetAttr("getrefcount");
        return getrefcount.Call<long>(value);
    }
}
