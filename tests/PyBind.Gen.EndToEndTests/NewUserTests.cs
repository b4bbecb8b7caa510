using System;
using System.IO;
using System.Linq;
using Xunit;

namespace PyBind.Gen.EndToEndTests;

/// <summary>What a new user does, from an empty folder to a program that prints the right answers.</summary>
[Trait("Category", "Numpy")]
[Collection(PackedSolution.Name)]
public sealed class NewUserTests(NewUserFixture fixture)
{
    private const string Program = """
        using PyBind;

        using Np.Ndarray grid = Np.Linspace(0.0, 1.0, num: 5);
        Console.WriteLine($"linspace: {grid}");
        Console.WriteLine($"sum: {Np.Sum(grid).As<double>()}");
        Console.WriteLine($"close: {string.Join(",", Difflib.GetCloseMatches("appel", new[] { "ape", "apple", "peach", "puppy" }))}");
        Console.WriteLine($"python: {Python.Info.FoundThrough}");

        [PyImport("numpy")] static partial class Np;
        [PyImport("difflib")] static partial class Difflib;
        """;

    [Fact]
    public void NewConsoleApp_WithPyBindGen_BuildsItsStubsAndPrintsTheRightAnswers()
    {
        string project = NewUserProject("NewUser", Program);

        Command.Result build = Build(project);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(File.Exists(Path.Combine(project, "pybind-stubs", "numpy.pyi")), "the build did not write numpy's stub");
        Assert.True(File.Exists(Path.Combine(project, "pybind-stubs", "difflib.pyi")), "the build did not write difflib's stub");

        string[] lines = Run(project).Split('\n');
        Assert.Equal($"linspace: {Python.Eval<string>("str(__import__('numpy').linspace(0.0, 1.0, num=5))")}", lines[0]);
        Assert.Equal($"sum: {Python.Eval<double>("float(__import__('numpy').linspace(0.0, 1.0, num=5).sum())").ToString(System.Globalization.CultureInfo.InvariantCulture)}", lines[1]);
        Assert.Equal($"close: {Python.Eval<string>("','.join(__import__('difflib').get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))")}", lines[2]);
        Assert.Equal("python: the interpreter recorded at build time", lines[3]);

        // A rebuild with nothing changed keeps the stubs as they were (and does not start Python: see BuildCommandTests).
        DateTime written = File.GetLastWriteTimeUtc(Path.Combine(project, "pybind-stubs", "numpy.pyi"));
        Assert.Equal(0, Build(project).ExitCode);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(project, "pybind-stubs", "numpy.pyi")));
    }

    [Fact]
    public void Package_CarriesAPrecompiledGenerator_WhichALinuxX64BuildRuns_UnlessTurnedOff()
    {
        using (var package = new NuGetPackage(Path.Combine(fixture.Feed, $"PyBind.Gen.{fixture.Version}.nupkg")))
        {
            Assert.False(package.ReadAssembly("analyzers/dotnet/cs/PyBind.Gen.dll", NuGetPackage.IsReadyToRun), "the analyzer NuGet hands every compiler should be IL only");
            Assert.True(package.ReadAssembly("build/linux-x64/PyBind.Gen.dll", NuGetPackage.IsReadyToRun), "build/linux-x64/PyBind.Gen.dll should be a ReadyToRun image");
        }

        string project = NewUserProject("Precompiled", """
            using PyBind;

            Console.WriteLine(string.Join(",", Difflib.GetCloseMatches("appel", new[] { "ape", "apple", "peach", "puppy" })));

            [PyImport("difflib")] static partial class Difflib;
            """);

        // The compiler's command line (detailed verbosity) names the generator it loads.
        Command.Result precompiled = Command.Run("dotnet", ["build", "-nologo", "-v:d", "-p:PyBindPython=/usr/bin/python3"], project);
        Command.Result il = Command.Run("dotnet", ["build", "-nologo", "-v:d", "--no-incremental", "-p:PyBindPython=/usr/bin/python3", "-p:PyBindReadyToRun=false"], project);

        Assert.True(precompiled.ExitCode == 0, precompiled.Output);
        Assert.Contains("/build/linux-x64/PyBind.Gen.dll", GeneratorOnCommandLine(precompiled), StringComparison.Ordinal);
        Assert.True(il.ExitCode == 0, il.Output);
        Assert.Contains("/analyzers/dotnet/cs/PyBind.Gen.dll", GeneratorOnCommandLine(il), StringComparison.Ordinal);
        Assert.Equal(Python.Eval<string>("','.join(__import__('difflib').get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))"), Run(project).Trim());
    }

    private static string GeneratorOnCommandLine(Command.Result build) =>
        build.Output.Split(' ', '\n').Where(part => part.StartsWith("/analyzer:", StringComparison.Ordinal) && part.EndsWith("PyBind.Gen.dll", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Single();

    [Fact]
    public void ModuleThatDoesNotExist_IsABuildErrorThatSaysWhatToDo()
    {
        string project = NewUserProject("Missing", """
            using PyBind;

            Console.WriteLine(typeof(Nope));

            [PyImport("no_such_module_pybind")] static partial class Nope;
            """);

        Command.Result build = Build(project);

        Assert.NotEqual(0, build.ExitCode);
        string error = build.Output.Split('\n').First(line => line.Contains("error PYB1001", StringComparison.Ordinal));
        Assert.Contains("Program.cs(5,12)", error);
        Assert.Contains("cannot describe module 'no_such_module_pybind'", error);
        Assert.Contains("install the package for this interpreter", error);
    }

    [Fact]
    public void NoPythonAnywhere_TheBuildErrorListsWhatWasTried()
    {
        string project = NewUserProject("NoPython", """
            using PyBind;

            [PyImport("difflib")] static partial class Difflib;
            """);

        // No interpreter to find: PATH without python3 (a shell and dotnet only, as MSBuild needs), no PYBIND_PYTHON, no venv.
        string bin = Directory.CreateDirectory(Path.Combine(project, "bin-without-python")).FullName;
        File.CreateSymbolicLink(Path.Combine(bin, "sh"), "/bin/sh");
        File.CreateSymbolicLink(Path.Combine(bin, "dotnet"), Environment.ProcessPath!);
        Command.Result build = Build(project, start =>
        {
            start.Environment["PATH"] = bin;
            start.Environment.Remove("PYBIND_PYTHON");
            start.Environment.Remove("VIRTUAL_ENV");
            start.Environment.Remove("CONDA_PREFIX");
        });

        Assert.NotEqual(0, build.ExitCode);
        string error = build.Output.Split('\n').First(line => line.Contains("error PYB1002", StringComparison.Ordinal));
        Assert.Contains("No usable Python was found. Tried, in order:", build.Output);
        Assert.Contains("python3 on PATH: not found", build.Output);
        Assert.Contains("set PYBIND_PYTHON", build.Output);
        Assert.Contains("Program.cs(3,12)", error);
    }

    [Fact]
    public void BindingsFile_CompilesOnceIntoItsOwnAssembly_UntilItOrItsStubsChange()
    {
        string project = fixture.NewPyBindProject("OwnAssembly",
            ("Bindings.cs", """
                using PyBind;

                [PyImport("difflib")] static partial class Difflib;

                """),
            ("Program.cs", """
                Console.WriteLine(string.Join(",", Difflib.GetCloseMatches("appel", new[] { "ape", "apple", "peach", "puppy" })));
                """));
        string bindings = Path.Combine(project, "obj", "Debug", "net10.0", "pybind", "bindings", "OwnAssembly.PyBindings.dll");
        string closeMatches = Python.Eval<string>("','.join(__import__('difflib').get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))");

        Assert.Equal(0, Build(project).ExitCode);
        Assert.True(File.Exists(bindings), "the bindings should have compiled into an assembly of their own");
        Assert.True(File.Exists(Path.Combine(project, "bin", "Debug", "net10.0", "OwnAssembly.PyBindings.dll")), "the program's folder should carry the bindings");
        Assert.Equal(closeMatches, Run(project).Trim());

        // An edit elsewhere compiles the program alone, against the same bindings.
        DateTime compiled = File.GetLastWriteTimeUtc(bindings);
        File.AppendAllText(Path.Combine(project, "Program.cs"), "Console.WriteLine(Difflib.GetCloseMatches(\"peah\", new[] { \"peach\" }).Count);\n");
        Assert.Equal(0, Build(project).ExitCode);
        Assert.Equal(compiled, File.GetLastWriteTimeUtc(bindings));
        Assert.Equal([closeMatches, "1"], Run(project).Trim().Split('\n'));

        // A module bound in the declarations' file compiles them again, with its stub.
        File.AppendAllText(Path.Combine(project, "Bindings.cs"), "[PyImport(\"statistics\")] static partial class Stats;\n");
        File.AppendAllText(Path.Combine(project, "Program.cs"), "Console.WriteLine(Stats.Mean(new[] { 1.0, 2.0, 4.0 }));\n");
        Command.Result rebuilt = Build(project);
        Assert.True(rebuilt.ExitCode == 0, rebuilt.Output);
        Assert.NotEqual(compiled, File.GetLastWriteTimeUtc(bindings));
        Assert.Equal(Python.Eval<double>("__import__('statistics').mean([1.0, 2.0, 4.0])").ToString(System.Globalization.CultureInfo.InvariantCulture), Run(project).Trim().Split('\n')[2]);
    }

    [Fact]
    public void DeclarationsBesideOtherCode_CompileWithTheProject()
    {
        string project = NewUserProject("Beside", """
            using PyBind;

            Console.WriteLine(Difflib.GetCloseMatches("appel", new[] { "apple" })[0]);

            [PyImport("difflib")] static partial class Difflib;
            """);

        Assert.Equal(0, Build(project).ExitCode);
        Assert.False(Directory.Exists(Path.Combine(project, "obj", "Debug", "net10.0", "pybind", "bindings")), "declarations beside statements should stay in the project's compilation");
        Assert.Equal("apple", Run(project).Trim());
    }

    [Fact]
    public void BoundClassWithMembersOfTheUsersOwn_CompilesWithTheProject()
    {
        string project = fixture.NewPyBindProject("Extended",
            ("Bindings.cs", "using PyBind;\n\n[PyImport(\"difflib\")] static partial class Difflib;\n"),
            ("Difflib.cs", "static partial class Difflib\n{\n    public static string Best(string word) => GetCloseMatches(word, new[] { \"apple\", \"ape\" })[0];\n}\n"),
            ("Program.cs", "Console.WriteLine(Difflib.Best(\"appel\"));\n"));

        Command.Result build = Build(project);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.False(Directory.Exists(Path.Combine(project, "obj", "Debug", "net10.0", "pybind", "bindings")), "a class with parts elsewhere should stay in the project's compilation");
        Assert.Equal(Python.Eval<string>("__import__('difflib').get_close_matches('appel', ['apple', 'ape'])[0]"), Run(project).Trim());
    }

    private string NewUserProject(string name, string program) => fixture.NewPyBindProject(name, ("Program.cs", program));

    // The interpreter is chosen as a user's build would choose it; Debian's has numpy.
    private static Command.Result Build(string project, Action<System.Diagnostics.ProcessStartInfo>? configure = null)
        => Command.Run("dotnet", ["build", "-nologo", "-p:PyBindPython=" + (configure is null ? "/usr/bin/python3" : "")], project, configure);

    private static string Run(string project)
    {
        Command.Result run = Command.Run("dotnet", ["run", "--no-build"], project, start => start.Environment.Remove("PYBIND_PYTHON"));
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Output.Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
