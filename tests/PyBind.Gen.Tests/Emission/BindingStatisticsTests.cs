using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Emit;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using PyBind.Gen.Stubs;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Emission;

/// <summary>
/// How precisely each module of <c>stubs-cache/modules.txt</c> binds, bound alone as a user binds it: the table committed as
/// <c>stubs-cache/statistics.md</c> (<c>PYBIND_ACCEPT_BASELINES=1</c> rewrites it).
/// </summary>
public class BindingStatisticsTests
{
    private static readonly Lazy<List<BindingStatistics>> s_statistics = new(Compute);

    private static List<BindingStatistics> Compute()
    {
        StubIndex index = StubIndex.Create(
            StubsCache.All().Select(s => StubReader.Open(s.Path, SourceText.From(s.Text))).ToImmutableArray(), CancellationToken.None);
        var target = new TargetTypeSpec("App", EquatableArray<ContainingTypeSpec>.Empty, "Bound", EquatableArray<string>.Empty, Accessibility.Public, "App.Bound");
        var result = new List<BindingStatistics>();
        foreach (string module in ListedModules())
        {
            BindingCatalog catalog = BindingCatalog.Create([new BindingTarget(target, module)], index, CancellationToken.None);
            var spec = new BindingSpec(target, catalog.Trees[0].Modules, catalog.Environment, RuntimeFeatures.Async | RuntimeFeatures.OverloadResolutionPriority, catalog.Trees[0].Ancestors);
            BindingEmitter.Emit(spec, CancellationToken.None, out BindingStatistics statistics);
            result.Add(statistics);
        }

        return result;
    }

    /// <summary>The modules the committed stubs were made for, in the file's order.</summary>
    private static IEnumerable<string> ListedModules() =>
        File.ReadAllLines(Path.Combine(StubsCache.Directory, "modules.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));

    [Fact]
    public void TheCommittedStatistics_AreWhatTheGeneratorCounts()
    {
        var table = new StringBuilder();
        table.Append("# Binding statistics\n\n")
            .Append("What the generator binds of each module of `modules.txt`, bound alone (`[PyImport(\"module\")]`, a package with its\n")
            .Append("submodules) against these stubs; written by `BindingStatisticsTests` (`PYBIND_ACCEPT_BASELINES=1` rewrites it).\n")
            .Append("*members*: functions, methods, constructors, properties and constants bound; *precise*: every parameter and result\n")
            .Append("has a specific C# type; *Any by the stub*: `object`/`PyObject` only where the stub itself says `Any`; *degraded*: typed\n")
            .Append("less precisely than the stub says (each has a PYB0009 saying why), with the reasons counted.\n\n")
            .Append("| module | members | precise | Any by the stub | degraded | classes | not bound | reasons for degrading |\n")
            .Append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        foreach (BindingStatistics statistics in s_statistics.Value)
        {
            string reasons = string.Join("; ", statistics.Reasons.GroupBy(r => r, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key + " (" + g.Count().ToString(CultureInfo.InvariantCulture) + ")"));
            table.Append(CultureInfo.InvariantCulture, $"| {statistics.Module} | {statistics.Members} | {statistics.FullyTyped} | {statistics.AnyInStub} | ")
                .Append(CultureInfo.InvariantCulture, $"{statistics.Degraded} ({Percent(statistics.Degraded, statistics.Members)}) | {statistics.Classes} | {statistics.Skipped} | {reasons} |\n");
        }

        string committed = Path.Combine(StubsCache.Directory, "statistics.md");
        Baseline.VerifyFile(table.ToString(), committed, Path.Combine(StubsCache.Directory, "statistics.received.md"));
    }

    [Fact]
    public void Numpy_IsAtMostFivePercentDegraded()
    {
        // Issue 15's bar: a ufunc's scalar form (C# scalars) stays apart from its array form (PyArrayLike → Ndarray).
        BindingStatistics numpy = s_statistics.Value.Single(s => s.Module == "numpy");

        Assert.True(numpy.Members > 2000, $"numpy binds {numpy.Members} members");
        Assert.True(numpy.Degraded * 100 <= numpy.Members * 5, $"numpy: {numpy.Degraded} of {numpy.Members} members degraded ({Percent(numpy.Degraded, numpy.Members)})");
        Assert.DoesNotContain(numpy.Reasons, r => r.StartsWith("overloads merged", StringComparison.Ordinal) && numpy.Reasons.Count(x => x == r) > 40);
    }

    private static string Percent(int part, int whole) => whole == 0 ? "0%" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
