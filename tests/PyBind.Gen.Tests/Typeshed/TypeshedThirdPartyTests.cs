using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyBind.Introspection;
using Xunit;
using Xunit.Abstractions;

namespace PyBind.Gen.Tests.Typeshed;

/// <summary>
/// Scale and robustness beyond the standard library: every stub-only distribution (<c>&lt;package&gt;-stubs</c>, PEP
/// 561) that Debian's python3-typeshed installs — typeshed's third-party stubs, as <c>pip install types-…</c> gives
/// them to a typing-aware user — is described with imports off (its package and the submodules its stubs expose or
/// name, as a build binding the package describes them), generated and compiled together with no generator error and
/// no C# error or warning. (Every one of their 2,347 public modules, bound at once, takes ≈5 times as long: too long
/// for each CI run.)
/// </summary>
[Trait("Category", "Slow")]
public sealed class TypeshedThirdPartyTests(ThirdPartyStubBindings bindings, ITestOutputHelper output) : IClassFixture<ThirdPartyStubBindings>
{
    [ThirdPartyStubsFact]
    public void EveryStubOnlyDistribution_IsDescribedGeneratedAndCompiledWithoutErrorsOrWarnings()
    {
        int members = bindings.AssertBoundAndCompiledCleanly(output, $"{ThirdPartyStubBindings.Distributions.Count} stub-only distributions in {ThirdPartyStubsFactAttribute.DistPackages}");

        Assert.Empty(bindings.Unbound());
        Assert.Equal(ThirdPartyStubBindings.Distributions.Count, bindings.Modules.Count);
        Assert.True(bindings.Modules.Count >= 200, $"only {bindings.Modules.Count} -stubs distributions in {ThirdPartyStubsFactAttribute.DistPackages}");
        Assert.True(bindings.Stubs.Count > 400, $"only {bindings.Stubs.Count} modules were described");
        Assert.True(members > 20_000, $"only {members} public members were generated");
    }
}

/// <summary>The package of every <c>-stubs</c> distribution in Debian's dist-packages with its submodules, described without imports.</summary>
public sealed class ThirdPartyStubBindings() : StubBindings("App.ThirdParty", Packages, modules => new NormalizationRequest(modules)
{
    Typeshed = [TypeshedFactAttribute.MypyTypeshed],
    FindTypeshed = false,
    AllowImports = false,
    IncludeSubmodules = true,
})
{
    /// <summary>The <c>&lt;package&gt;-stubs</c> folders of dist-packages.</summary>
    public static IReadOnlyList<string> Distributions { get; } = Directory.Exists(ThirdPartyStubsFactAttribute.DistPackages)
        ? Directory.EnumerateDirectories(ThirdPartyStubsFactAttribute.DistPackages, "*-stubs").Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>The package each distribution describes: <c>yaml-stubs</c> is <c>yaml</c>.</summary>
    private static List<string> Packages() => Distributions.Select(folder => Path.GetFileName(folder)[..^"-stubs".Length]).ToList();
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
