using Xunit;

namespace PyBind.Runtime.Tests;

public class PythonFindImportsTests
{
    [Fact]
    public void FindImports_GivesTopLevelModulesInOrder_WithoutRunningTheCode()
    {
        const string code = """
            import numpy as np, os.path
            from collections.abc import Mapping
            from . import sibling
            from .pkg import other
            def f():
                import json
                from numpy import linalg
            raise SystemExit("never runs")
            """;

        Assert.Equal(["numpy", "os", "collections", "json"], Python.FindImports(code));
    }

    [Fact]
    public void FindImports_OfCodeThatIsNotPython_IsEmpty()
    {
        Assert.Empty(Python.FindImports("import numpy\ndef broken(:\n"));
        Assert.Empty(Python.FindImports("x = 1\0"));
        Assert.Empty(Python.FindImports(""));
    }
}
