using System.Linq;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Emission;

/// <summary>The generated files, compared with the baselines in <c>Emission/Baselines</c>, and compiled.</summary>
public class EmitterBaselineTests
{
    private static string Generate(string source, string hintName)
    {
        GeneratorHarness harness = GeneratorHarness.Create([source], Sources.MathStub);
        Assert.Empty(harness.GeneratorDiagnostics);
        Assert.Empty(harness.OutputProblems());
        return harness.GeneratedSource(hintName);
    }

    [Fact]
    public void TargetInANamespace_ReopensTheClass()
    {
        Baseline.Verify(Generate(Sources.MathBinding, "App.PyMath.g.cs"), "App.PyMath");
    }

    [Fact]
    public void TargetInTheGlobalNamespace_HasNoNamespaceBlock()
    {
        Baseline.Verify(Generate("[PyBind.PyImport(\"math\")] static partial class M { }", "M.g.cs"), "M");
    }

    [Fact]
    public void TargetNestedInGenericTypesOfEveryKind_ReopensEachContainer()
    {
        const string source = """
            using PyBind;
            namespace App.Deep;
            public partial record struct Outer<T>
            {
                internal static partial class Middle
                {
                    public partial interface IHost
                    {
                        [PyImport("math")] public static partial class @class<U>;
                    }
                }
            }
            """;

        Baseline.Verify(Generate(source, "App.Deep.Outer`1+Middle+IHost+class`1.g.cs"), "App.Deep.Outer+Middle+IHost+class");
    }

    [Fact]
    public void TwoGenericArities_GetDistinctHintNames()
    {
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\n[PyImport(\"math\")] static partial class M;\n[PyImport(\"math\")] static partial class M<T>;\n[PyImport(\"math\")] static partial class M_1;"],
            Sources.MathStub);

        Assert.Equal(3, harness.Result.GeneratedSources.Select(s => s.HintName).Distinct().Count());
        Assert.Empty(harness.OutputProblems());
    }
}
