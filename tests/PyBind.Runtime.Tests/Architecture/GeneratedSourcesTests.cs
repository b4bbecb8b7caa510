using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Xunit;

namespace PyBind.Runtime.Tests.Architecture;

/// <summary>
/// Every runtime file a script writes is what its script writes now: an edit by hand, or a script changed without
/// running it, fails here. Each script runs in a temporary folder and its output is compared with the committed file.
/// </summary>
public sealed class GeneratedSourcesTests
{
    [Theory]
    [InlineData("Callbacks", "generate_bridges.py", "DelegateBridges.g.cs")]
    [InlineData("Conversions", "generate_tuples.py", "PyConverters.Tuples.g.cs")]
    public void ScriptWrittenFile_IsWhatItsScriptWritesNow(string folder, string script, string file)
    {
        string output = Directory.CreateTempSubdirectory("pybind-generated-").FullName;
        try
        {
            ChildProcess.Result run = Run("/usr/bin/python3", RuntimeFile(folder, script), output);
            Assert.True(run.ExitCode == 0, run.Errors);
            AssertSame(RuntimeFile(folder, file), File.ReadAllText(Path.Combine(output, file)));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>The script lists the exceptions itself (the running Python only checks the list), so any version writes the same file.</summary>
    [Fact]
    public void BuiltinExceptions_AreWhatGenerateBuiltinsWritesNow()
    {
        ChildProcess.Result run = Run("/usr/bin/python3", RuntimeFile("Exceptions", "generate_builtins.py"), Path.GetTempPath());
        Assert.True(run.ExitCode == 0, run.Errors);
        AssertSame(RuntimeFile("Exceptions", "PythonException.Builtins.g.cs"), run.Output);
    }

    private static ChildProcess.Result Run(string python, string script, string workingDirectory)
    {
        var start = ChildProcess.Start(python, [script]);
        start.WorkingDirectory = workingDirectory;
        return ChildProcess.Run(start);
    }

    private static void AssertSame(string committedPath, string regenerated)
    {
        string committed = File.ReadAllText(committedPath);
        int line = committed.Split('\n').Zip(regenerated.Split('\n')).TakeWhile(pair => pair.First == pair.Second).Count() + 1;
        Assert.True(committed == regenerated, $"{committedPath} differs from its script's output from line {line} on: run the script (see its header) and commit the result");
    }

    private static string RuntimeFile(string folder, string name, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "runtime", "PyBind.Runtime", folder, name));
}
