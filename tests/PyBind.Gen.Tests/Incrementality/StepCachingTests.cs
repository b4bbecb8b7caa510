using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using PyBind.Gen.Stubs;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Incrementality;

/// <summary>What runs again after an edit, read from the driver's tracked steps.</summary>
public class StepCachingTests
{
    private static readonly IncrementalStepRunReason[] s_reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    private static GeneratorHarness Create() =>
        GeneratorHarness.Create([Sources.MathBinding, Sources.SecondMathBinding, Sources.StatisticsBinding, Sources.Unrelated], Sources.MathStub, Sources.StatisticsStub);

    private static IReadOnlyList<IncrementalStepRunReason> BindingReasons(GeneratorHarness harness, string module) =>
        harness.Reasons<BindingSpec>(TrackingNames.BindingModels, b => b.Module.Name == module);

    private static IReadOnlyList<IncrementalStepRunReason> StubReasons(GeneratorHarness harness, string module) =>
        harness.Reasons<ParsedStub>(TrackingNames.Stubs, s => s.ModuleName == module);

    public static TheoryData<string> AllSteps =>
    [
        TrackingNames.BindingRequests, TrackingNames.Stubs, TrackingNames.StubIndex, TrackingNames.BoundModules,
        TrackingNames.Catalog, TrackingNames.RuntimeFeatures, TrackingNames.Bindings, TrackingNames.BindingModels,
        TrackingNames.GeneratedSources, TrackingNames.StubDiagnostics, TrackingNames.PrecompiledTargets,
    ];

    private static IReadOnlyList<IncrementalStepRunReason> EmissionReasons(GeneratorHarness harness, string module) =>
        harness.Reasons<GeneratedBinding>(TrackingNames.GeneratedSources, b => b.ModuleName == module);

    [Fact]
    public void FirstRun_RunsEveryStep()
    {
        GeneratorHarness harness = Create();

        Assert.Equal(3, harness.Reasons(TrackingNames.BindingModels).Count);
        Assert.All(harness.Reasons(TrackingNames.BindingModels), r => Assert.Equal(IncrementalStepRunReason.New, r));
    }

    [Theory]
    [MemberData(nameof(AllSteps))]
    public void AddingAnUnrelatedFile_LeavesEveryStepCachedOrUnchanged(string step)
    {
        GeneratorHarness harness = Create().AddSource("namespace App; class AlsoUnrelated { }");

        Assert.All(harness.Reasons(step), r => Assert.Contains(r, s_reused));
    }

    [Fact]
    public void AddingAnUnrelatedFile_StillProducesEveryBinding()
    {
        GeneratorHarness harness = Create().AddSource("namespace App; class AlsoUnrelated { }");

        Assert.Equal(3, harness.Reasons(TrackingNames.BindingRequests).Count);
        Assert.Equal(2, harness.Reasons(TrackingNames.Stubs).Count);
        Assert.Equal(3, harness.Reasons(TrackingNames.BindingModels).Count);
        Assert.Equal(3, harness.Reasons(TrackingNames.GeneratedSources).Count);
        Assert.Equal(3, harness.Result.GeneratedSources.Length);
    }

    [Theory]
    [MemberData(nameof(AllSteps))]
    public void EditingAnUnrelatedFile_LeavesEveryStepCachedOrUnchanged(string step)
    {
        GeneratorHarness harness = Create().ReplaceSource("class Unrelated", "namespace App;\npublic class Unrelated { public int Value => 2; }");

        Assert.All(harness.Reasons(step), r => Assert.Contains(r, s_reused));
    }

    [Fact]
    public void EditingOneStub_RegeneratesOnlyTheClassesBoundToIt()
    {
        (string path, string text) = Sources.StatisticsStub;
        GeneratorHarness harness = Create().ReplaceStub(path, text + "def median(data: list[float]) -> float: ...\n");

        Assert.Equal([IncrementalStepRunReason.Modified], StubReasons(harness, "statistics"));
        Assert.All(StubReasons(harness, "math"), r => Assert.Contains(r, s_reused));
        Assert.Equal([IncrementalStepRunReason.Modified], BindingReasons(harness, "statistics"));
        Assert.Equal(2, BindingReasons(harness, "math").Count);
        Assert.All(BindingReasons(harness, "math"), r => Assert.Contains(r, s_reused));
        Assert.Equal([IncrementalStepRunReason.Modified], EmissionReasons(harness, "statistics"));
        Assert.All(EmissionReasons(harness, "math"), r => Assert.Contains(r, s_reused));
    }

    [Fact]
    public void EditingAnUnrelatedFile_LowersAndWritesNothingAgain()
    {
        GeneratorHarness harness = Create().ReplaceSource("class Unrelated", "namespace App;\npublic class Unrelated { public int Value => 3; }");

        Assert.Equal(3, harness.Reasons(TrackingNames.GeneratedSources).Count);
        Assert.All(harness.Reasons(TrackingNames.GeneratedSources), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void TypingAboveTheTargetClass_DoesNotLowerItAgain()
    {
        // The attribute's location changes on every keystroke above it; it is kept out of the emitter's input.
        GeneratorHarness harness = Create().ReplaceSource("class PyMath", "// typing...\n" + Sources.MathBinding);

        Assert.All(EmissionReasons(harness, "math"), r => Assert.Contains(r, s_reused));
    }

    [Fact]
    public void AddingABindingOfAnotherModule_ChangesNoOtherGeneratedFile()
    {
        GeneratorHarness harness = Create().AddSource("using PyBind;\nnamespace App;\n[PyImport(\"statistics\")] public static partial class MoreStats;");

        Assert.Contains(IncrementalStepRunReason.New, harness.Reasons(TrackingNames.GeneratedSources));
        Assert.All(EmissionReasons(harness, "math"), r => Assert.Contains(r, s_reused));
    }

    [Fact]
    public void EditingAStubWithoutChangingItsModel_RegeneratesNothing()
    {
        (string path, string text) = Sources.MathStub;
        GeneratorHarness harness = Create().ReplaceStub(path, text.Replace("import typing", "import typing  # used by annotations\n\n", System.StringComparison.Ordinal));

        // The stub's value changed (its members moved, and diagnostics placed on them must move too); its model did not.
        Assert.Equal([IncrementalStepRunReason.Modified], StubReasons(harness, "math"));
        Assert.All(harness.Reasons(TrackingNames.BindingModels), r => Assert.Contains(r, s_reused));
        Assert.All(EmissionReasons(harness, "math"), r => Assert.Contains(r, s_reused));
    }

    [Fact]
    public void AddingLinesAboveAMember_MovesItsDiagnosticWithoutWritingItsBindingAgain()
    {
        (string path, string text) = Sources.MathStub;
        text += "@typing.overload\ndef pick(x: int) -> int: ...\n@typing.overload\ndef pick(x: typing.SupportsIndex) -> str: ...\n";
        GeneratorHarness harness = Create().ReplaceStub(path, text);
        int before = PickLine(harness);

        harness.ReplaceStub(path, text.Replace("import typing", "import typing\n\n# Two lines more.", System.StringComparison.Ordinal));

        Assert.Equal(before + 2, PickLine(harness));
        Assert.Equal([IncrementalStepRunReason.Modified], StubReasons(harness, "math"));
        Assert.All(harness.Reasons(TrackingNames.BindingModels), r => Assert.Contains(r, s_reused));
        Assert.All(EmissionReasons(harness, "math"), r => Assert.Contains(r, s_reused));

        static int PickLine(GeneratorHarness harness) =>
            harness.GeneratorDiagnostics.Where(d => d.Id == "PYB0009" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'math.pick'", System.StringComparison.Ordinal))
                .Select(d => d.Location.GetLineSpan().StartLinePosition.Line)
                .Distinct()
                .Single();
    }

    [Fact]
    public void MovingTheTargetClassInItsFile_DoesNotRegenerateIt()
    {
        GeneratorHarness harness = Create().ReplaceSource("class PyMath", "// A comment that moves the class down.\n\n" + Sources.MathBinding);

        Assert.Contains(IncrementalStepRunReason.Modified, harness.Reasons(TrackingNames.BindingRequests));
        Assert.All(BindingReasons(harness, "math"), r => Assert.Contains(r, s_reused));
    }

    [Fact]
    public void ChangingTheBoundModule_RegeneratesThatClass()
    {
        GeneratorHarness harness = Create().ReplaceSource("class PyMath", Sources.MathBinding.Replace("\"math\"", "\"statistics\"", System.StringComparison.Ordinal));

        Assert.Equal(2, BindingReasons(harness, "statistics").Count);
        Assert.Contains(IncrementalStepRunReason.Modified, BindingReasons(harness, "statistics"));
    }

    [Fact]
    public void EditingAStub_ReportsItsDiagnosticsExactlyOnce()
    {
        (string path, string text) = Sources.MathStub;
        GeneratorHarness harness = Create().ReplaceStub(path, text + "def broken(:\n");
        Assert.Single(harness.GeneratorDiagnostics, d => d.Id == "PYB0005");

        harness.AddSource("class Another { }");
        Assert.Single(harness.GeneratorDiagnostics, d => d.Id == "PYB0005");

        harness.ReplaceStub(path, text);
        Assert.DoesNotContain(harness.GeneratorDiagnostics, d => d.Id == "PYB0005");
    }
}
