using System.Globalization;
using System.Linq;
using System.IO;
using Xunit;

namespace PyBind.Samples.Tests;

/// <summary>Each sample's output, line by line, against the same computation done by Python.</summary>
[Trait("Category", "Numpy")]
public class SampleTests
{
    private static T Py<T>(string expression) => Python.Eval<T>(expression);

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    [Fact]
    public void Quickstart_PrintsWhatNumpyAndStatisticsCompute()
    {
        string[] lines = SampleRunner.Run("Quickstart").Split('\n');

        Assert.Equal($"numpy.linspace(0, 1, num=5) = {Py<string>("str(__import__('numpy').linspace(0.0, 1.0, num=5))")}", lines[0]);
        Assert.Equal("read through a span: 0, 0.25, 0.5, 0.75, 1", lines[1]);
        Assert.Equal($"statistics.mean([1, 2, 4]) = {F(Py<double>("__import__('statistics').mean([1.0, 2.0, 4.0])"), "R")}", lines[2]);
        Python.Run("import numpy\ntry:\n    numpy.linalg.inv([[1.0, 2.0], [2.0, 4.0]])\nexcept numpy.linalg.LinAlgError as e:\n    quickstart_error = str(e)");
        Assert.Equal($"numpy.linalg.inv of a singular matrix: numpy.linalg.LinAlgError: {Py<string>("quickstart_error")}", lines[3]);
    }

    [Fact]
    public void DataAnalysis_DescribesTheCsvAndFitsTheLine_AsNumpyDoes()
    {
        string[] lines = SampleRunner.Run("DataAnalysis").Split('\n');
        string csv = Path.Combine(SampleRunner.SampleFolder("DataAnalysis"), "measurements.csv").Replace("\\", "\\\\", System.StringComparison.Ordinal);
        using PyScope scope = Python.CreateScope();
        scope.Run($"import numpy as np\nx, y = np.loadtxt('{csv}', delimiter=',', skiprows=1, unpack=True)\n" +
                  "A = np.vstack([x, np.ones_like(x)]).T\nsolution, residuals, rank, _ = np.linalg.lstsq(A, y, rcond=None)");

        Assert.Equal($"{scope.Eval<long>("len(x)")} rows of temperature_c, ice_cream_sales from measurements.csv", lines[0]);
        for (int column = 0; column < 2; column++)
        {
            string name = column == 0 ? "x" : "y";
            double[] expected =
            [
                scope.Eval<double>($"float(np.mean({name}))"), scope.Eval<double>($"float(np.std({name}))"), scope.Eval<double>($"float(np.min({name}))"),
                scope.Eval<double>($"float(np.percentile({name}, 25))"), scope.Eval<double>($"float(np.median({name}))"),
                scope.Eval<double>($"float(np.percentile({name}, 75))"), scope.Eval<double>($"float(np.max({name}))"),
            ];
            string row = lines[3 + column];
            for (int i = 0; i < expected.Length; i++)
                Assert.Equal(F(expected[i], "F2"), row.Substring(16 + 10 * i, 10).Trim());
        }
        double slope = scope.Eval<double>("float(solution[0])"), intercept = scope.Eval<double>("float(solution[1])");
        Assert.Equal($"least squares (numpy.linalg.lstsq): ice_cream_sales = {F(slope, "F4")} * temperature_c {(intercept < 0 ? '-' : '+')} {F(System.Math.Abs(intercept), "F4")}", lines[6]);
        Assert.Equal($"residual sum of squares: {F(scope.Eval<double>("float(residuals[0])"), "F4")}, rank {scope.Eval<long>("int(rank)")}", lines[7]);
    }

    [Fact]
    public void TextTools_PrintsWhatDifflibTextwrapJsonAndReCompute()
    {
        string output = SampleRunner.Run("TextTools");
        using PyScope scope = Python.CreateScope();
        scope.Run(
            "import difflib, textwrap, json, re\n" +
            "before = ['Faster startup.\\n', 'Fixed a crash on exit.\\n', 'New logo.\\n']\n" +
            "after = ['Faster startup.\\n', 'Fixed a crash on exit when idle.\\n', 'New logo.\\n', 'Dark mode.\\n']\n" +
            "diff = ''.join(difflib.unified_diff(before, after, fromfile='1.0', tofile='1.1'))\n" +
            "close = ', '.join(difflib.get_close_matches('instal', ['install', 'uninstall', 'list', 'search', 'update']))\n" +
            "blurb = 'PyBind.Gen generates typed C# for installed Python modules at build time, so that calls into Python are checked by the compiler and documented in the editor.'\n" +
            "filled = textwrap.fill(blurb, width=40, initial_indent='> ', subsequent_indent='> ')\n" +
            "dumped = json.dumps({'version': '1.1', 'changes': 4, 'stable': True}, indent=2, sort_keys=True)\n" +
            "log = '2024-03-01 ok; 2024-03-02 failed; 2024-03-05 ok'\n" +
            "dates = ', '.join(re.findall(r'\\d{4}-\\d{2}-\\d{2}', log))\n" +
            "fixed = re.sub('failed', 'FAILED', log)");

        Assert.Contains("difflib.unified_diff:\n" + scope.Get<string>("diff"), output);
        Assert.Contains($"difflib.get_close_matches('instal', commands) = [{scope.Get<string>("close")}]", output);
        Assert.Contains(scope.Get<string>("filled") + "\n", output);
        Assert.Contains(scope.Get<string>("dumped") + "\njson.loads(...)['changes'] = 4", output);
        Assert.Contains($"= [{scope.Get<string>("dates")}]", output);
        Assert.Contains($"re.sub(r'failed', 'FAILED', log) = {scope.Get<string>("fixed")}", output);
    }

    [Fact]
    public void OwnPython_BindsTheProjectsModule_WithCallbacksExceptionsSpansAndAsync()
    {
        string[] lines = SampleRunner.Run("OwnPython").Split('\n');
        string folder = SampleRunner.SampleFolder("OwnPython").Replace("\\", "\\\\", System.StringComparison.Ordinal);
        using PyScope scope = Python.CreateScope();
        scope.Run($"import sys, asyncio\nsys.path.insert(0, '{folder}')\nimport pipeline\nreadings = [12.5, 47.0, 88.25, 64.0, 30.5]\n" +
                  "try:\n    pipeline.calibrate([12.5, 140.0])\nexcept pipeline.CalibrationError as e:\n    message = str(e)\n");

        Assert.Equal($"calibrate -> [{string.Join(", ", scope.Eval<double[]>("pipeline.calibrate(readings)").Select(v => F(v, "R")))}]", lines[0]);
        Assert.Equal($"calibrate([12.5, 140.0]) raised pipeline.CalibrationError: {scope.Get<string>("message")}", lines[1]);
        Assert.Equal($"smooth(window=3) -> [{string.Join(", ", scope.Eval<double[]>("pipeline.smooth(readings, 3).tolist()").Select(v => F(v, "F4")))}]", lines[2]);
        Assert.Equal($"score with a C# weight function -> {F(scope.Eval<double>("pipeline.score(readings, lambda v: 2.0 if v > 50 else 1.0)"), "R")}", lines[3]);
        Assert.Equal($"await total_after([3, 4, 5]) -> {scope.Eval<long>("asyncio.run(pipeline.total_after([3, 4, 5]))")}", lines[4]);
    }

    /// <summary>A LocalCluster on loopback (two worker processes) started, used and closed by the sample itself.</summary>
    [Fact]
    public void ScaleOut_LocalClusterAnswers_AreWhatPythonComputes()
    {
        string[] lines = SampleRunner.Run("ScaleOut").Split('\n');
        string folder = SampleRunner.SampleFolder("ScaleOut").Replace("\\", "\\\\", System.StringComparison.Ordinal);
        using PyScope scope = Python.CreateScope();
        scope.Run($"import sys\nsys.path.insert(0, '{folder}')\nimport work\nnumbers = [27, 97, 871, 6171, 77031, 837799]\n" +
                  "steps = ', '.join(str(work.collatz_steps(n)) for n in numbers)\n" +
                  "pi = repr(work.monte_carlo_pi(2024, 1000000))\nradius = repr(work.spectral_radius(7, 300))");

        Assert.Equal("workers: 2", lines[0]);
        Assert.Equal($"collatz_steps over [27, 97, 871, 6171, 77031, 837799] = [{scope.Get<string>("steps")}] (the same here)", lines[1]);
        Assert.Equal($"monte_carlo_pi(seed=2024, samples=1000000) = {scope.Get<string>("pi")} (the same here)", lines[2]);
        Assert.Equal($"spectral_radius(seed=7, size=300) = {scope.Get<string>("radius")} (the same here)", lines[3]);
    }

    /// <summary>Native AOT: generated bindings called from native code, and Python calling a [PyExport] module and a proxy in it.</summary>
    [Fact]
    public void NativeAot_PublishedProgram_CallsBindingsAndIsCalledByPython()
    {
        string[] lines = SampleRunner.PublishAotAndRun("NativeAot").Split('\n');
        Assert.Equal($"math.sqrt(2) = {F(Py<double>("__import__('math').sqrt(2.0)"), "R")}", lines[0]);
        Assert.Equal($"statistics.mean([1, 2, 4]) = {F(Py<double>("__import__('statistics').mean([1.0, 2.0, 4.0])"), "R")}", lines[1]);
        Assert.Equal(
            ["add_two(40) = 42", "apply(lambda x: x * 3, 7) = 21", "shout = NATIVE!", "counter.value = 7 True", "the same counter in .NET: 7"],
            lines[2..7]);
    }
}
