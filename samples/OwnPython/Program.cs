using PyBind;

// pipeline.py, this project's own Python module, bound at build time from its annotations.
double[] readings = [12.5, 47.0, 88.25, 64.0, 30.5];

IList<double> calibrated = Pipeline.Calibrate(readings);
Console.WriteLine($"calibrate -> [{string.Join(", ", calibrated)}]");

try
{
    Pipeline.Calibrate([12.5, 140.0]);
}
catch (Pipeline.CalibrationError error)   // the module's own exception class, generated
{
    Console.WriteLine($"calibrate([12.5, 140.0]) raised {error.PythonTypeName}: {error.PythonMessage}");
}

using PyObject smoothed = Pipeline.Smooth(readings, window: 3);
ReadOnlySpan<double> averages = smoothed.AsReadOnlySpan<double>();   // numpy's memory, no copy
Console.WriteLine($"smooth(window=3) -> [{string.Join(", ", averages.ToArray().Select(v => v.ToString("F4", System.Globalization.CultureInfo.InvariantCulture)))}]");

double weighted = Pipeline.Score(readings, weight: value => value > 50 ? 2.0 : 1.0);   // a C# lambda called by Python
Console.WriteLine($"score with a C# weight function -> {weighted}");

long total = await Pipeline.TotalAfter([3, 4, 5], delay: 0.05);      // async def -> Task<long>
Console.WriteLine($"await total_after([3, 4, 5]) -> {total}");
