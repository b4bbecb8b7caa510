using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace PyBind.Gen.EndToEndTests;

/// <summary>
/// Versions come from git: each commit packs a version of its own, newer than the one before, so a machine's package
/// cache can never hand out an older build under the same version. Packed from clones of the repository's HEAD.
/// </summary>
[Collection(Name)]
public sealed partial class VersionTests : IDisposable
{
    public const string Name = "Versions from git";

    private readonly string _root = Directory.CreateTempSubdirectory("pybind-versions-").FullName;

    [Fact]
    public void EachCommit_PacksANewerVersion_WhichAConsumerRestores()
    {
        string clone = Clone(NewUserFixture.FindRepository());
        long height = long.Parse(Git(clone, "rev-list", "--count", "HEAD"), System.Globalization.CultureInfo.InvariantCulture);
        string feed = Path.Combine(_root, "feed");

        DevelopmentVersion first = PackRuntime(clone, feed);
        Git(clone, "-c", "user.name=PyBind tests", "-c", "user.email=tests@pybind.invalid", "commit", "--allow-empty", "--quiet", "-m", "An empty commit: the next version");
        DevelopmentVersion second = PackRuntime(clone, feed);

        Assert.Equal(height, first.Height);
        Assert.Equal((first.Prefix, height + 1), (second.Prefix, second.Height));
        // A project asking for the newest development build of this version gets the second commit's.
        Assert.Equal(second.Version, RestoredVersion("PyBind.Runtime", $"{first.Prefix}-dev.*", feed));
    }

    [Fact]
    public void ShallowClone_PacksTheLowestDevelopmentVersion_AndSaysWhy()
    {
        // A shallow clone (CI's default checkout in many services) does not know its height.
        string clone = Clone("file://" + NewUserFixture.FindRepository(), "--depth", "1");
        string feed = Path.Combine(_root, "feed");

        Command.Result pack = Pack(clone, feed);

        Assert.True(pack.ExitCode == 0, $"dotnet pack failed:\n{pack.Output}");
        Assert.Equal(0, DevelopmentVersion.Parse(Assert.Single(Directory.GetFiles(feed))).Height);
        Assert.Contains("the commit height is unknown (git is missing, this is not a clone, or the clone is shallow)", pack.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A clone of <paramref name="source"/>'s HEAD.</summary>
    private string Clone(string source, params string[] options)
    {
        string clone = Path.Combine(_root, "clone");
        Git(_root, ["clone", "--quiet", .. options, source, clone]);
        return clone;
    }

    /// <summary>Packs PyBind.Runtime into <paramref name="feed"/> and returns the version of the package it added.</summary>
    private static DevelopmentVersion PackRuntime(string clone, string feed)
    {
        string[] before = Directory.Exists(feed) ? Directory.GetFiles(feed) : [];
        Command.Result pack = Pack(clone, feed);
        Assert.True(pack.ExitCode == 0, $"dotnet pack failed:\n{pack.Output}");
        return DevelopmentVersion.Parse(Assert.Single(Directory.GetFiles(feed).Except(before)));
    }

    private static Command.Result Pack(string clone, string feed) =>
        Command.Run("dotnet", ["pack", Path.Combine(clone, "runtime", "PyBind.Runtime", "PyBind.Runtime.csproj"), "-c", "Release", "-o", feed, "-nologo", "-v", "q"], clone);

    /// <summary>The version of <paramref name="id"/> a new project that references <paramref name="range"/> restores.</summary>
    private string RestoredVersion(string id, string range, string feed)
    {
        string consumer = Directory.CreateDirectory(Path.Combine(_root, "consumer")).FullName;
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="{id}" Version="{range}" /></ItemGroup>
            </Project>
            """);
        NewUserFixture.WriteNuGetConfig(consumer, feed);
        Command.Result restore = Command.Run("dotnet", ["restore", "-nologo"], consumer);
        Assert.True(restore.ExitCode == 0, restore.Output);
        using JsonDocument assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer, "obj", "project.assets.json")));
        return assets.RootElement.GetProperty("libraries").EnumerateObject()
            .Select(library => library.Name.Split('/'))
            .Single(library => library[0] == id)[1];
    }

    private static string Git(string folder, params string[] arguments)
    {
        Command.Result git = Command.Run("git", arguments, folder);
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)} failed:\n{git.Output}");
        return git.Output.Trim();
    }

    /// <summary>A package version of the form <c>prefix-dev.height</c>, read from the package's file name.</summary>
    private sealed partial record DevelopmentVersion(string Prefix, long Height)
    {
        public string Version => $"{Prefix}-dev.{Height}";

        public static DevelopmentVersion Parse(string package)
        {
            Match match = FileName().Match(Path.GetFileName(package));
            Assert.True(match.Success, $"{Path.GetFileName(package)} is not a development version (PyBind.Runtime.<prefix>-dev.<height>.nupkg)");
            return new DevelopmentVersion(match.Groups["prefix"].Value, long.Parse(match.Groups["height"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        [GeneratedRegex(@"^PyBind\.Runtime\.(?<prefix>[0-9]+\.[0-9]+\.[0-9]+)-dev\.(?<height>[0-9]+)\.nupkg$")]
        private static partial Regex FileName();
    }
}

/// <summary>Packing takes both cores: the version tests run alone, after the others.</summary>
[CollectionDefinition(VersionTests.Name, DisableParallelization = true)]
public sealed class VersionTestsGroup
{
}
