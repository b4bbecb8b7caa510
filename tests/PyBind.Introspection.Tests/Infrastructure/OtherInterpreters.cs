using System;
using System.IO;
using PyBind.Testing;

namespace PyBind.Introspection.Tests.Infrastructure;

/// <summary>
/// Other CPython versions (<see cref="PyenvPython"/>): one process hosts one interpreter, so these tests run the
/// tool itself in a child process that embeds the other version.
/// </summary>
internal static class OtherInterpreters
{
    /// <summary>How long one run of the tool may take: it describes whole packages (numpy) with a Python of its own.</summary>
    public const int ToolTimeoutSeconds = 600;

    /// <summary>Runs the built tool (PyBind.Introspection.dll next to the tests) with another interpreter.</summary>
    public static (int ExitCode, string Output, string Errors) RunTool(params string[] arguments)
    {
        ChildProcess.Result result = ChildProcess.Run(ChildProcess.Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "PyBind.Introspection.dll"), .. arguments]), ToolTimeoutSeconds);
        return (result.ExitCode, result.Output, result.Errors);
    }
}
