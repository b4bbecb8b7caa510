using PyBind;

// numpy and statistics, called through typed C# generated at build time from their stubs.
using Np.Ndarray grid = Np.Linspace(0.0, 1.0, num: 5);
Console.WriteLine($"numpy.linspace(0, 1, num=5) = {grid}");

ReadOnlySpan<double> values = grid.AsReadOnlySpan<double>();   // the ndarray's own memory, no copy
Console.WriteLine($"read through a span: {string.Join(", ", values.ToArray())}");

double mean = Stats.Mean(new[] { 1.0, 2.0, 4.0 });            // statistics.mean: T inferred as double
Console.WriteLine($"statistics.mean([1, 2, 4]) = {mean}");

try
{
    using Np.Ndarray inverse = Np.Linalg.Inv(new double[,] { { 1, 2 }, { 2, 4 } });
}
catch (Np.Linalg.LinAlgError error)                              // numpy.linalg.LinAlgError, as a .NET exception
{
    Console.WriteLine($"numpy.linalg.inv of a singular matrix: {error.PythonTypeName}: {error.PythonMessage}");
}
