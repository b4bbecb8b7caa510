using System;
using PyBind.Runtime.Tests.Infrastructure;
using Xunit;

namespace PyBind.Runtime.Tests;

/// <summary>
/// The debugger display shows the repr only when the GIL is free: while another test thread holds it, the display
/// rightly says so instead of blocking. So these run in the serial group, when no other test holds the GIL.
/// </summary>
[Collection(SerialTestGroup.Name)]
public class PyObjectDebuggerDisplayTests
{
    [Fact]
    public void DebuggerDisplay_ShowsReprAndNeverThrows()
    {
        var display = typeof(PyObject).GetProperty("DebuggerDisplay", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        using PyObject list = Python.Eval("list(range(1000))");
        string shown = (string)display.GetValue(list)!;
        Assert.StartsWith("[0, 1, 2", shown, StringComparison.Ordinal);
        Assert.True(shown.Length <= 201);
        using var scope = Python.CreateScope();
        scope.Run("class Evil:\n    def __repr__(self): raise RuntimeError('no repr for you')\nevil = Evil()");
        using PyObject evil = scope.Get("evil");
        Assert.Contains("no repr for you", (string)display.GetValue(evil)!);
        PyObject disposed = Python.Eval("1");
        disposed.Dispose();
        Assert.Equal("<disposed PyObject>", (string)display.GetValue(disposed)!);
    }
}
