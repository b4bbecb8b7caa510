using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace PyBind.Gen.EndToEndTests;

/// <summary>What the package's build files give a project, evaluated by MSBuild as a project that references it would.</summary>
public sealed class BuildTargetsTests : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("pybind-targets-").FullName;

    [Fact]
    public void OwnPythonFiles_AreWatchedByDotnetWatch_OutsideBinAndObj()
    {
        string build = Path.Combine(NewUserFixture.FindRepository(), "generator", "PyBind.Gen.Package", "build");
        File.WriteAllText(Path.Combine(_project, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(build, "PyBind.Gen.props")}" />
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <Import Project="{Path.Combine(build, "PyBind.Gen.targets")}" />
            </Project>
            """);
        foreach (string file in new[] { "mine.py", "pkg/helpers.py", "bin/Debug/copied.py", "obj/stale.py" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_project, file))!);
            File.WriteAllText(Path.Combine(_project, file), "x = 1\n");
        }

        Command.Result evaluated = Command.Run("dotnet", ["msbuild", "App.csproj", "-getItem:Watch", "-nologo"], _project);

        Assert.True(evaluated.ExitCode == 0, evaluated.Output);
        using JsonDocument items = JsonDocument.Parse(evaluated.Output);
        string[] watched = items.RootElement.GetProperty("Items").GetProperty("Watch").EnumerateArray()
            .Select(item => item.GetProperty("Identity").GetString()!.Replace('\\', '/'))
            .Where(path => path.EndsWith(".py", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(["mine.py", "pkg/helpers.py"], watched);
    }

    public void Dispose() => Directory.Delete(_project, recursive: true);
}
