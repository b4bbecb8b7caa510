using System;
using System.Diagnostics;
using Xunit;

namespace PyBind.Testing;

/// <summary>
/// A test that needs numpy in the interpreter under test. Where numpy is missing it is skipped, except under
/// <c>CI=true</c>, where it runs (and fails): a CI machine must have what the suite needs.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NumpyFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> s_missingReason = new(FindMissingReason);

    public NumpyFactAttribute()
    {
        if (s_missingReason.Value is { } reason && !TestEnvironment.IsCI)
            Skip = reason;
    }

    /// <summary>Asks the interpreter the runtime would choose, in a subprocess, so discovery does not start CPython.</summary>
    private static string? FindMissingReason()
    {
        string? python = Environment.GetEnvironmentVariable("PYBIND_PYTHON") ?? "python3";
        try
        {
            using Process process = Process.Start(new ProcessStartInfo(python, "-c \"import numpy\"") { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"numpy is not importable from {python} (set PYBIND_PYTHON=/usr/bin/python3 with python3-numpy installed)";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"{python} could not be started: {e.Message}";
        }
    }
}

public static class TestEnvironment
{
    public static bool IsCI => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
