using System;
using System.Collections.Generic;
using System.IO;
using Xunit;

namespace PyBind.Testing;

/// <summary>
/// Offline packages for tests of installing: a one-module pure-Python distribution built into a wheel on the spot with
/// Debian's pip, setuptools and wheel (<c>pip wheel --no-index --no-build-isolation</c>: nothing reaches a network).
/// A <c>py3-none-any</c> wheel installs into every interpreter of the matrix, 3.9 to 3.13.
/// </summary>
public static class LocalWheels
{
    /// <summary>The interpreter that builds wheels: Debian's, which has setuptools and wheel (python3-setuptools, python3-wheel).</summary>
    public const string Builder = "/usr/bin/python3";

    /// <summary>
    /// Builds distribution <paramref name="name"/> <paramref name="version"/>, whose module <paramref name="name"/> is
    /// <paramref name="moduleSource"/>, depending on <paramref name="dependencies"/> (PEP 508 strings), into
    /// <paramref name="wheelFolder"/>; returns the wheel's path.
    /// </summary>
    public static string Build(string wheelFolder, string name, string version, string moduleSource, params string[] dependencies)
    {
        string source = Directory.CreateTempSubdirectory($"pybind-wheel-{name}-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(source, $"{name}.py"), moduleSource);
            File.WriteAllText(Path.Combine(source, "pyproject.toml"), $"""
                [build-system]
                requires = ["setuptools"]
                build-backend = "setuptools.build_meta"

                [project]
                name = "{name}"
                version = "{version}"
                dependencies = [{string.Join(", ", Array.ConvertAll(dependencies, d => $"\"{d}\""))}]

                [tool.setuptools]
                py-modules = ["{name}"]
                """);
            Directory.CreateDirectory(wheelFolder);
            ChildProcess.Result built = ChildProcess.Run(ChildProcess.Start(Builder,
                ["-m", "pip", "wheel", "--no-index", "--no-build-isolation", "--no-deps", "--disable-pip-version-check", "-w", wheelFolder, source]));
            Assert.True(built.ExitCode == 0, $"pip wheel failed for {name} (are python3-pip, python3-setuptools and python3-wheel installed?):\n{built.Output}\n{built.Errors}");
            string wheel = Path.Combine(wheelFolder, $"{name}-{version}-py3-none-any.whl");
            Assert.True(File.Exists(wheel), $"pip wheel did not write {wheel}:\n{built.Output}");
            return wheel;
        }
        finally
        {
            Directory.Delete(source, recursive: true);
        }
    }

    /// <summary>Creates a virtual environment of <paramref name="basePython"/> at <paramref name="folder"/> (with pip); returns its python.</summary>
    public static string CreateVirtualEnvironment(string basePython, string folder, IEnumerable<string>? options = null)
    {
        ChildProcess.Result created = ChildProcess.Run(ChildProcess.Start(basePython, ["-m", "venv", .. (options ?? Array.Empty<string>()), folder]));
        Assert.True(created.ExitCode == 0, $"{basePython} -m venv {folder} failed (Debian: apt-get install python3-venv):\n{created.Output}\n{created.Errors}");
        return Path.Combine(folder, "bin", "python");
    }
}
