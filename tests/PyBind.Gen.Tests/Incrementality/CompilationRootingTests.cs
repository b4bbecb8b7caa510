using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.CSharp;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Incrementality;

public class CompilationRootingTests
{
    /// <summary>
    /// The driver keeps every step's outputs between runs; if a model held a symbol or syntax node, the previous
    /// compilation would stay reachable (and in an IDE, every previous one).
    /// </summary>
    [Fact]
    public void RunningOnANewCompilation_LetsTheOldOneBeCollected()
    {
        GeneratorHarness harness = GeneratorHarness.Create([Sources.MathBinding, Sources.StatisticsBinding], Sources.MathStub, Sources.StatisticsStub);
        WeakReference oldCompilation = RunOnFreshCompilationAndForgetIt(harness);

        harness.RunOver(GeneratorHarness.CreateCompilation([Sources.MathBinding, Sources.StatisticsBinding, "class Later { }"]));
        for (int i = 0; i < 3 && oldCompilation.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(oldCompilation.IsAlive);
        Assert.Equal(2, harness.Result.GeneratedSources.Length);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference RunOnFreshCompilationAndForgetIt(GeneratorHarness harness)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation([Sources.MathBinding, Sources.StatisticsBinding, Sources.Unrelated]);
        harness.RunOver(compilation);
        Assert.Equal(2, harness.Result.GeneratedSources.Length);
        return new WeakReference(compilation);
    }
}
