using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using PyBind.Testing;
using Xunit;

namespace PyBind.Introspection.Tests.Infrastructure;

/// <summary>
/// Other CPython versions (pyenv's, when present): one process hosts one interpreter, so these tests run the
/// tool itself in a child process that embeds the other version.
/// </summary>
internal static class OtherInterpreters
{
    /// <summary>The newest installed pyenv interpreter of version <paramref name="minor"/> (3.minor), or null.</summary>
    public static string? Find(int minor)
    {
        string versions = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv", "versions");
        return Directory.Exists(versions)
            ? Directory.GetDirectories(versions, $"3.{minor}.*")
                .Select(folder => Path.Combine(folder, "bin", "python3"))
                .Where(File.Exists)
                .OrderBy(path => Version.Parse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))!)))
                .LastOrDefault()
            : null;
    }

    /// <summary>How long one run of the tool may take: it describes whole packages (numpy) with a Python of its own.</summary>
    public const int ToolTimeoutSeconds = 600;

    /// <summary>Runs the built tool (PyBind.Introspection.dll next to the tests) with another interpreter.</summary>
    public static (int ExitCode, string Output, string Errors) RunTool(params string[] arguments)
    {
        ChildProcess.Result result = ChildProcess.Run(ChildProcess.Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "PyBind.Introspection.dll"), .. arguments]), ToolTimeoutSeconds);
        return (result.ExitCode, result.Output, result.Errors);
    }
}

/// <summary>A fact that needs pyenv's CPython 3.<c>minor</c>; reported as skipped, with the reason, where it is missing.</summary>
public sealed class RequiresPyenvPythonFactAttribute : FactAttribute
{
    public RequiresPyenvPythonFactAttribute(int minor)
    {
        if (OtherInterpreters.Find(minor) is null)
        {
            Skip = $"needs CPython 3.{minor} from pyenv (~/.pyenv/versions/3.{minor}.*), which this machine does not have";
        }
    }
}
