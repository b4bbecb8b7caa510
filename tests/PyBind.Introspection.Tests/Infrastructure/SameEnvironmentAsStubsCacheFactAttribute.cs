using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace PyBind.Introspection.Tests.Infrastructure;

/// <summary>
/// A fact that runs only where stubs-cache/ can be reproduced byte for byte: the interpreter and numpy version
/// recorded in its headers, and mypy's typeshed. Elsewhere it is reported as skipped, with the reason.
/// </summary>
public sealed class SameEnvironmentAsStubsCacheFactAttribute : FactAttribute
{
    public SameEnvironmentAsStubsCacheFactAttribute()
    {
        string recorded = Describe(File.ReadLines(Path.Combine(TestPaths.StubsCache, "numpy.pyi")).Take(6).ToArray());
        string current = CurrentEnvironment();
        if (recorded != current)
        {
            Skip = $"stubs-cache/ was made with [{recorded}], this machine has [{current}]: regenerate it there (see stubs-cache/README.md).";
        }
    }

    private static string Describe(string[] header) =>
        $"{Value(header, "interpreter")}, numpy {Value(header, "module-version")}, typeshed {TestPaths.MypyTypeshed}";

    private static string Value(string[] header, string key) =>
        header.Single(l => l.StartsWith($"# {key}: ", System.StringComparison.Ordinal))[($"# {key}: ").Length..];

    // A quick look with the same interpreter, before any test starts the embedded one.
    private static string CurrentEnvironment()
    {
        if (!File.Exists(TestPaths.Python) || !Directory.Exists(TestPaths.MypyTypeshed))
        {
            return $"no {TestPaths.Python} or no {TestPaths.MypyTypeshed}";
        }

        ProcessStartInfo start = new(TestPaths.Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import platform, sys\ntry:\n import numpy; v = numpy.__version__\nexcept ImportError:\n v = 'missing'\n"
            + "print(platform.python_implementation(), platform.python_version(), sys.platform, platform.machine() + ', numpy ' + v)");
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return $"{output}, typeshed {TestPaths.MypyTypeshed}";
    }
}
