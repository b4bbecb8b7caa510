using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Xunit;

namespace PyBind.Gen.EndToEndTests;

/// <summary>
/// What <c>dotnet pack PyBind.Gen.sln</c> makes: exactly the packages a user installs (the generator, the runtime and the
/// pythonnet adapter), laid out as NuGet and the build targets expect them.
/// </summary>
[Collection(PackedSolution.Name)]
public sealed class PackageTests(NewUserFixture fixture)
{
    private const string Tool = "tools/pybind-introspect/";

    [Fact]
    public void Solution_PacksExactlyThePackagesAUserInstalls()
    {
        string[] packages = Directory.GetFiles(fixture.Feed).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

        Assert.Equal([$"PyBind.Gen.{fixture.Version}.nupkg", $"PyBind.Pythonnet.{fixture.Version}.nupkg", $"PyBind.Runtime.{fixture.Version}.nupkg"], packages);
    }

    [Fact]
    public void PyBindGen_CarriesTheGeneratorTheToolAndTheBuildTargets()
    {
        using NuGetPackage package = Open("PyBind.Gen");

        Assert.Equal(("PyBind.Gen", fixture.Version), (package.Id, package.Version));
        // The generator, handed to the compiler, and its code fixes beside it (an editor loads them); the precompiled
        // copy the build targets choose where it applies.
        Assert.Equal(
            ["analyzers/dotnet/cs/PyBind.Gen.CodeFixes.dll", "analyzers/dotnet/cs/PyBind.Gen.dll"],
            package.Files.Where(f => f.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        bool readyToRunApplies = RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && RuntimeInformation.ProcessArchitecture == Architecture.X64;
        Assert.Equal(readyToRunApplies, package.Files.Contains("build/linux-x64/PyBind.Gen.dll"));
        // The build props and targets NuGet imports into the user's project (named after the package), and the one they import.
        Assert.Superset(new HashSet<string> { "build/PyBind.Gen.props", "build/PyBind.Gen.targets", "build/PyBind.Gen.ReadyToRun.targets" }, package.Files.ToHashSet());
        // Nothing for the user's project to reference or load: the runtime comes as a dependency.
        Assert.DoesNotContain(package.Files, f => f.StartsWith("lib/", StringComparison.Ordinal) || f.StartsWith("ref/", StringComparison.Ordinal));
        Assert.Contains("README.md", package.Files);
    }

    [Fact]
    public void PyBindGen_CarriesTheIntrospectionToolAndItsNormalizer()
    {
        using NuGetPackage package = Open("PyBind.Gen");
        string[] tool = package.Files.Where(f => f.StartsWith(Tool, StringComparison.Ordinal)).Select(f => f[Tool.Length..]).ToArray();

        // What `dotnet exec PyBind.Introspection.dll` needs (the build targets run it so), the runtime it embeds
        // CPython with, and the Python it runs — the normalizer, the environment and bundle scripts — file for file.
        Assert.Superset(new HashSet<string> { "PyBind.Introspection.dll", "PyBind.Introspection.runtimeconfig.json", "PyBind.Introspection.deps.json", "PyBind.Runtime.dll" }, tool.ToHashSet());
        string toolSources = Path.Combine(fixture.Repository, "generator", "PyBind.Introspection");
        string[] pythonFiles = new[] { "normalizer/pybind_introspect", "environment" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(toolSources, folder), "*.py").Select(f => folder + "/" + Path.GetFileName(f)))
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(pythonFiles, tool.Where(f => f.EndsWith(".py", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(tool, f => f.EndsWith(".pdb", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal));
    }

    [Fact]
    public void PyBindGen_DependsOnPyBindRuntimeOfTheSameVersion()
    {
        using NuGetPackage package = Open("PyBind.Gen");

        Assert.Equal(["net8.0"], package.DependencyFrameworks);
        Assert.Equal([("PyBind.Runtime", fixture.Version)], package.Dependencies("net8.0"));
    }

    [Fact]
    public void PyBindRuntime_CarriesTheLibraryForNet8AndNet10_OfItsVersion()
    {
        using NuGetPackage package = Open("PyBind.Runtime");

        Assert.Equal(("PyBind.Runtime", fixture.Version), (package.Id, package.Version));
        Assert.Equal(
            ["lib/net10.0/PyBind.Runtime.dll", "lib/net10.0/PyBind.Runtime.xml", "lib/net8.0/PyBind.Runtime.dll", "lib/net8.0/PyBind.Runtime.xml"],
            package.Files.Where(f => f.StartsWith("lib/", StringComparison.Ordinal) || f.StartsWith("ref/", StringComparison.Ordinal)));
        foreach ((string folder, string framework) in new[] { ("net8.0", ".NETCoreApp,Version=v8.0"), ("net10.0", ".NETCoreApp,Version=v10.0") })
        {
            string assembly = $"lib/{folder}/PyBind.Runtime.dll";
            Assert.Equal(framework, package.ReadAssembly(assembly, pe => NuGetPackage.AssemblyAttribute(pe, "TargetFrameworkAttribute")));
            // The informational version is the package's, then the commit (+sha).
            Assert.StartsWith(fixture.Version, package.ReadAssembly(assembly, pe => NuGetPackage.AssemblyAttribute(pe, "AssemblyInformationalVersionAttribute")), StringComparison.Ordinal);
            Assert.Equal("System.Numerics.Tensors", Assert.Single(package.Dependencies(folder)).Id);
        }
        Assert.Equal(["net10.0", "net8.0"], package.DependencyFrameworks);
    }

    [Fact]
    public void PyBindPythonnet_CarriesTheAdapterForNet8AndNet10_OnTheRuntimeOfItsVersion()
    {
        using NuGetPackage package = Open("PyBind.Pythonnet");

        Assert.Equal(("PyBind.Pythonnet", fixture.Version), (package.Id, package.Version));
        Assert.Equal(
            ["lib/net10.0/PyBind.Pythonnet.dll", "lib/net10.0/PyBind.Pythonnet.xml", "lib/net8.0/PyBind.Pythonnet.dll", "lib/net8.0/PyBind.Pythonnet.xml"],
            package.Files.Where(f => f.StartsWith("lib/", StringComparison.Ordinal) || f.StartsWith("ref/", StringComparison.Ordinal)));
        Assert.Equal(["net10.0", "net8.0"], package.DependencyFrameworks);
        foreach (string folder in new[] { "net8.0", "net10.0" })
        {
            // The adapter converts between two runtimes, so it brings both: ours of its own version and pythonnet.
            (string Id, string Version)[] dependencies = package.Dependencies(folder);
            Assert.Contains(("PyBind.Runtime", fixture.Version), dependencies);
            Assert.Equal(["PyBind.Runtime", "pythonnet"], dependencies.Select(d => d.Id).Order(StringComparer.Ordinal));
        }
    }

    private NuGetPackage Open(string id) => new(Path.Combine(fixture.Feed, $"{id}.{fixture.Version}.nupkg"));
}
