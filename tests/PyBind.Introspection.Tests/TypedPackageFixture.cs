using System.Collections.Generic;
using System.Linq;
using PyBind.Introspection;
using PyBind.Introspection.Tests.Infrastructure;

namespace PyBind.Introspection.Tests;

/// <summary>The fixture package typedpkg (own .pyi, py.typed, run-time code) normalized once with and once without imports.</summary>
public sealed class TypedPackageFixture
{
    public TypedPackageFixture()
    {
        IReadOnlyList<ModuleResult> imported = Normalizer.Run(Normalizer.Request("typedpkg") with { IncludeSubmodules = true });
        Package = Require(imported, "typedpkg");
        Shapes = Require(imported, "typedpkg.shapes");
        PackageWithoutImports = Require(Normalizer.Run(Normalizer.Request("typedpkg") with { AllowImports = false }), "typedpkg");
        InterpreterIsAtLeast311 = Normalizer.RunScript("result = sys.version_info >= (3, 11)") == "True";
        PlatformIsWindows = Normalizer.RunScript("result = sys.platform == 'win32'") == "True";
    }

    public string Package { get; }

    public string Shapes { get; }

    public string PackageWithoutImports { get; }

    public bool InterpreterIsAtLeast311 { get; }

    public bool PlatformIsWindows { get; }

    private static string Require(IReadOnlyList<ModuleResult> outcomes, string module)
    {
        ModuleResult outcome = outcomes.Single(o => o.Module == module);
        Xunit.Assert.True(outcome.Stub is not null, $"{module}: {outcome.Error}");
        return outcome.Stub!;
    }
}
