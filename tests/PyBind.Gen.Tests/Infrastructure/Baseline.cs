using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace PyBind.Gen.Tests.Infrastructure;

/// <summary>
/// Snapshot testing without Verify: the expected text lives in <c>Baselines/{name}.verified.cs</c> beside the test
/// source. On a mismatch the actual text is written next to it as <c>.received.cs</c> (git-ignored) for diffing.
/// Set <c>PYBIND_ACCEPT_BASELINES=1</c> to write the actual text as the new baseline instead of failing.
/// </summary>
internal static class Baseline
{
    public const string AcceptVariable = "PYBIND_ACCEPT_BASELINES";

    public static void Verify(string actual, string name, [CallerFilePath] string callerFilePath = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(callerFilePath)!, "Baselines");
        VerifyFile(actual, Path.Combine(directory, name + ".verified.cs"), Path.Combine(directory, name + ".received.cs"));
    }

    /// <summary>The same for a committed file outside the baselines (<c>stubs-cache/statistics.md</c>); the mismatch goes to <paramref name="receivedPath"/>.</summary>
    public static void VerifyFile(string actual, string verifiedPath, string receivedPath)
    {
        string directory = Path.GetDirectoryName(verifiedPath)!;
        actual = actual.ReplaceLineEndings("\n");

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"No baseline '{verifiedPath}'. Review '{receivedPath}' and run the tests with {AcceptVariable}=1 to accept it.");
        }

        string expected = File.ReadAllText(verifiedPath).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            File.WriteAllText(receivedPath, actual);
        }
        else
        {
            File.Delete(receivedPath);
        }

        Assert.Equal(expected, actual);
    }
}
