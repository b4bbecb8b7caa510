using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyBind.Introspection;
using PyBind.Introspection.Tests.Infrastructure;
using Xunit;

namespace PyBind.Introspection.Tests;

/// <summary>Where types come from: typeshed roots in their documented order, third-party stubs, the user's own code.</summary>
public sealed class SourceDiscoveryTests
{
    private static readonly string FakeTypeshed = Path.Combine(TestPaths.Fixtures, "fake-typeshed");

    [Fact]
    public void ExplicitTypeshed_IsTriedBeforeTheOnesFound()
    {
        ModuleResult result = Normalizer.Run(Normalizer.Request("bisect") with { Typeshed = [FakeTypeshed], AllowImports = false }).Single();

        Assert.Equal("typeshed:stdlib/bisect.pyi", StubText.Header(result.Stub!, "sources"));
        Assert.Contains("def only_in_the_fake_typeshed(x: int) -> int: ...", result.Stub);
    }

    [Fact]
    public void StubOnlyDistribution_DescribesItsPackageAndSubmodules_UnderThePackagesOwnNames()
    {
        IReadOnlyList<ModuleResult> results = Normalizer.Run(Normalizer.Request("distpkg", "distpkg.inner") with { AllowImports = false });

        Assert.Equal(["distpkg", "distpkg.inner"], results.Select(r => r.Module));
        Assert.Equal("distpkg-stubs/__init__.pyi, distpkg-stubs/inner/__init__.pyi", StubText.Header(results[0].Stub!, "sources"));
        Assert.Contains("def make(size: distpkg.shared.Size) -> Made: ...", results[0].Stub);
        Assert.Contains("\nclass Made: ...", results[0].Stub);
        Assert.Contains("from distpkg import Made as Made", results[1].Stub);
        Assert.Contains("def make(size: distpkg.shared.Size) -> distpkg.Made: ...", results[1].Stub);
        Assert.All(results, r => Assert.Empty(r.Warnings));
        Assert.All(results, r => Assert.DoesNotContain("-stubs.", r.Stub));
    }

    [Fact]
    public void FoundTypeshed_IsMypys_WhenNoneIsGiven()
    {
        ModuleResult result = Normalizer.Run(Normalizer.Request("bisect") with { AllowImports = false }).Single();

        Assert.DoesNotContain("only_in_the_fake_typeshed", result.Stub);
        Assert.Contains("def bisect_left(", result.Stub);
    }

    [Fact]
    public void TypeshedVersionsFile_HidesModulesOfOtherPythonVersions()
    {
        ModuleResult result = Normalizer.Run(Normalizer.Request("pybind_too_new") with { Typeshed = [FakeTypeshed], AllowImports = false }).Single();

        Assert.Equal("pybind_too_new: was not found on the interpreter's path nor in any typeshed folder (is it installed?)", result.Error);
    }

    [Fact]
    public void NoTypeshedAtAll_IsSaidOnce_AndTheStdlibFallsBackToRuntimeInspection()
    {
        var results = Normalizer.Run(Normalizer.Request("math", "cmath") with { FindTypeshed = false });

        Assert.Equal(["no typeshed found (give --typeshed, or install python3-mypy or the npm package pyright): the standard library is described by run-time inspection only"], results[0].Warnings.Select(w => w.ToString()));
        Assert.Empty(results[1].Warnings);
        Assert.Equal("runtime", StubText.Header(results[0].Stub!, "sources"));
        Assert.Contains("def sqrt(x: typing.Any, /) -> typing.Any:", results[0].Stub);
    }

    [Fact]
    public void ThirdPartyTypeshedStubs_DescribeAnUntypedPackage()
    {
        ModuleResult result = Normalizer.Run(Normalizer.Request("untypedlib") with { Typeshed = [FakeTypeshed], AllowImports = false }).Single();

        Assert.Equal("typeshed:stubs/types-untypedlib/untypedlib/__init__.pyi", StubText.Header(result.Stub!, "sources"));
        Assert.Contains("def described_by_third_party_stubs(name: str) -> bytes: ...", result.Stub);
    }

    [Fact]
    public void UsersOwnCode_InASourceFolder_IsTypedByItsAnnotations()
    {
        NormalizationRequest request = new(["pipeline"]) { SourcePaths = [Path.Combine(TestPaths.Fixtures, "usercode")] };

        string stub = Normalizer.Run(request).Single().Stub!;

        Assert.Equal("pipeline.py, runtime", StubText.Header(stub, "sources"));
        Assert.Contains("def run(steps: list[Step], *, dry_run: bool = False) -> dict[str, float]:\n    \"\"\"Run the steps and return their weights by name.\"\"\"", stub);
        Assert.Contains("class Step:\n    \"\"\"Step(name: str, weight: float = 1.0)\"\"\"\n    name: str\n    weight: float = 1.0\n", stub);
        Assert.Contains("    def __init__(self, name: str, weight: float = ...) -> None: ...", stub);
        // What the module only imports is not its API, even where the live object cannot say where it came from.
        Assert.Contains("def report(\n    weights: dict[str, float],\n    format: collections.abc.Callable[[float], str] | None = None,\n) -> str:", stub);
        Assert.DoesNotContain("def Callable", stub);
        Assert.DoesNotContain("Optional", stub);
        Assert.DoesNotContain("def dataclass", stub);
        Assert.DoesNotContain("json:", stub);
    }
}
