using System;
using System.Collections.Generic;
using System.Diagnostics;
using Xunit;

namespace PyBind.Testing;

/// <summary>
/// Runs a program to completion for a test: both streams read as they come (a synchronous read would wait for a hung
/// child forever), killed with its whole tree past the time limit, which fails the test with what it printed.
/// </summary>
public static class ChildProcess
{
    /// <summary>
    /// The default time limit: a hang guard far beyond what any program the tests start takes on a busy machine (a
    /// build of a new project included), so that it never decides the verdict of a correct build. It stays below
    /// tests/run.sh's <c>--blame-hang-timeout</c>, so that a hung child fails its test with its output.
    /// </summary>
    public const int HangGuardSeconds = 600;

    public sealed record Result(int ExitCode, string Output, string Errors)
    {
        /// <summary>The value of a "key=value" line of the output (how test hosts report what they saw).</summary>
        public string Value(string key)
        {
            foreach (string line in Output.Split('\n'))
            {
                if (line.StartsWith(key + "=", StringComparison.Ordinal))
                    return line[(key.Length + 1)..].TrimEnd('\r');
            }
            throw new KeyNotFoundException($"The program printed no '{key}=' line. Output:\n{Output}\nErrors:\n{Errors}");
        }
    }

    /// <summary>A start for <paramref name="file"/> with both streams redirected and <paramref name="arguments"/> as given.</summary>
    public static ProcessStartInfo Start(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        return start;
    }

    public static Result Run(ProcessStartInfo start, int timeoutSeconds = HangGuardSeconds)
    {
        using Process process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        bool exited = process.WaitForExit(timeoutSeconds * 1000);
        if (!exited)
            process.Kill(entireProcessTree: true);
        process.WaitForExit();
        Assert.True(exited, $"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeoutSeconds} s. Output:\n{output.Result}\nErrors:\n{errors.Result}");
        return new Result(process.ExitCode, output.Result, errors.Result);
    }
}
