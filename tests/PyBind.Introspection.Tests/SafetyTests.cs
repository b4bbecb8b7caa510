using System;
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
    public void ModulesThatCannotBeFullyDescribed_AreWrittenWithALocatedWarning_AndOnlyMissingOnesFail()
    {
        IReadOnlyList<ModuleResult> outcomes = Normalizer.Run(Normalizer.Request("brokenstubpkg", "math", "raisesonimport", "no_such_module_here", "json"));

        Assert.Equal(["brokenstubpkg", "math", "raisesonimport", "no_such_module_here", "json"], outcomes.Select(o => o.Module));
        Assert.All(new[] { outcomes[0], outcomes[1], outcomes[2], outcomes[4] }, o => Assert.NotNull(o.Stub));

        // A stub Python cannot parse: the imported module describes it instead, and the warning points at the bad line.
        StubWarning unreadable = Assert.Single(outcomes[0].Warnings);
        Assert.Equal((Path.Combine(TestPaths.Fixtures, "brokenstubpkg", "__init__.pyi"), 1), (unreadable.Path, unreadable.Line));
        Assert.StartsWith("brokenstubpkg: its source cannot be read (invalid syntax (Python 3.", unreadable.Message);
        Assert.EndsWith("); described from the imported module", unreadable.Message);
        Assert.Contains("def this_stub_is_broken(x: typing.Any) -> typing.Any: ...", outcomes[0].Stub);

        // A module whose import raises: its .py source describes it, located at that file.
        StubWarning failedImport = Assert.Single(outcomes[2].Warnings);
        Assert.Equal(Path.Combine(TestPaths.Fixtures, "raisesonimport.py"), failedImport.Path);
        Assert.Equal("raisesonimport: importing it failed (importing it raised RuntimeError: this module refuses to be imported); described from raisesonimport.py only", failedImport.Message);

        Assert.Null(outcomes[3].Stub);
        Assert.Equal("no_such_module_here: not installed for this interpreter (No module named 'no_such_module_here')", outcomes[3].Error);
    }

    [Fact]
    public void AValueBuiltByIteratingASet_IsWrittenInTheOrderOfHashSeedZero_SoEveryRunWritesTheSameStub()
    {
        // Without a fixed seed the twelve names come out in one of 12! orders, a different one on each run.
        string seededOrder = Normalizer.RunScript($$"""
            import os, subprocess, sys
            environment = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH={{System.Text.Json.JsonSerializer.Serialize(TestPaths.Fixtures)}})
            result = subprocess.run([sys.executable, "-c", "import hashorder; print(repr(hashorder.Visitor.unsupported))"],
                                    env=environment, capture_output=True, text=True, check=True).stdout.strip()
            """);

        string stub = Normalizer.Stub("hashorder");

        Assert.StartsWith("('", seededOrder);
        Assert.Contains("    unsupported: tuple = " + seededOrder + "\n", stub);
    }

    [Fact]
    public void AMemberThatCannotBeDescribed_IsLeftOutWithAWarningAtItsModule_AndTheOthersAreWritten()
    {
        ModuleResult outcome = Normalizer.Run(Normalizer.Request("oddmembers")).Single();

        StubWarning warning = Assert.Single(outcome.Warnings);
        Assert.Equal("'oddmembers.unsignable' was left out: describing it raised RuntimeError: no signature for you", warning.Message);
        Assert.Equal(Path.Combine(TestPaths.Fixtures, "oddmembers.py"), warning.Path);
        Assert.Contains("def ordinary(x: int) -> int: ...", outcome.Stub);
        Assert.DoesNotContain("unsignable", outcome.Stub);
    }

    [Fact]
    public void AnImportThatComputesForever_IsStoppedAtTheProcessorTimeLimit_AndTheModuleIsDescribedFromItsSource()
    {
        IReadOnlyList<ModuleResult> outcomes = Normalizer.Run(Normalizer.Request("spinsonimport", "plainmod") with { ImportTimeout = TimeSpan.FromSeconds(2) });

        StubWarning warning = Assert.Single(outcomes[0].Warnings);
        Assert.Equal(Path.Combine(TestPaths.Fixtures, "spinsonimport.py"), warning.Path);
        Assert.Equal("spinsonimport: importing it failed (importing and describing it took longer than 2 s of processor time (the time limit)); described from spinsonimport.py only", warning.Message);
        Assert.Contains("def still_described(count: int) -> str: ...", outcomes[0].Stub);

        // The next module is imported again, by a fresh process: its docstrings come from the live module.
        Assert.Empty(outcomes[1].Warnings);
        Assert.Contains("Greet someone.", outcomes[1].Stub);
    }

    [Fact]
    public void AnImportThatWaitsForever_IsStoppedAtFiveTimesTheLimitOnTheClock_AndTheModuleIsDescribedFromItsSource()
    {
        ModuleResult outcome = Normalizer.Run(Normalizer.Request("hangsonimport") with { ImportTimeout = TimeSpan.FromSeconds(1) }).Single();

        StubWarning warning = Assert.Single(outcome.Warnings);
        Assert.Equal("hangsonimport: importing it failed (importing and describing it took longer than 5 s on the clock (5 times the time limit) while waiting rather than computing); described from hangsonimport.py only", warning.Message);
        Assert.Contains("def still_described(count: int, label: str = 'x') -> list[str]: ...", outcome.Stub);
    }

    [Fact]
    public void AnImportThatKillsItsProcess_IsReportedWithTheSignal_AndTheModuleIsDescribedFromItsSource()
    {
        ModuleResult outcome = Normalizer.Run(Normalizer.Request("crashesonimport")).Single();

        StubWarning warning = Assert.Single(outcome.Warnings);
        Assert.StartsWith("crashesonimport: importing it failed (the process importing it was killed by SIGABRT", warning.Message);
        Assert.Contains("def still_described(flag: bool) -> int: ...", outcome.Stub);
    }

    [Fact]
    public void ImportedModules_RunWithoutNetworkOrWritesOutsideTemp_InATemporaryHomeWithoutDisplay()
    {
        File.Delete(Path.Combine(TestPaths.Fixtures, "sandboxprobe.marker"));

        string stub = Normalizer.Stub("sandboxprobe");

        string doc = Normalizer.RunScript("import ast\nresult = ast.get_docstring(ast.parse(text), clean=False)", stub);
        Assert.Equal(
            """{"connect": "PermissionError", "display": null, "home_is_temp": true, "mplbackend": "Agg", "resolve": "PermissionError", "write_in_home": "allowed", "write_in_temp": "allowed", "write_next_to_module": "PermissionError"}""",
            doc);
        Assert.False(File.Exists(Path.Combine(TestPaths.Fixtures, "sandboxprobe.marker")));
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
    public void AllowedImports_RunTheModule_WhoseWriteNextToItselfIsRefused()
    {
        string marker = Path.Combine(TestPaths.Fixtures, "sideeffectpkg", "allowed.marker");
        File.Delete(marker);

        ModuleResult outcome = Normalizer.Run(Normalizer.Request("sideeffectpkg.allowed")).Single();

        Assert.NotNull(outcome.Stub);
        StubWarning warning = Assert.Single(outcome.Warnings);
        Assert.Contains($"importing it raised PermissionError: writing {marker} is not allowed while PyBind.Gen describes modules", warning.Message);
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public void ForbiddenImports_ForAModuleWithoutTypedSource_DescribeItFromItsPySource_WithAWarningThatSaysHowToDoBetter()
    {
        ModuleResult outcome = Normalizer.Run(Normalizer.Request("plainmod") with { AllowImports = false }).Single();

        StubWarning warning = Assert.Single(outcome.Warnings);
        Assert.Equal("plainmod: it has no stub, typeshed entry or py.typed annotations, and imports are forbidden; described from plainmod.py only", warning.Message);
        Assert.Contains("    punctuation: typing.Any = '!',\n    *,\n    loud: typing.Any = False,\n) -> typing.Any:\n    \"\"\"Greet someone.\"\"\"", outcome.Stub);
    }
}
