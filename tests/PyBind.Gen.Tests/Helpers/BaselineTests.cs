using System;
using System.IO;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace PyBind.Gen.Tests.Helpers;

public sealed class BaselineTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pybind-baseline-" + Guid.NewGuid().ToString("N"));

    private string FakeCaller => Path.Combine(_directory, "SomeTests.cs");

    private string Verified => Path.Combine(_directory, "Baselines", "Case.verified.cs");

    private string Received => Path.Combine(_directory, "Baselines", "Case.received.cs");

    [Fact]
    public void Mismatch_FailsAndWritesTheReceivedFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Verified)!);
        File.WriteAllText(Verified, "expected\n");

        Assert.ThrowsAny<XunitException>(() => Baseline.Verify("actual\n", "Case", FakeCaller));
        Assert.Equal("actual\n", File.ReadAllText(Received));
    }

    [Fact]
    public void MissingBaseline_FailsWithInstructions()
    {
        var failure = Assert.ThrowsAny<XunitException>(() => Baseline.Verify("new\n", "Case", FakeCaller));

        Assert.Contains(Baseline.AcceptVariable, failure.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Received));
    }

    [Fact]
    public void Match_PassesAndRemovesAStaleReceivedFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Verified)!);
        File.WriteAllText(Verified, "same\r\n");
        File.WriteAllText(Received, "stale");

        Baseline.Verify("same\n", "Case", FakeCaller);

        Assert.False(File.Exists(Received));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
