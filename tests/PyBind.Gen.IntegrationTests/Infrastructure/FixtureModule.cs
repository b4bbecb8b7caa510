using System;
using System.IO;

namespace PyBind.Gen.IntegrationTests.Infrastructure;

/// <summary>Puts the tests' own Python module (<c>Fixtures/pybind_fixture.py</c>, copied next to the tests) on <c>sys.path</c>.</summary>
internal static class FixtureModule
{
    private static readonly Lazy<bool> s_ready = new(() =>
    {
        string directory = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        using PyObject path = global::PyBind.Python.Import("sys").GetAttr("path");
        path.CallMethod("insert", 0, directory).Dispose();
        return true;
    });

    public static void EnsureImportable() => _ = s_ready.Value;
}
