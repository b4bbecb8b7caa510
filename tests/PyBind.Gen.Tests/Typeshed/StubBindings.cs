using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Tests.Infrastructure;
using PyBind.Introspection;
using Xunit;
using Xunit.Abstractions;

namespace PyBind.Gen.Tests.Typeshed;

/// <summary>
/// Modules described once into a temporary folder (deleted afterwards) by the stub tool in this process (embedded
/// CPython), and bound together, one <c>[PyImport]</c> class each, as a user's project would: the whole chain from
/// Python to compiled C#.
/// </summary>
public abstract class StubBindings : IDisposable
{
    private readonly string _folder;

    protected StubBindings(string ns, Func<IReadOnlyList<string>> modules, Func<IReadOnlyList<string>, NormalizationRequest> request)
    {
        Namespace = ns;
        _folder = Directory.CreateTempSubdirectory("pybind-bindings-").FullName;
        if (!TypeshedFactAttribute.Available)
        {
            // The facts are skipped; nothing to prepare.
            Modules = Failures = [];
            Stubs = [];
            Harness = null!;
            return;
        }

        var clock = Stopwatch.StartNew();
        StubNormalizer.EnsureInterpreter(TypeshedFactAttribute.Python);
        Modules = modules();
        IReadOnlyList<ModuleResult> results = StubNormalizer.Normalize(request(Modules));
        List<(string Path, string Text)> stubs = [];
        foreach (ModuleResult result in results.Where(r => r.Stub is not null))
        {
            string path = Path.Combine(_folder, result.FileName);
            File.WriteAllText(path, result.Stub);
            stubs.Add((path, File.ReadAllText(path)));
        }

        Stubs = stubs;
        Failures = results.Where(r => r.Stub is null).Select(r => $"{r.Module}: {r.Error}").ToList();
        Warnings = results.SelectMany(r => r.Warnings).Select(w => w.ToString()).ToList();
        Introspection = clock.Elapsed;

        var source = new StringBuilder("using PyBind;\nnamespace " + Namespace + ";\n");
        foreach (ModuleResult result in results.Where(r => r.Stub is not null))
        {
            source.Append("[PyImport(\"").Append(result.Module).Append("\")] public static partial class ").Append(ClassName(result.Module)).Append(";\n");
        }

        clock.Restart();
        Harness = GeneratorHarness.Create([source.ToString()], [.. Stubs]);
        Generation = clock.Elapsed;
    }

    public string Namespace { get; }

    public IReadOnlyList<string> Modules { get; }

    public IReadOnlyList<(string Path, string Text)> Stubs { get; }

    /// <summary>Modules the introspection pass could not describe, with its error.</summary>
    public IReadOnlyList<string> Failures { get; }

    /// <summary>What the introspection pass degraded (members left out, sources it could not read).</summary>
    public IReadOnlyList<string> Warnings { get; } = [];

    internal GeneratorHarness Harness { get; }

    public TimeSpan Introspection { get; }

    public TimeSpan Generation { get; }

    /// <summary>The class a module is bound to: unique per module (dots become underscores; an underscore is doubled first).</summary>
    public static string ClassName(string module) => "M_" + module.Replace("_", "__", StringComparison.Ordinal).Replace('.', '_');

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// No module failed, the generator reported no error, and the compilation has no error or warning; prints the
    /// numbers (sizes, times, diagnostics by id). Returns the count of public members generated.
    /// </summary>
    internal int AssertBoundAndCompiledCleanly(ITestOutputHelper output, string what)
    {
        var clock = Stopwatch.StartNew();
        List<Diagnostic> problems = Harness.OutputProblems().ToList();
        TimeSpan compilation = clock.Elapsed;
        int members = GeneratedApi.Classes(Harness.OutputCompilation, Namespace).Sum(t => GeneratedApi.PublicMembers(t).Count());

        output.WriteLine($"{what}: {Modules.Count} modules, {Stubs.Count} stubs ({Stubs.Sum(s => s.Text.Length) / 1024} KiB), {Warnings.Count} stub-tool warnings");
        output.WriteLine($"generated {Harness.Result.GeneratedSources.Length} files ({Harness.Result.GeneratedSources.Sum(s => s.SourceText.Length) / 1024} KiB), {members} public members");
        output.WriteLine($"times: introspection {Introspection.TotalSeconds:F1} s, generator {Generation.TotalSeconds:F1} s, compilation {compilation.TotalSeconds:F1} s");
        output.WriteLine("generator diagnostics: " + ById(Harness.GeneratorDiagnostics));
        output.WriteLine("C# errors and warnings: " + ById(problems));
        foreach (string warning in Warnings.Take(50))
        {
            output.WriteLine("stub tool: " + warning);
        }

        Assert.True(Failures.Count == 0, $"{Failures.Count} modules could not be introspected:\n" + string.Join("\n", Failures));
        string[] generatorFailures = Harness.GeneratorDiagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error || d.Id == "PYB0012")
            .Select(d => d.ToString())
            .ToArray();
        Assert.True(generatorFailures.Length == 0, $"{generatorFailures.Length} generator errors:\n" + string.Join("\n", generatorFailures.Take(30)));
        string[] errors = problems.Select(Describe).ToArray();
        Assert.True(errors.Length == 0, $"{errors.Length} C# errors and warnings:\n" + string.Join("\n", errors.Take(40)));
        return members;
    }

    /// <summary>The modules that got no binding file.</summary>
    internal string[] Unbound()
    {
        var hintNames = Harness.Result.GeneratedSources.Select(s => s.HintName).ToHashSet(StringComparer.Ordinal);
        return Modules.Where(m => !hintNames.Contains($"{Namespace}.{ClassName(m)}.g.cs")).ToArray();
    }

    private static string ById(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}")) is { Length: > 0 } text ? text : "none";

    private static string Describe(Diagnostic diagnostic)
    {
        string line = diagnostic.Location.SourceTree is { } tree ? tree.GetText().Lines.GetLineFromPosition(diagnostic.Location.SourceSpan.Start).ToString().Trim() : string.Empty;
        return diagnostic + "  // " + (line.Length > 200 ? line[..200] : line);
    }
}
