using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using PyBind.Testing;
using Xunit;

namespace PyBind.Runtime.Tests.Infrastructure;

/// <summary>Runs a scenario of PyBind.Runtime.TestHost in a new process (CPython starts once per process).</summary>
public static class TestHost
{
    public sealed record Result(int ExitCode, string Output, string Errors)
    {
        /// <summary>The value of a "key=value" line of the output.</summary>
        public string Value(string key)
        {
            foreach (string line in Output.Split('\n'))
            {
                if (line.StartsWith(key + "=", StringComparison.Ordinal))
                    return line[(key.Length + 1)..].TrimEnd('\r');
            }
            throw new KeyNotFoundException($"The host printed no '{key}=' line. Output:\n{Output}\nErrors:\n{Errors}");
        }
    }

    private static readonly string HostPath = Path.Combine(
        AppContext.BaseDirectory.Replace("PyBind.Runtime.Tests", "PyBind.Runtime.TestHost", StringComparison.Ordinal),
        "PyBind.Runtime.TestHost.dll");

    public static Result Run(string scenario, IReadOnlyDictionary<string, string?>? environment = null)
    {
        Assert.True(File.Exists(HostPath), $"The test host was not built at {HostPath}.");
        ProcessStartInfo start = ChildProcess.Start("dotnet", [HostPath, scenario]);
        foreach ((string key, string? value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                start.Environment.Remove(key);
            else
                start.Environment[key] = value;
        }
        ChildProcess.Result result = ChildProcess.Run(start);
        return new Result(result.ExitCode, result.Output, result.Errors);
    }
}
