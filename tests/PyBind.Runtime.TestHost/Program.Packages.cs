using System;
using System.Linq;
using System.Threading;
using PyBind;

public partial class Program
{
    /// <summary>
    /// The package API in the interpreter PYBIND_PYTHON names (a virtual environment): a package that is not there,
    /// installed offline from the wheels in PYBIND_TEST_WHEELS while the program runs, then imported; a cancelled
    /// install and one pip refuses.
    /// </summary>
    private static int InstallPackages()
    {
        string wheels = Environment.GetEnvironmentVariable("PYBIND_TEST_WHEELS") ?? throw new InvalidOperationException("PYBIND_TEST_WHEELS is not set");
        Report("before", PythonPackages.List().Any(IsGreeting));
        Report("imports", string.Join(",", Python.FindImports("import pybind_greeting\nfrom os.path import join\n")));

        using (var cancelled = new CancellationTokenSource())
        {
            cancelled.Cancel();
            try
            {
                PythonPackages.InstallAsync(["--no-index", "--find-links", wheels, "pybind_greeting"], cancellationToken: cancelled.Token).GetAwaiter().GetResult();
                Report("cancelled", false);
            }
            catch (OperationCanceledException)
            {
                Report("cancelled", true);
            }
        }

        try
        {
            PythonPackages.InstallAsync(["--no-index", "--find-links", wheels, "pybind_no_such_package"]).GetAwaiter().GetResult();
            Report("missing", "installed");
        }
        catch (PackageInstallException e)
        {
            Report("missing", e.Message.ReplaceLineEndings(" "));
        }

        int lines = 0;
        var progress = new SynchronousProgress(_ => Interlocked.Increment(ref lines));
        PythonPackages.InstallAsync(["--no-index", "--find-links", wheels, "pybind_greeting>=1.0"], progress).GetAwaiter().GetResult();
        Report("progress_lines", lines);
        PythonPackage installed = PythonPackages.List().Single(IsGreeting);
        Report("version", installed.Version);
        Report("location", installed.Location);
        Report("greeting", Python.Eval<string>("__import__('pybind_greeting').greet('C#')"));
        Report("site_packages", Python.Eval<string>("__import__('sysconfig').get_path('purelib')"));
        return 0;
    }

    // setuptools spells the distribution's name pybind-greeting or pybind_greeting depending on its version.
    private static bool IsGreeting(PythonPackage package) => package.Name.Replace('-', '_') == "pybind_greeting";

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool, after the count is read).</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
