using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyBind.Introspection;
using Xunit;
using Xunit.Abstractions;

namespace PyBind.Gen.Tests.Typeshed;

/// <summary>
/// Scale and robustness beyond the standard library: every public module of every stub-only distribution
/// (<c>&lt;package&gt;-stubs</c>, PEP 561) that Debian's python3-typeshed installs — typeshed's third-party stubs, as
/// <c>pip install types-…</c> gives them to a typing-aware user — is described with imports off, generated and
/// compiled together with no generator error and no C# error or warning.
/// </summary>
[Trait("Category", "Slow")]
public sealed class TypeshedThirdPartyTests(ThirdPartyStubBindings bindings, ITestOutputHelper output) : IClassFixture<ThirdPartyStubBindings>
{
    [ThirdPartyStubsFact]
    public void EveryModuleOfEveryStubOnlyDistribution_IsDescribedGeneratedAndCompiledWithoutErrorsOrWarnings()
    {
        int members = bindings.AssertBoundAndCompiledCleanly(output, $"{ThirdPartyStubBindings.Distributions.Count} stub-only distributions in {ThirdPartyStubsFactAttribute.DistPackages}");

        Assert.Empty(bindings.Unbound());
        Assert.True(ThirdPartyStubBindings.Distributions.Count >= 200, $"only {ThirdPartyStubBindings.Distributions.Count} -stubs distributions in {ThirdPartyStubsFactAttribute.DistPackages}");
        Assert.True(members > 30_000, $"only {members} public members were generated");
    }
}

/// <summary>The public modules of every <c>-stubs</c> distribution in Debian's dist-packages, described without imports.</summary>
public sealed class ThirdPartyStubBindings() : StubBindings(Namespace, PublicModules, modules => new NormalizationRequest(modules)
{
    Typeshed = [TypeshedFactAttribute.MypyTypeshed],
    FindTypeshed = false,
    AllowImports = false,
})
{
    public const string Namespace = "App.ThirdParty";

    /// <summary>The <c>&lt;package&gt;-stubs</c> folders of dist-packages.</summary>
    public static IReadOnlyList<string> Distributions { get; } = Directory.Exists(ThirdPartyStubsFactAttribute.DistPackages)
        ? Directory.EnumerateDirectories(ThirdPartyStubsFactAttribute.DistPackages, "*-stubs").Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>Every module file of every distribution, named as its package (<c>yaml-stubs/nodes.pyi</c> is <c>yaml.nodes</c>), private ones left out.</summary>
    private static List<string> PublicModules() =>
        Distributions.SelectMany(folder => Directory.EnumerateFiles(folder, "*.pyi", SearchOption.AllDirectories)
                .Select(path => Path.GetFileName(folder)[..^"-stubs".Length] + "/" + Path.GetRelativePath(folder, path)[..^4]))
            .Select(name => name.EndsWith("/__init__", StringComparison.Ordinal) ? name[..^"/__init__".Length] : name)
            .Select(name => name.Replace('/', '.'))
            .Where(name => name.Split('.').All(part => !part.StartsWith('_')))
            .Order(StringComparer.Ordinal)
            .ToList();
}

/// <summary>
/// A fact that needs Debian's python3-typeshed (<c>.ci/install-deps</c> installs it) besides Python and mypy's
/// typeshed; skipped with the reason where it is missing, except in CI, where it runs and fails.
/// </summary>
public sealed class ThirdPartyStubsFactAttribute : FactAttribute
{
    public const string DistPackages = "/usr/lib/python3/dist-packages";

    public ThirdPartyStubsFactAttribute()
    {
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!ci && (!TypeshedFactAttribute.Available || ThirdPartyStubBindings.Distributions.Count == 0))
        {
            Skip = $"needs Debian's python3-typeshed (its -stubs distributions in {DistPackages}) and mypy's typeshed: apt-get install python3-typeshed python3-mypy, or bash .ci/install-deps";
        }
    }
}
