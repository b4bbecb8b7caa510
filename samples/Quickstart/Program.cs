using System;
using System.Collections.Generic;
using PyBind;

// Calling Python's standard library through the runtime directly. (Typed bindings generated from stubs,
// `[PyImport("statistics")] static partial class Stats;`, come with the source generator.)

using PyObject statistics = Python.Import("statistics");
double mean = statistics.GetAttr("mean").Call<double>(new[] { 1.0, 2.0, 4.0 });
Console.WriteLine($"statistics.mean([1, 2, 4]) = {mean}");

using PyObject json = Python.Import("json");
using PyObject dumps = json.GetAttr("dumps");
using PyObject encoded = dumps.Call(
    new object?[] { new Dictionary<string, object?> { ["name"] = "PyBind", ["tags"] = new[] { "fast", "typed" } } },
    new Dictionary<string, object?> { ["sort_keys"] = true });
Console.WriteLine($"json.dumps(..., sort_keys=True) = {encoded}");

dynamic math = Python.Import("math");
double hypotenuse = math.hypot(3.0, 4.0);
Console.WriteLine($"math.hypot(3, 4) = {hypotenuse}");

using PyScope scope = Python.CreateScope();
scope.Set("math", math);
try
{
    scope.Run("math.sqrt(-1)");
}
catch (PyValueError error)
{
    Console.WriteLine($"caught {error.PythonTypeName}: {error.PythonMessage}");
}

Console.WriteLine($"running on Python {Python.Info.Version} ({Python.Info.Executable})");
