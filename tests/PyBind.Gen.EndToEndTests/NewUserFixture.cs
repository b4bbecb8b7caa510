using System;
using System.Diagnostics;
using System.IO;
using PyBind.Testing;
using Xunit;

namespace PyBind.Gen.EndToEndTests;

/// <summary>
/// Packs the solution once, as a release does (<c>dotnet pack PyBind.Gen.sln -c Release -o feed</c>), with a version
/// of its own, into a folder feed, and gives each test project a package cache of its own (so a stale package of the
/// same version can never be used), falling back to the machine's cache for everything else.
/// </summary>
public sealed class NewUserFixture : IDisposable
{
    public NewUserFixture()
    {
        Root = Directory.CreateTempSubdirectory("pybind-e2e-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        Version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Repository = FindRepository();
        Command.Result pack;
        using (ReleaseBuildLock.Acquire(Repository))
            pack = Command.Run("dotnet", ["pack", Path.Combine(Repository, "PyBind.Gen.sln"), "-c", "Release", "-o", Feed, $"-p:Version={Version}", "-nologo", "-v", "q"], Root);
        Assert.True(pack.ExitCode == 0, $"dotnet pack PyBind.Gen.sln failed:\n{pack.Output}");
    }

    /// <summary>The repository the tests run from (its working tree, uncommitted changes included).</summary>
    public string Repository { get; }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    /// <summary>A new console project, with a nuget.config naming the feed, nuget.org and the machine's cache.</summary>
    public string NewConsoleProject(string name)
    {
        string folder = Path.Combine(Root, name);
        Command.Result created = Command.Run("dotnet", ["new", "console", "-o", folder, "-n", name], Root);
        Assert.True(created.ExitCode == 0, created.Output);
        WriteNuGetConfig(folder, Feed);
        return folder;
    }

    /// <summary>A new console project with the packed PyBind.Gen added (and restored), and <paramref name="files"/> written into it.</summary>
    public string NewPyBindProject(string name, params (string Path, string Text)[] files)
    {
        string project = NewConsoleProject(name);
        Command.Result added = Command.Run("dotnet", ["add", "package", "PyBind.Gen", "--version", Version], project);
        Assert.True(added.ExitCode == 0, added.Output);
        foreach ((string path, string text) in files)
            File.WriteAllText(Path.Combine(project, path), text);
        return project;
    }

    /// <summary>
    /// A nuget.config in <paramref name="folder"/>: PyBind's packages from <paramref name="feed"/> only, everything else
    /// from nuget.org, into a package cache of the folder's own, with the machine's cache as a fallback.
    /// </summary>
    public static void WriteNuGetConfig(string folder, string feed)
    {
        string machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(folder, ".packages")}" /></config>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="PyBind.*" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
              <fallbackPackageFolders><add key="machine" value="{machineCache}" /></fallbackPackageFolders>
            </configuration>
            """);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    internal static string FindRepository()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PyBind.Gen.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No repository above {AppContext.BaseDirectory}.");
    }
}

/// <summary>Runs a command to completion (with a time limit) and returns its exit code and combined output.</summary>
internal static class Command
{
    public sealed record Result(int ExitCode, string Output);

    public static Result Run(string file, string[] arguments, string workingDirectory, Action<ProcessStartInfo>? configure = null)
    {
        ProcessStartInfo start = ChildProcess.Start(file, arguments);
        start.WorkingDirectory = workingDirectory;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // MSBuild nodes left alive would hold files of the temporary projects open.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        configure?.Invoke(start);
        ChildProcess.Result result = ChildProcess.Run(start);
        return new Result(result.ExitCode, result.Output + result.Errors);
    }
}
