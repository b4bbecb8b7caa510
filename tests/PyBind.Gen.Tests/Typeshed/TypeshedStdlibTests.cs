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
/// Scale and robustness: every standard-library module typeshed describes for the running interpreter goes through
/// the whole chain in this process — introspection (embedded CPython, no imports) into a temporary folder, the
/// generator over every stub at once, Roslyn over the result — with no generator failure and no C# error or warning.
/// </summary>
[Trait("Category", "Slow")]
public sealed class TypeshedStdlibTests(TypeshedBindings bindings, ITestOutputHelper output) : IClassFixture<TypeshedBindings>
{
    /// <summary>Modules that get no binding, with the reason (and the diagnostic that says so). None at the moment.</summary>
    private static readonly Dictionary<string, string> Unbindable = new(StringComparer.Ordinal);

    [TypeshedFact]
    public void EveryStdlibModuleOfTheTypeshed_IsIntrospectedGeneratedAndCompiledWithoutErrorsOrWarnings()
    {
        var clock = Stopwatch.StartNew();
        List<Diagnostic> problems = bindings.Harness.OutputProblems().ToList();
        TimeSpan compilation = clock.Elapsed;
        int members = GeneratedApi.Classes(bindings.Harness.OutputCompilation, TypeshedBindings.Namespace).Sum(t => GeneratedApi.PublicMembers(t).Count());

        output.WriteLine($"typeshed {TypeshedFactAttribute.MypyTypeshed}: {bindings.Modules.Count} stdlib modules for this interpreter, {bindings.Stubs.Count} stubs ({bindings.Stubs.Sum(s => s.Text.Length) / 1024} KiB)");
        output.WriteLine($"generated {bindings.Harness.Result.GeneratedSources.Length} files ({bindings.Harness.Result.GeneratedSources.Sum(s => s.SourceText.Length) / 1024} KiB), {members} public members");
        output.WriteLine($"times: introspection {bindings.Introspection.TotalSeconds:F1} s, generator {bindings.Generation.TotalSeconds:F1} s, compilation {compilation.TotalSeconds:F1} s");
        output.WriteLine("generator diagnostics: " + ById(bindings.Harness.GeneratorDiagnostics));
        output.WriteLine("C# errors and warnings: " + ById(problems));

        Assert.True(bindings.Failures.Count == 0, $"{bindings.Failures.Count} modules could not be introspected:\n" + string.Join("\n", bindings.Failures));
        string[] generatorFailures = bindings.Harness.GeneratorDiagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error || d.Id == "PYB0012")
            .Select(d => d.ToString())
            .ToArray();
        Assert.True(generatorFailures.Length == 0, $"{generatorFailures.Length} generator errors:\n" + string.Join("\n", generatorFailures.Take(30)));
        string[] errors = problems.Select(Describe).ToArray();
        Assert.True(errors.Length == 0, $"{errors.Length} C# errors and warnings:\n" + string.Join("\n", errors.Take(40)));

        // Every module has its binding, except those the generator degrades with a diagnostic (listed with the reason).
        var hintNames = bindings.Harness.Result.GeneratedSources.Select(s => s.HintName).ToHashSet(StringComparer.Ordinal);
        string[] unbound = bindings.Modules.Where(m => !hintNames.Contains($"{TypeshedBindings.Namespace}.{TypeshedBindings.ClassName(m)}.g.cs")).ToArray();
        Assert.Equal(Unbindable.Keys.Order(StringComparer.Ordinal), unbound);
        Assert.True(bindings.Modules.Count > 400, $"only {bindings.Modules.Count} stdlib modules were found in {TypeshedFactAttribute.MypyTypeshed}");
        Assert.True(members > 20_000, $"only {members} public members were generated");
    }

    [TypeshedFact]
    public void EveryGeneratedMethodOfTheStdlib_IsCallableWithOnlyItsRequiredArguments()
    {
        var clock = Stopwatch.StartNew();
        Compilation compilation = bindings.Harness.OutputCompilation;
        string checkedCalls = GeneratedApi.AssertEveryCallCompiles(
            compilation, GeneratedApi.CallsWithRequiredArguments(compilation, TypeshedBindings.Namespace, "/src/AllCalls.cs"), 10_000, "generated methods");
        output.WriteLine($"{checkedCalls}, {clock.Elapsed.TotalSeconds:F1} s");
    }

    [TypeshedFact]
    public void EveryRequiredParameterOfTheStdlibThatTakesNone_TakesANullLiteral()
    {
        Compilation compilation = bindings.Harness.OutputCompilation;
        output.WriteLine(GeneratedApi.AssertEveryCallCompiles(
            compilation, GeneratedApi.CallsPassingNullForNone(compilation, TypeshedBindings.Namespace, "/src/NullCalls.cs"), 500, "parameters taking None"));
    }

    private static string ById(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}")) is { Length: > 0 } text ? text : "none";

    private static string Describe(Diagnostic diagnostic)
    {
        string line = diagnostic.Location.SourceTree is { } tree ? tree.GetText().Lines.GetLineFromPosition(diagnostic.Location.SourceSpan.Start).ToString().Trim() : string.Empty;
        return diagnostic + "  // " + (line.Length > 200 ? line[..200] : line);
    }
}

/// <summary>
/// The stdlib modules typeshed lists for the running interpreter, introspected once into a temporary folder (deleted
/// afterwards) and bound together, one <c>[PyImport]</c> class each, as a user's project would.
/// </summary>
public sealed class TypeshedBindings : IDisposable
{
    public const string Namespace = "App.Typeshed";

    private readonly string _folder;

    public TypeshedBindings()
    {
        _folder = Directory.CreateTempSubdirectory("pybind-typeshed-").FullName;
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
        Modules = StdlibModules(TypeshedFactAttribute.MypyTypeshed);
        IReadOnlyList<ModuleResult> results = StubNormalizer.Normalize(new NormalizationRequest(Modules)
        {
            Typeshed = [TypeshedFactAttribute.MypyTypeshed],
            FindTypeshed = false,
            AllowImports = false,
        });
        List<(string Path, string Text)> stubs = [];
        foreach (ModuleResult result in results.Where(r => r.Stub is not null))
        {
            string path = Path.Combine(_folder, result.FileName);
            File.WriteAllText(path, result.Stub);
            stubs.Add((path, File.ReadAllText(path)));
        }

        Stubs = stubs;
        Failures = results.Where(r => r.Stub is null).Select(r => $"{r.Module}: {r.Error}").ToList();
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

    public IReadOnlyList<string> Modules { get; }

    public IReadOnlyList<(string Path, string Text)> Stubs { get; }

    /// <summary>Modules the introspection pass could not describe, with its error.</summary>
    public IReadOnlyList<string> Failures { get; }

    internal GeneratorHarness Harness { get; }

    public TimeSpan Introspection { get; }

    public TimeSpan Generation { get; }

    public static string ClassName(string module) => "M_" + module.Replace('.', '_');

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Every module under typeshed's stdlib/ that the normalizer's own reading of VERSIONS gives for this interpreter.</summary>
    private static List<string> StdlibModules(string typeshed)
    {
        string stdlib = Path.Combine(typeshed, "stdlib");
        List<string> candidates = Directory.EnumerateFiles(stdlib, "*.pyi", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(stdlib, path)[..^4].Replace(Path.DirectorySeparatorChar, '.'))
            .Select(name => name.EndsWith(".__init__", StringComparison.Ordinal) ? name[..^9] : name)
            .Order(StringComparer.Ordinal)
            .ToList();

        using GilScope gil = Python.AcquireGil();
        using PyObject sys = Python.Import("sys");
        using (PyObject path = sys.GetAttr("path"))
        {
            if (!path.Contains(StubNormalizer.NormalizerFolder))
            {
                path.CallMethod("insert", 0, StubNormalizer.NormalizerFolder).Dispose();
            }
        }

        using PyObject discovery = Python.Import("pybind_introspect.discovery");
        using PyObject version = sys.GetAttr("version_info");
        using PyObject rootType = discovery.GetAttr("TypeshedRoot");
        using PyObject root = rootType.Call(typeshed, version);
        return candidates.Where(module =>
        {
            using PyObject has = root.CallMethod("stdlib_has", module);
            return has.As<bool>();
        }).ToList();
    }
}

/// <summary>
/// A fact that needs Debian's Python and mypy's typeshed (<c>.ci/install-deps</c> installs both). Where they are
/// missing it is skipped with the reason, except in CI (<c>CI=true</c>), where it runs and fails.
/// </summary>
public sealed class TypeshedFactAttribute : FactAttribute
{
    public const string MypyTypeshed = "/usr/lib/python3/dist-packages/mypy/typeshed";

    public static string Python { get; } = Environment.GetEnvironmentVariable("PYBIND_PYTHON") is { Length: > 0 } configured ? configured : "/usr/bin/python3";

    /// <summary>Whether the facts run: the interpreter and the typeshed are there, or this is CI (where their absence is a failure).</summary>
    public static bool Available { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || (File.Exists(Python) && Directory.Exists(Path.Combine(MypyTypeshed, "stdlib")));

    public TypeshedFactAttribute()
    {
        if (!Available)
        {
            Skip = $"needs {Python} and mypy's typeshed at {MypyTypeshed} (apt-get install python3 python3-mypy, or bash .ci/install-deps)";
        }
    }
}
