using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyBind.Introspection;
using PyBind.Introspection.Tests.Infrastructure;
using Xunit;

namespace PyBind.Introspection.Tests;

/// <summary>stubs-cache/ is reproducible: regenerating it gives the committed bytes, and nothing else is there.</summary>
[Collection(GeneratedStubsGroup.Name)]
public sealed class StubsCacheTests(GeneratedStubs generated)
{
    [SameEnvironmentAsStubsCacheFact]
    public void Regenerating_GivesTheCommittedFilesByteForByte()
    {
        Assert.All(generated.Results, r => Assert.True(r.Stub is not null, r.Error));
        List<string> differences = [];
        foreach (ModuleResult result in generated.Results)
        {
            string committedPath = Path.Combine(TestPaths.StubsCache, result.FileName);
            if (!File.Exists(committedPath))
            {
                differences.Add($"{result.FileName}: generated but not committed");
                continue;
            }

            string committed = File.ReadAllText(committedPath);
            if (committed != result.Stub)
            {
                // The content hash differs whenever anything does: point at the first differing line of the body.
                string[] expected = committed.Split('\n'), actual = result.Stub!.Split('\n');
                int line = Enumerable.Range(0, System.Math.Min(expected.Length, actual.Length))
                    .Where(i => !expected[i].StartsWith("# content-hash: ", System.StringComparison.Ordinal))
                    .FirstOrDefault(i => expected[i] != actual[i], System.Math.Min(expected.Length, actual.Length));
                differences.Add($"{result.FileName}: line {line + 1} differs: committed '{expected.ElementAtOrDefault(line)}', generated '{actual.ElementAtOrDefault(line)}'");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void StubsCacheFolder_HoldsExactlyTheStubsOfTheModulesList()
    {
        HashSet<string> committed = Directory.GetFiles(TestPaths.StubsCache, "*.pyi").Select(Path.GetFileName).ToHashSet()!;

        Assert.Equal(generated.Results.Select(r => r.FileName).Order(), committed.Order());
    }

    [Fact]
    public void EveryCommittedStub_ParsesWithPythonsAst_AndCarriesAMatchingContentHash()
    {
        foreach (string path in Directory.GetFiles(TestPaths.StubsCache, "*.pyi"))
        {
            string stub = File.ReadAllText(path);
            Assert.Null(Normalizer.AstError(stub));
            string hash = System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(StubText.Body(stub))));
            Assert.Equal("sha256:" + hash, StubText.Header(stub, "content-hash"));
        }
    }

    [Fact]
    public void NormalizingTwice_GivesIdenticalText()
    {
        IReadOnlyList<ModuleResult> again = Normalizer.Run(new NormalizationRequest(["numpy.linalg", "statistics", "builtins"])
        {
            Typeshed = [TestPaths.MypyTypeshed],
            FindTypeshed = false,
        });

        Assert.All(again, r => Assert.Equal(generated[r.Module], r.Stub));
    }
}
