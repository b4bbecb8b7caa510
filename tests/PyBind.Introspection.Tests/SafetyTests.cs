using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyBind.Introspection;
using PyBind.Introspection.Tests.Infrastructure;
using Xunit;

namespace PyBind.Introspection.Tests;

/// <summary>Failures stay per module, and forbidding imports really means nothing runs.</summary>
public sealed class SafetyTests
{
    [Fact]
    public void FailingModules_AreReportedByName_AndTheOthersAreStillProduced()
    {
        IReadOnlyList<ModuleResult> outcomes = Normalizer.Run(Normalizer.Request("brokenstubpkg", "math", "raisesonimport", "no_such_module_here", "json"));

        Assert.Equal(["brokenstubpkg", "math", "raisesonimport", "no_such_module_here", "json"], outcomes.Select(o => o.Module));
        Assert.NotNull(outcomes[1].Stub);
        Assert.NotNull(outcomes[4].Stub);
        Assert.StartsWith("brokenstubpkg: cannot parse ", outcomes[0].Error);
        Assert.Contains("brokenstubpkg/__init__.pyi: invalid syntax", outcomes[0].Error);
        Assert.Equal("raisesonimport: importing it raised RuntimeError: this module refuses to be imported", outcomes[2].Error);
        Assert.Equal("no_such_module_here: not installed for this interpreter (No module named 'no_such_module_here')", outcomes[3].Error);
        Assert.All(new[] { outcomes[0], outcomes[2], outcomes[3] }, o => Assert.Null(o.Stub));
    }

    [Fact]
    public void InvalidModuleName_IsAnErrorThatSaysWhatIsExpected()
    {
        ModuleResult outcome = Normalizer.Run(Normalizer.Request("numpy linalg")).Single();

        Assert.Equal("'numpy linalg' is not a module name: expected dotted identifiers such as 'numpy.linalg'", outcome.Error);
    }

    [Fact]
    public void ForbiddenImports_WriteTheStubFromItsSource_WithoutRunningTheModule()
    {
        string marker = Path.Combine(TestPaths.Fixtures, "sideeffectpkg", "forbidden.marker");
        File.Delete(marker);

        ModuleResult outcome = Normalizer.Run(Normalizer.Request("sideeffectpkg.forbidden") with { AllowImports = false }).Single();

        Assert.Contains("def ping() -> str: ...", outcome.Stub);
        Assert.Equal("sideeffectpkg/forbidden.pyi", StubText.Header(outcome.Stub!, "sources"));
        Assert.False(File.Exists(marker), "the module was imported although imports were forbidden");
    }

    [Fact]
    public void AllowedImports_RunTheModule_WhichIsWhatTheMarkerDetects()
    {
        string marker = Path.Combine(TestPaths.Fixtures, "sideeffectpkg", "allowed.marker");
        File.Delete(marker);

        ModuleResult outcome = Normalizer.Run(Normalizer.Request("sideeffectpkg.allowed")).Single();

        Assert.NotNull(outcome.Stub);
        Assert.True(File.Exists(marker), "the marker must appear when the module is imported, or the forbidden-import test proves nothing");
    }

    [Fact]
    public void ForbiddenImports_ForAModuleWithoutTypedSource_IsAnErrorThatSaysHowToFixIt()
    {
        ModuleResult outcome = Normalizer.Run(Normalizer.Request("plainmod") with { AllowImports = false }).Single();

        Assert.Null(outcome.Stub);
        Assert.Equal("plainmod: has no stub, typeshed entry or py.typed inline annotations, and imports are forbidden; allow imports, or give a typeshed folder or a stub for it", outcome.Error);
    }
}
