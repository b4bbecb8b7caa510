using PyBind.Gen.IntegrationTests.Infrastructure;
using Xunit;

namespace PyBind.Gen.IntegrationTests;

/// <summary>
/// Python methods named like PyObject's helpers (<c>Fixtures/pybind_names.py</c>): the name calls Python's method, as a
/// Python user expects of <c>geom.Contains(other)</c>; PyObject's <c>Contains</c> (Python's <c>in</c>) stays reachable
/// through a <c>PyObject</c> reference.
/// </summary>
public class NameTests
{
    public NameTests() => FixtureModule.EnsureImportable();

    [Fact]
    public void ContainsOnAWrapper_CallsThePythonMethod_NotIn()
    {
        using var outer = new Names.Interval(0.0, 10.0);
        using var inner = new Names.Interval(2.0, 3.0);
        using PyObject python = outer.CallMethod("contains", inner);

        Assert.True(outer.Contains(inner));
        Assert.False(inner.Contains(outer));
        Assert.Equal(python.As<bool>(), outer.Contains(inner));

        // Python's 'inner in outer': Interval is no container.
        PyTypeError error = Assert.Throws<PyTypeError>(() => ((PyObject)outer).Contains(inner));
        Assert.Contains("not iterable", error.PythonMessage);
    }

    [Fact]
    public void RenamedAndHiddenMembers_GiveWhatPythonComputes()
    {
        using var interval = new Names.Interval(0.0, 10.0);
        double[] points = [1.0, 5.0, 11.0, -2.0, 10.0];
        using PyObject count = interval.CallMethod("count", points);
        using PyObject repr = interval.CallMethod("repr");

        Assert.Equal(count.As<long>(), interval.Count_(points));
        Assert.Equal(3L, interval.Count_(points));
        Assert.Equal(repr.As<string>(), interval.Repr());
        Assert.Equal("[0.0, 10.0]", interval.Repr());
        Assert.StartsWith("<pybind_names.Interval object at ", ((PyObject)interval).Repr());
    }
}
