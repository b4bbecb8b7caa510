using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace PyBind.Packages;

/// <summary>
/// pip, run by an interpreter in a child process (never inside the embedded one: pip is a program, it may replace
/// modules the process has imported, and it calls <c>sys.exit</c>). Shared by the run-time package API and the build's
/// project environment, so both report pip's failures the same way.
/// </summary>
internal static class Pip
{
    /// <summary>What a pip run printed (both streams, in order) and how it ended.</summary>
    internal sealed record Outcome(int ExitCode, string Output)
    {
        public bool Succeeded => ExitCode == 0;
    }

    /// <summary>
    /// Runs <c><paramref name="python"/> -m pip <paramref name="arguments"/></c>, each line of output passed to
    /// <paramref name="line"/> as it comes; cancellation kills pip (and what it started).
    /// </summary>
    internal static Task<Outcome> RunAsync(string python, IEnumerable<string> arguments, string? workingDirectory, Action<string>? line, CancellationToken cancellationToken)
        => RunProcessAsync(python, ["-m", "pip", .. arguments], workingDirectory, line, cancellationToken);

    /// <summary>Runs <paramref name="program"/> (an interpreter with a module such as <c>venv</c> or a script; <c>ldd</c>) with <paramref name="arguments"/>.</summary>
    internal static async Task<Outcome> RunProcessAsync(string program, IEnumerable<string> arguments, string? workingDirectory, Action<string>? line, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        // Nothing asks a question nobody can answer, nothing looks for a newer pip on the network, and the interpreter's
        // own environment variables (a PYTHONPATH meant for another Python) do not leak into it.
        start.Environment["PIP_NO_INPUT"] = "1";
        start.Environment["PIP_DISABLE_PIP_VERSION_CHECK"] = "1";
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.Environment.Remove("PYTHONPATH");
        start.Environment.Remove("PYTHONHOME");
        start.Environment["PIP_PROGRESS_BAR"] = "off";

        var output = new StringBuilder();
        using Process process = new() { StartInfo = start };
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (output)
                output.AppendLine(e.Data);
            line?.Invoke(e.Data);
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new Outcome(-1, $"{program} could not be started: {e.Message}");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        lock (output)
            return new Outcome(process.ExitCode, output.ToString());
    }

    /// <summary>pip's own error lines (<c>ERROR: …</c>), or its last lines when it printed none.</summary>
    internal static string Quote(string output)
    {
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string[] errors = lines.Where(l => l.StartsWith("ERROR:", StringComparison.Ordinal) || l.StartsWith("error:", StringComparison.Ordinal)).ToArray();
        return string.Join(" ", errors.Length > 0 ? errors : lines.TakeLast(3));
    }

    /// <summary>What to do about a failed pip run, from what pip said.</summary>
    internal static string Advice(string output)
    {
        bool Says(string text) => output.Contains(text, StringComparison.OrdinalIgnoreCase);
        if (Says("No module named pip"))
            return "This interpreter has no pip: create the environment with pip (python -m venv, not --without-pip), or install it (python -m ensurepip; Debian: apt-get install python3-pip).";
        if (Says("conflict") || Says("ResolutionImpossible"))
            return "The requirements ask for versions that cannot be installed together: relax one of the version constraints pip names.";
        if (Says("Failed to establish a new connection") || Says("NewConnectionError") || Says("Temporary failure in name resolution") || Says("Network is unreachable"))
            return "No package index could be reached: connect to the network, or install offline with --no-index and --find-links <folder of wheels> in the requirements.";
        if (Says("No matching distribution found") || Says("Could not find a version that satisfies"))
            return "Check the package's name and version; offline (--no-index), the --find-links folder must hold a wheel of it that fits this Python.";
        if (Says("does not exist") || Says("No such file"))
            return "A local path in the requirements does not exist: paths are relative to the project folder (--find-links: to the requirements file).";
        if (Says("externally-managed-environment"))
            return "This interpreter is managed by the system (PEP 668): install into a virtual environment instead.";
        return "Fix the requirement pip names and build again.";
    }
}
