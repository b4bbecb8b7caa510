using System.Globalization;
using PyBind;

// Describe a CSV of measurements and fit a least-squares line, with numpy doing the numerics.
string path = Path.Combine(AppContext.BaseDirectory, args.Length > 0 ? args[0] : "measurements.csv");
string[] names = File.ReadLines(path).First().Split(',');

// unpack gives one row per CSV column: a transposed view of numpy's array. It is read in place through a strided
// 2-D view (a flat span would refuse it: its memory is column-major).
using Np.Ndarray table = Np.Loadtxt(path, delimiter: ",", skiprows: 1, unpack: true);
using PyBuffer buffer = table.GetBuffer();
ReadOnlyPySpan2D<double> view = buffer.AsReadOnlySpan2D<double>();
int rows = (int)view.Columns;
double[][] data = new double[names.Length][];
for (int c = 0; c < names.Length; c++)
{
    data[c] = new double[rows];
    for (int i = 0; i < rows; i++)
        data[c][i] = view[c, i];
}
Console.WriteLine($"{rows} rows of {string.Join(", ", names)} from {Path.GetFileName(path)}");
Console.WriteLine();

Console.WriteLine($"{"column",-16}{"mean",10}{"std",10}{"min",10}{"25%",10}{"median",10}{"75%",10}{"max",10}");
for (int c = 0; c < names.Length; c++)
{
    double[] column = data[c];
    Console.Write($"{names[c],-16}");
    foreach (double statistic in new[]
    {
        Np.Mean(column).As<double>(),
        Np.Std(column).As<double>(),
        Np.Min(column).As<double>(),
        Np.Percentile(column, 25.0).As<double>(),
        Np.Median(column).As<double>(),
        Np.Percentile(column, 75.0).As<double>(),
        Np.Max(column).As<double>(),
    })
    {
        Console.Write(statistic.ToString("F2", CultureInfo.InvariantCulture).PadLeft(10));
    }
    Console.WriteLine();
}

// y = slope * x + intercept: solve [x 1] · [slope intercept]ᵀ ≈ y in the least-squares sense.
double[] x = data[0];
double[] y = data[1];
var design = new double[rows, 2];
for (int i = 0; i < rows; i++)
{
    design[i, 0] = x[i];
    design[i, 1] = 1.0;
}
(Np.Ndarray solution, Np.Ndarray residuals, Np.Signedinteger rank, Np.Ndarray singularValues) = Np.Linalg.Lstsq(design, y, rcond: null);
using (solution)
using (residuals)
using (rank)
using (singularValues)
{
    ReadOnlySpan<double> coefficients = solution.AsReadOnlySpan<double>();
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"least squares (numpy.linalg.lstsq): {names[1]} = {coefficients[0]:F4} * {names[0]} {(coefficients[1] < 0 ? '-' : '+')} {Math.Abs(coefficients[1]):F4}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"residual sum of squares: {residuals.AsReadOnlySpan<double>()[0]:F4}, rank {rank.As<long>()}"));
}
