using System;
using System.IO;
using PyBind.Testing;
using Xunit;

namespace PyBind.Gen.IntegrationTests.Exports;

/// <summary>The stubs the build wrote for the [PyExport] modules of this project, checked by Debian's mypy.</summary>
public class ExportStubTests
{
    private static readonly string OutputFolder = AppContext.BaseDirectory;

    [Fact]
    public void Build_WritesAStubPerExportedModule()
    {
        foreach (string stub in new[] { "host/__init__.pyi", "host/submodule.pyi", "exports_demo/__init__.pyi", "exports_demo/geometry.pyi" })
            Assert.True(File.Exists(Path.Combine(OutputFolder, stub)), $"the build wrote no {stub} in {OutputFolder}");
        Assert.Contains("def f(x: int) -> int: ...", File.ReadAllText(Path.Combine(OutputFolder, "host/__init__.pyi")), StringComparison.Ordinal);
    }

    [Fact]
    public void Mypy_ChecksPythonCallingDotNet_AndReportsTheWrongType()
    {
        string folder = Directory.CreateTempSubdirectory("pybind-mypy-").FullName;
        try
        {
            string script = Path.Combine(folder, "caller.py");
            File.WriteAllText(script, """
                import exports_demo
                from host.submodule import h, c
                total: int = exports_demo.add_two(5) + h(3) + c
                text: str = exports_demo.describe('a', times=2, suffix=None)
                point = exports_demo.Point(1.0, 2.0)
                distance: float = point.distance_to(exports_demo.midpoint(point, point))
                words: list[str] = exports_demo.sorted(('b', 'a'))
                exports_demo.add_two('five')
                from exports_demo.geometry import EARTH_RADIUS_KM, UNIT_SQUARE_CORNER
                circumference: float = 2 * exports_demo.geometry.PI * EARTH_RADIUS_KM + UNIT_SQUARE_CORNER.x

                """.ReplaceLineEndings("\n"));
            ChildProcess.Result result = Mypy(script);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("caller.py:8: error: Argument 1 to \"add_two\" has incompatible type \"str\"; expected \"int\"", result.Output, StringComparison.Ordinal);
            Assert.Contains("Found 1 error in 1 file", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void StubTool_RemovesTheStubsOfModulesThatWentAway()
    {
        string folder = Directory.CreateTempSubdirectory("pybind-exports-").FullName;
        try
        {
            string stale = Path.Combine(folder, "gone", "__init__.pyi"), manifest = Path.Combine(folder, "exports.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
            File.WriteAllText(stale, "x: int\n");
            File.WriteAllLines(manifest, [stale]);
            string tool = Path.GetFullPath(Path.Combine(OutputFolder, "../../../../../generator/PyBind.Introspection/bin",
                Path.GetFileName(Path.GetDirectoryName(OutputFolder.TrimEnd('/'))!), "net8.0/PyBind.Introspection.dll"));
            string assembly = typeof(ExportStubTests).Assembly.Location;
            ChildProcess.Result result = ChildProcess.Run(
                ChildProcess.Start("dotnet", [tool, "export-stubs", "--assembly", assembly, "--output", folder, "--manifest", manifest]), 120);
            Assert.True(result.ExitCode == 0, result.Output + result.Errors);
            Assert.False(File.Exists(stale));
            Assert.True(File.Exists(Path.Combine(folder, "host", "__init__.pyi")));
            Assert.Equal(4, File.ReadAllLines(manifest).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Debian's mypy (python3-mypy, which .ci/install-deps installs), with the build's stubs on its path.</summary>
    private static ChildProcess.Result Mypy(string script)
    {
        var start = ChildProcess.Start("/usr/bin/python3", ["-m", "mypy", "--no-incremental", "--cache-dir", "/dev/null", "--config-file", "/dev/null", script]);
        start.Environment["MYPYPATH"] = OutputFolder;
        return ChildProcess.Run(start, 300);
    }
}
