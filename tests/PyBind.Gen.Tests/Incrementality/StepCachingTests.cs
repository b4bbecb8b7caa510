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
        TrackingNames.Bindings, TrackingNames.BindingModels, TrackingNames.StubDiagnostics,
    ];

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
    }

    [Fact]
    public void EditingAStubWithoutChangingItsModel_RegeneratesNothing()
    {
        (string path, string text) = Sources.MathStub;
        GeneratorHarness harness = Create().ReplaceStub(path, text.Replace("import typing", "import typing  # used by annotations\n\n", System.StringComparison.Ordinal));

        Assert.Equal([IncrementalStepRunReason.Unchanged], StubReasons(harness, "math"));
        Assert.All(harness.Reasons(TrackingNames.BindingModels), r => Assert.Contains(r, s_reused));
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
