using System;
using System.Globalization;
using System.IO;
using System.Linq;
using PyBind.Testing;
using Xunit;

namespace PyBind.Gen.EndToEndTests;

/// <summary>
/// Requirements → lock → self-contained publish, as a new user does it, offline: a project whose requirements.txt
/// names a local wheel builds its own environment, binds the wheel's module with types, and publishes with its Python,
/// which runs where no Python is visible (Debian's with numpy, and a pyenv build).
/// </summary>
[Trait("Category", "Numpy")]
[Collection(PackedSolution.Name)]
public sealed class ShipItTests(NewUserFixture fixture)
{
    private const string DebianPython = "/usr/bin/python3";

    private const string Stdlib = "ssl,sqlite3,ctypes,decimal,lzma,bz2,zlib";

    private const string Program = """
        using System.Globalization;
        using PyBind;

        Console.WriteLine($"greeting={Greeting.Greet("C#")}");
        bool hasNumpy = PythonPackages.List().Any(p => p.Name == "numpy");
        Console.WriteLine($"numpy={(hasNumpy ? Python.Eval<double>("float(__import__('numpy').linspace(0.0, 1.0, num=5).sum())").ToString(CultureInfo.InvariantCulture) : "absent")}");
        Console.WriteLine($"version={Python.Info.Version.Major}.{Python.Info.Version.Minor}");
        // Extension modules of the standard library and the native libraries they need (OpenSSL, SQLite, libffi, xz…).
        Console.WriteLine($"stdlib={Python.Eval<string>("','.join(m.__name__ for m in map(__import__, ['ssl', 'sqlite3', 'ctypes', 'decimal', 'lzma', 'bz2', 'zlib']))")}");
        Console.WriteLine($"python={Python.Info.FoundThrough}");
        Console.WriteLine($"executable={Python.Info.Executable}");

        [PyImport("pybind_greeting")] static partial class Greeting;
        """;

    /// <summary>
    /// Hides every Python of the machine in a new mount namespace (an empty folder or file bound over each), then runs
    /// the command: Debian's python3 and its libraries, /usr/local's, every libpython, pyenv's.
    /// </summary>
    private const string HidePython = """
        set -e
        empty_dir=$(mktemp -d); empty_file=$(mktemp)
        mount --make-rprivate /
        for path in /usr/bin/python3* /usr/local/bin/python3* /usr/lib/python3* /usr/local/lib/python3* "$HOME/.pyenv" \
                    $(find /usr/lib /usr/local/lib /lib /opt -name 'libpython*' 2>/dev/null); do
          [ -e "$path" ] || continue
          if [ -d "$path" ]; then mount --bind "$empty_dir" "$path"; else mount --bind "$empty_file" "$path"; fi
        done
        for file in /usr/bin/python3 /usr/lib/python3/dist-packages/numpy/__init__.py; do
          if [ -s "$file" ]; then echo "still visible: $file" >&2; exit 97; fi
        done
        if [ -n "$(ls -A "$HOME/.pyenv" 2>/dev/null)" ]; then echo "still visible: $HOME/.pyenv" >&2; exit 97; fi
        exec "$@"
        """;

    [Fact]
    public void ProjectWithALocalWheel_BuildsItsEnvironmentAndLock_AndItsSelfContainedPublishRunsWithoutAnyMachinePython()
    {
        string project = fixture.NewConsoleProject("ShipIt");
        Command.Result added = Command.Run("dotnet", ["add", "package", "PyBind.Gen", "--version", fixture.Version], project);
        Assert.True(added.ExitCode == 0, added.Output);
        File.WriteAllText(Path.Combine(project, "Program.cs"), Program);
        LocalWheels.Build(Path.Combine(project, "wheels"), "pybind_greeting", "1.2.0", "def greet(name: str) -> str:\n    return 'hello, ' + name\n");
        File.WriteAllLines(Path.Combine(project, "requirements.txt"), ["--no-index", "--find-links wheels", "pybind_greeting==1.2.0"]);
        string csproj = Path.Combine(project, "ShipIt.csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("</Project>", """
              <PropertyGroup>
                <PyBindRequirementsFile>requirements.txt</PyBindRequirementsFile>
                <!-- Debian's numpy is a system package: the environment sees it, and declares it. -->
                <PyBindSystemSitePackages Condition="'$(PyBindPython)' == '/usr/bin/python3'">true</PyBindSystemSitePackages>
              </PropertyGroup>
              <ItemGroup>
                <PyBindRequirement Include="numpy" Version=">=1.20" Condition="'$(PyBindPython)' == '/usr/bin/python3'" />
              </ItemGroup>
            </Project>
            """, StringComparison.Ordinal));

        // Debian's 3.11 with numpy.
        string debianOutput = Publish(project, DebianPython, "out-debian");
        string stub = File.ReadAllText(Path.Combine(project, "pybind-stubs", "pybind_greeting.pyi"));
        Assert.Contains("def greet(name: str) -> str: ...", stub, StringComparison.Ordinal);
        string[] locked = File.ReadAllLines(Path.Combine(project, "pybind-stubs", "requirements.lock")).Where(l => !l.StartsWith('#')).ToArray();
        Assert.Equal([$"numpy=={Python.Eval<string>("__import__('numpy').__version__")}", "pybind-greeting==1.2.0"], locked);

        ChildProcess.Result built = RunProgram(project, "dotnet", [Path.Combine(project, "bin", "Release", "net10.0", "ShipIt.dll")]);
        Assert.Equal("the interpreter recorded at build time", built.Value("python"));
        Assert.StartsWith(Path.Combine(project, "obj", "pybind", "venv"), built.Value("executable"), StringComparison.Ordinal);

        string numpySum = Python.Eval<double>("float(__import__('numpy').linspace(0.0, 1.0, num=5).sum())").ToString(CultureInfo.InvariantCulture);
        ChildProcess.Result bundled = RunWithoutPython(project, Path.Combine(debianOutput, "ShipIt.dll"));
        Assert.Equal("hello, C#", bundled.Value("greeting"));
        Assert.Equal(numpySum, bundled.Value("numpy"));
        Assert.Equal("3.11", bundled.Value("version"));
        Assert.Equal(Stdlib, bundled.Value("stdlib"));
        Assert.Equal("the Python bundled with the program (python/ beside it)", bundled.Value("python"));
        Assert.StartsWith(Path.Combine(debianOutput, "python"), bundled.Value("executable"), StringComparison.Ordinal);

        string library = Path.Combine(debianOutput, "python", "lib", "python3.11");
        Assert.True(Directory.Exists(Path.Combine(library, "lib-dynload")), "the bundle has no lib-dynload");
        foreach (string omitted in new[] { "test", "idlelib", "tkinter", "ensurepip" })
            Assert.False(Directory.Exists(Path.Combine(library, omitted)), $"the bundle carries {omitted}/");
        string[] natives = Directory.GetFiles(Path.Combine(debianOutput, "python", "lib", "native")).Select(Path.GetFileName).ToArray()!;
        Assert.Contains("libblas.so.3", natives);
        Assert.DoesNotContain(natives, name => name.StartsWith("libc.so", StringComparison.Ordinal) || name.StartsWith("ld-linux", StringComparison.Ordinal));

        // A pyenv build (3.12 when present), without numpy: the same project, its environment made again from that base.
        string? pyenv = PyenvInterpreter();
        Assert.True(pyenv is not null, "no pyenv interpreter 3.9-3.13 in ~/.pyenv/versions");
        string pyenvOutput = Publish(project, pyenv!, "out-pyenv");
        ChildProcess.Result fromPyenv = RunWithoutPython(project, Path.Combine(pyenvOutput, "ShipIt.dll"));
        Assert.Equal("hello, C#", fromPyenv.Value("greeting"));
        Assert.Equal("absent", fromPyenv.Value("numpy"));
        Assert.Equal(Stdlib, fromPyenv.Value("stdlib"));
        Assert.Equal(ChildProcess.Run(ChildProcess.Start(pyenv!, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"])).Output.Trim(), fromPyenv.Value("version"));
        Assert.Equal("the Python bundled with the program (python/ beside it)", fromPyenv.Value("python"));
    }

    private static string Publish(string project, string python, string folder)
    {
        string output = Path.Combine(project, folder);
        Command.Result published = Command.Run("dotnet", ["publish", "-nologo", "-c", "Release", $"-p:PyBindPython={python}", "-p:PyBindSelfContained=true", "-o", output], project);
        Assert.True(published.ExitCode == 0, published.Output);
        Assert.Contains("pybind: bundled Python", published.Output, StringComparison.Ordinal);
        return output;
    }

    private static ChildProcess.Result RunProgram(string project, string file, string[] arguments)
    {
        System.Diagnostics.ProcessStartInfo start = ChildProcess.Start(file, arguments);
        start.WorkingDirectory = project;
        start.Environment.Remove("PYBIND_PYTHON");
        start.Environment.Remove("VIRTUAL_ENV");
        ChildProcess.Result result = ChildProcess.Run(start);
        Assert.True(result.ExitCode == 0, $"{file} {string.Join(' ', arguments)} failed:\n{result.Output}\n{result.Errors}");
        return result;
    }

    private static ChildProcess.Result RunWithoutPython(string project, string program)
        => RunProgram(project, "unshare", ["-m", "bash", "-c", HidePython, "hide-python", "dotnet", program]);

    private static string? PyenvInterpreter()
    {
        string versions = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv", "versions");
        return new[] { 12, 13, 11, 10, 9 }
            .Select(minor => Directory.Exists(versions) ? Directory.GetDirectories(versions, $"3.{minor}.*").Select(d => Path.Combine(d, "bin", "python3")).Where(File.Exists).OrderBy(p => p, StringComparer.Ordinal).LastOrDefault() : null)
            .FirstOrDefault(found => found is not null);
    }
}
