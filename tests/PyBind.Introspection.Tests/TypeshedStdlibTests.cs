using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyBind.Introspection;
using PyBind.Introspection.Tests.Infrastructure;
using Xunit;

namespace PyBind.Introspection.Tests;

/// <summary>Scale: every standard-library module typeshed describes for this interpreter normalizes.</summary>
public sealed class TypeshedStdlibTests
{
    [Fact]
    public void EveryStdlibModuleOfTheTypeshed_NormalizesWithoutError()
    {
        Version version = Version.Parse(Normalizer.RunScript("result = '%d.%d' % sys.version_info[:2]"));
        List<string> modules = StdlibModules(TestPaths.MypyTypeshed, version);

        IReadOnlyList<ModuleResult> results = Normalizer.Run(new NormalizationRequest(modules)
        {
            Typeshed = [TestPaths.MypyTypeshed],
            FindTypeshed = false,
            AllowImports = false,
        });

        string[] failures = results.Where(r => r.Stub is null).Select(r => r.Error!).ToArray();
        Assert.True(failures.Length == 0, $"{failures.Length} of {modules.Count} failed:\n{string.Join("\n", failures)}");
        Assert.Equal(modules.Count, results.Count);
        Assert.True(modules.Count > 400, $"only {modules.Count} modules were found in {TestPaths.MypyTypeshed}");
    }

    /// <summary>Module names of typeshed's stdlib/ that its VERSIONS file gives for <paramref name="version"/>.</summary>
    private static List<string> StdlibModules(string typeshed, Version version)
    {
        string stdlib = Path.Combine(typeshed, "stdlib");
        Dictionary<string, (Version First, Version? Last)> ranges = [];
        foreach (string raw in File.ReadLines(Path.Combine(stdlib, "VERSIONS")))
        {
            string line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            string[] parts = line.Split(':', 2);
            string[] span = parts[1].Trim().Split('-');
            ranges[parts[0].Trim()] = (Version.Parse(span[0]), span[1].Length > 0 ? Version.Parse(span[1]) : null);
        }

        bool Available(string module)
        {
            for (string candidate = module; ; candidate = candidate[..candidate.LastIndexOf('.')])
            {
                if (ranges.TryGetValue(candidate, out var range))
                {
                    return range.First <= version && (range.Last is null || version <= range.Last);
                }

                if (!candidate.Contains('.'))
                {
                    return false;
                }
            }
        }

        return Directory.EnumerateFiles(stdlib, "*.pyi", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(stdlib, path)[..^4].Replace(Path.DirectorySeparatorChar, '.'))
            .Select(name => name.EndsWith(".__init__", StringComparison.Ordinal) ? name[..^9] : name)
            .Where(Available)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
