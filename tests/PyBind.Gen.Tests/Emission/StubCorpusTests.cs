using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Emission;

/// <summary>
/// The bindings of every committed stub (all of numpy, numpy.typing and the standard library modules), compiled
/// together as a user's project would: no error, no warning, and no overload a call with only its required
/// arguments cannot reach.
/// </summary>
public class StubCorpusTests
{
    private static readonly Lazy<GeneratorHarness> s_everything = new(() =>
    {
        var source = new StringBuilder("using PyBind;\nnamespace App.Bound;\n");
        foreach (string module in StubsCache.Modules())
        {
            source.Append("[PyImport(\"").Append(module).Append("\")] public static partial class ").Append(ClassName(module)).Append(";\n");
        }

        return GeneratorHarness.Create([source.ToString()], StubsCache.All());
    });

    private static string ClassName(string module) => "M_" + module.Replace('.', '_');

    [Fact]
    public void EveryStubBoundTogether_CompilesWithoutErrorsOrWarnings()
    {
        GeneratorHarness harness = s_everything.Value;

        Assert.Empty(harness.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()).Take(20));
        Assert.Contains(harness.Result.GeneratedSources, s => s.HintName == "App.Bound.M_numpy.Linalg.g.cs");
    }

    [Fact]
    public void EveryMemberDiagnostic_PointsAtTheMemberInItsStub()
    {
        // Each PYB0009/PYB0010 of every stub bound: on the name it is about (a re-export on its import, a constructor
        // on its __init__ or __new__, a member the writer adds on its class), never at the top of the file.
        List<(Diagnostic Diagnostic, string Member)> members = s_everything.Value.GeneratorDiagnostics
            .Where(d => d.Id is "PYB0009" or "PYB0010")
            .Select(d => (d, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\'')[1]))
            .ToList();

        Assert.True(members.Count > 300, $"only {members.Count} member diagnostics");
        var texts = StubsCache.All().ToDictionary(s => s.Path, s => s.Text.Split('\n'));
        Assert.All(members, m =>
        {
            FileLinePositionSpan span = m.Diagnostic.Location.GetLineSpan();
            string line = texts[span.Path][span.StartLinePosition.Line];
            string[] candidates = [m.Member.Split('.')[^1], "__new__", .. m.Member.Split('.')];
            Assert.True(
                span.StartLinePosition != default && candidates.Any(c => line.IndexOf(c, span.StartLinePosition.Character, StringComparison.Ordinal) >= 0),
                $"{m.Diagnostic.Id} about '{m.Member}' points at {span.Path}({span.StartLinePosition.Line + 1}): '{line.Trim()}'");
        });
    }

    [Fact]
    public void ANumpySubmoduleBoundAlone_Compiles_WithOpaqueTypesForClassesNobodyBinds()
    {
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"numpy.linalg\")] public static partial class Linalg;"],
            StubsCache.All());

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()).Take(20));
        string text = harness.GeneratedSource("App.Linalg.g.cs");
        Assert.Contains("public static global::PyBind.PyObject Inv(global::PyBind.PyArrayLike a)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryOverload_IsCallableWithOnlyItsRequiredArguments()
    {
        // One call per generated method, passing default(T) for each required parameter and nothing else. A call
        // that omits the optional arguments must always pick exactly one overload (no CS0121, no CS0111).
        Compilation compilation = s_everything.Value.OutputCompilation;
        GeneratedApi.AssertEveryCallCompiles(compilation, GeneratedApi.CallsWithRequiredArguments(compilation, "App.Bound", "/src/AllCalls.cs"), 5000, "generated methods");
    }

    [Fact]
    public void EveryRequiredParameterThatTakesNone_TakesANullLiteral()
    {
        // null is how a C# caller passes None: where a union with None became several overloads, exactly one takes it.
        Compilation compilation = s_everything.Value.OutputCompilation;
        GeneratedApi.AssertEveryCallCompiles(compilation, GeneratedApi.CallsPassingNullForNone(compilation, "App.Bound", "/src/NullCalls.cs"), 100, "parameters taking None");
    }

    [Fact]
    public void NaturalCallSites_Compile()
    {
        // What a C# user writes against these bindings: literals, arrays, named optionals, null for None.
        const string calls = """
            using App.Bound;
            using Np = App.Bound.M_numpy;
            public static class NaturalCalls
            {
                public static void Run(Np.Ndarray a, double[] values, double[,] matrix)
                {
                    using Np.Ndarray line = Np.Linspace(0.0, 1.0, num: 5);
                    (Np.Ndarray samples, PyBind.PyObject step) = Np.Linspace(0, 10, retstep: true);
                    using Np.Ndarray reshaped = Np.Reshape(Np.Arange(6L), new long[] { 2, 3 });
                    using Np.Ndarray viaMethod = a.Reshape(2, 3);
                    using PyBind.PyObject total = Np.Sum(a, axis: 0);
                    using PyBind.PyObject perRow = Np.Sum(matrix, axis: new long[] { 0, 1 }, keepdims: true);
                    using Np.Ndarray flat = Np.Concatenate(new object[] { a, values }, axis: null);
                    using PyBind.PyObject roots = Np.Sqrt(values, where: true);
                    using Np.Ndarray zeros = Np.Zeros(new long[] { 2, 3 });
                    using Np.Ndarray inverse = Np.Linalg.Inv(matrix);
                    using Np.Ndarray sum = a + a * 2.0 - 1L;
                    using PyBind.PyObject bigger = a > 0.5;
                    string json = M_json.Dumps(new[] { 1L, 2L }, indent: 2, sortKeys: true);
                    double mean = M_statistics.Mean(new[] { 1.0, 2.0, 4.0 });
                    System.Collections.Generic.IList<string> lines = M_textwrap.Wrap("some text", width: 4);
                    double root = M_math.Sqrt(2);
                    bool close = M_math.Isclose(1.0, 1.0, relTol: 1e-9);
                }
            }
            """;
        Compilation compilation = s_everything.Value.OutputCompilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(calls, GeneratorHarness.ParseOptions, path: "/src/NaturalCalls.cs"));

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath == "/src/NaturalCalls.cs").Select(d => d.ToString()));
    }
}
