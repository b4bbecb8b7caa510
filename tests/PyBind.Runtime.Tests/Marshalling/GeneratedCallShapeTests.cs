using System;
using PyBind.Marshalling;
using Xunit;

namespace PyBind.Runtime.Tests.Marshalling;

/// <summary>
/// The shape of the code the generator emits for a function, written by hand: a cached function object, arguments
/// converted into stack memory, keywords passed by name only when the caller gave them (Python's own defaults apply
/// otherwise), conversions chosen at compile time.
/// </summary>
public class GeneratedCallShapeTests
{
    // def describe(a: int, b: float = 2.5, *, c: str = 'default') -> str   (defined in the test scope below)
    private static readonly PyModuleMember s_describe = new("pybind_generated_shape", "describe");
    private static readonly PyKeywordNames s_describeKeywords = new("b", "c");

    static GeneratedCallShapeTests()
    {
        Python.Run(
            "import sys, types\n" +
            "module = types.ModuleType('pybind_generated_shape')\n" +
            "exec(\"def describe(a, b=2.5, *, c='default'):\\n    return f'{a}|{b}|{c}'\", module.__dict__)\n" +
            "sys.modules['pybind_generated_shape'] = module");
    }

    /// <summary>What the generator would emit for <c>describe</c>.</summary>
    private static string Describe(long a, double? b = null, string? c = null)
    {
        using GilScope gil = Python.AcquireGil();
        var args = new PyArgs(stackalloc nint[4]);
        try
        {
            args.Add(PyConvert.ToPython(a));
            if (b is { } bValue)
                args.AddKeyword(0, PyConvert.ToPython(bValue));
            if (c is not null)
                args.AddKeyword(1, PyConvert.ToPython(c));
            nint result = args.Call(s_describe.Handle, s_describeKeywords);
            try
            {
                return PyConvert.ToString(result);
            }
            finally
            {
                PyMarshal.Release(result);
            }
        }
        finally
        {
            args.Dispose();
        }
    }

    [Theory]
    [InlineData(null, null, "1|2.5|default")]
    [InlineData(4.0, null, "1|4.0|default")]
    [InlineData(null, "given", "1|2.5|given")]
    [InlineData(0.5, "both", "1|0.5|both")]
    public void OmittedOptionals_AreNotSent_SoPythonDefaultsApply(double? b, string? c, string expected)
        => Assert.Equal(expected, Describe(1, b, c));

    [Fact]
    public void ArgumentConversionFailure_ReleasesWhatWasConverted()
    {
        using PyObject tracked = Python.Eval("object()");
        long before = RefCount(tracked);
        Span<nint> slots = stackalloc nint[3];
        for (int i = 0; i < 100; i++)
        {
            using GilScope gil = Python.AcquireGil();
            var args = new PyArgs(slots);
            try
            {
                args.Add(PyConvert.ToPython(tracked));
                Assert.Throws<PyConversionException>(() => PyConvert.ToPython(new ByReference((ref int x) => x++)));
            }
            finally
            {
                args.Dispose();
            }
        }
        Assert.Equal(before, RefCount(tracked));
    }

    [Fact]
    public void MethodCall_UsesTheObjectWithoutABoundMethod()
    {
        using PyObject text = Python.Eval("'a-b-c'");
        var split = new PyInternedName("split");
        using GilScope gil = Python.AcquireGil();
        var args = new PyArgs(stackalloc nint[2]);
        try
        {
            args.Add(PyConvert.ToPython("-"));
            nint parts = args.CallMethod(text.DangerousGetHandle(), split);
            using var result = new PyObject(parts, PyOwnership.Steal);
            Assert.Equal(new[] { "a", "b", "c" }, result.As<string[]>());
        }
        finally
        {
            args.Dispose();
        }
    }

    private static long RefCount(PyObject value)
    {
        using PyObject getrefcount = Python.Import("sys").GetAttr("getrefcount");
        return getrefcount.Call<long>(value);
    }

    /// <summary>A delegate Python cannot call (a by-reference parameter): a value whose conversion fails.</summary>
    private delegate void ByReference(ref int value);
}
