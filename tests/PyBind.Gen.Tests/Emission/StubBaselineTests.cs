using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Emission;

/// <summary>
/// Whole generated files for representative stubs, compared with the baselines in <c>Emission/Baselines</c>
/// (<c>PYBIND_ACCEPT_BASELINES=1</c> accepts new output): the integration tests' fixture (every call shape, classes,
/// enums, exceptions, dunder methods), and the real json and numpy.linalg stubs kept in TestData.
/// </summary>
public class StubBaselineTests
{
    /// <summary>A stub kept in TestData, under a path of its own: the generated documentation names the stub.</summary>
    private static (string Path, string Text) TestData(string fileName) =>
        ("/stubs/" + fileName, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", fileName)));

    private static (string Path, string Text) Fixture([CallerFilePath] string thisFile = "")
    {
        string path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "PyBind.Gen.IntegrationTests", "Fixtures", "pybind_fixture.pyi"));
        return ("/stubs/pybind_fixture.pyi", File.ReadAllText(path));
    }

    private static string Generate(string module, string className, params (string Path, string Text)[] stubs)
    {
        GeneratorHarness harness = GeneratorHarness.Create([$"using PyBind;\nnamespace App;\n[PyImport(\"{module}\")] public static partial class {className};"], stubs);
        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        return string.Concat(harness.Result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => $"// ---- {s.HintName}\n{s.SourceText}"));
    }

    [Fact]
    public void FixtureModule_EveryCallShape() =>
        Baseline.Verify(Generate("pybind_fixture", "Fixture", Fixture()), "App.Fixture");

    [Fact]
    public void Json_KeywordOnlyParametersCallbacksAndExceptions() =>
        Baseline.Verify(Generate("json", "Json", TestData("json.pyi")), "App.Json");

    [Fact]
    public void NumpyLinalg_ArrayLikesOverloadsAndLinAlgError() =>
        Baseline.Verify(Generate("numpy.linalg", "Linalg", TestData("numpy.linalg.pyi")), "App.Linalg");
}
