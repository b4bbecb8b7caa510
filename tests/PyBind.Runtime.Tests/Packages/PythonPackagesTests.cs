using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PyBind.Runtime.Tests.Infrastructure;
using Xunit;

namespace PyBind.Runtime.Tests.Packages;

public class PythonPackagesTests
{
    [Fact]
    public void List_NamesEachDistributionWithTheVersionAndFolderPythonReports()
    {
        IReadOnlyList<PythonPackage> packages = PythonPackages.List();

        PythonPackage pip = Assert.Single(packages, p => p.Name == "pip");
        Assert.Equal(Python.Eval<string>("__import__('importlib.metadata').metadata.version('pip')"), pip.Version);
        Assert.Equal(Python.Eval<string>("__import__('os').path.dirname(__import__('os').path.dirname(__import__('pip').__file__))"), pip.Location);
        Assert.Equal(packages.Count, packages.Select(p => p.Name.ToLowerInvariant()).Distinct().Count());
    }

    [Fact]
    public async Task InstallAsync_IntoAnInterpreterThatIsNotAVirtualEnvironment_IsRefusedWithTheWayOut()
    {
        Assert.False(Python.Eval<bool>("__import__('sys').prefix != __import__('sys').base_prefix"), "the suite's interpreter is expected to be a base interpreter");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => PythonPackages.InstallAsync(["pybind_greeting"]));

        Assert.Contains("is not a virtual environment", refused.Message, StringComparison.Ordinal);
        Assert.Contains("<PyBindRequirement", refused.Message, StringComparison.Ordinal);
        Assert.Contains("AllowSystemInterpreter", refused.Message, StringComparison.Ordinal);
        if (File.Exists(Path.Combine(Python.Eval<string>("__import__('sysconfig').get_path('stdlib')"), "EXTERNALLY-MANAGED")))
            Assert.Contains("externally managed", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallAsync_WithNothingToInstall_IsAnArgumentError()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => PythonPackages.InstallAsync(Array.Empty<string>()));
    }

    [Fact]
    public void InstallAsync_InAVirtualEnvironment_InstallsOfflineAndTheModuleImportsAtOnce()
    {
        string root = Directory.CreateTempSubdirectory("pybind-packages-").FullName;
        try
        {
            string wheels = Path.Combine(root, "wheels");
            LocalWheels.Build(wheels, "pybind_greeting", "1.2.0", "def greet(name):\n    return 'hello, ' + name\n");
            string basePython = Python.Info.Executable!;
            string venvPython = LocalWheels.CreateVirtualEnvironment(basePython, Path.Combine(root, "venv"));

            ChildProcess.Result result = TestHost.Run("install-packages", new Dictionary<string, string?>
            {
                ["PYBIND_PYTHON"] = venvPython,
                ["PYBIND_TEST_WHEELS"] = wheels,
            });

            Assert.True(result.ExitCode == 0, result.Output + result.Errors);
            Assert.Equal("False", result.Value("before"));
            Assert.Equal("pybind_greeting,os", result.Value("imports"));
            Assert.Equal("True", result.Value("cancelled"));
            Assert.Contains("pybind_no_such_package", result.Value("missing"), StringComparison.Ordinal);
            Assert.Contains("No matching distribution", result.Value("missing"), StringComparison.Ordinal);
            Assert.Contains("--find-links", result.Value("missing"), StringComparison.Ordinal);
            Assert.NotEqual("0", result.Value("progress_lines"));
            Assert.Equal("1.2.0", result.Value("version"));
            Assert.Equal(result.Value("site_packages"), result.Value("location"));
            Assert.StartsWith(Path.Combine(root, "venv"), result.Value("location"), StringComparison.Ordinal);
            Assert.Equal("hello, C#", result.Value("greeting"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
