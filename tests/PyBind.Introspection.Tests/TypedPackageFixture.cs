using System.Collections.Generic;
using System.Linq;
using PyBind.Introspection.Tests.Infrastructure;

namespace PyBind.Introspection.Tests;

/// <summary>The fixture package typedpkg (own .pyi, py.typed, run-time code) normalized once with and once without imports.</summary>
public sealed class TypedPackageFixture
{
    public TypedPackageFixture()
    {
        IReadOnlyList<ModuleOutcome> imported = Normalizer.Run(new NormalizeRequest(["typedpkg"]) { IncludeSubmodules = true });
        Package = Require(imported, "typedpkg");
        Shapes = Require(imported, "typedpkg.shapes");
        PackageWithoutImports = Require(Normalizer.Run(new NormalizeRequest(["typedpkg"]) { AllowImports = false }), "typedpkg");
        InterpreterIsAtLeast311 = Normalizer.RunScript("print(sys.version_info >= (3, 11))") == "True";
        PlatformIsWindows = Normalizer.RunScript("print(sys.platform == 'win32')") == "True";
    }

    public string Package { get; }

    public string Shapes { get; }

    public string PackageWithoutImports { get; }

    public bool InterpreterIsAtLeast311 { get; }

    public bool PlatformIsWindows { get; }

    private static string Require(IReadOnlyList<ModuleOutcome> outcomes, string module)
    {
        ModuleOutcome outcome = outcomes.Single(o => o.Module == module);
        Xunit.Assert.True(outcome.Stub is not null, $"{module}: {outcome.Error}");
        return outcome.Stub!;
    }
}
