using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
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
        int members = bindings.AssertBoundAndCompiledCleanly(output, $"typeshed {TypeshedFactAttribute.MypyTypeshed} stdlib");

        // Every module has its binding, except those the generator degrades with a diagnostic (listed with the reason).
        Assert.Equal(Unbindable.Keys.Order(StringComparer.Ordinal), bindings.Unbound());
        Assert.True(bindings.Modules.Count > 400, $"only {bindings.Modules.Count} stdlib modules were found in {TypeshedFactAttribute.MypyTypeshed}");
        Assert.True(members > 20_000, $"only {members} public members were generated");
    }

    [TypeshedFact]
    public void EveryGeneratedMethodOfTheStdlib_IsCallableWithOnlyItsRequiredArguments()
    {
        var clock = Stopwatch.StartNew();
        Compilation compilation = bindings.Harness.OutputCompilation;
        string checkedCalls = GeneratedApi.AssertEveryCallCompiles(
            compilation, GeneratedApi.CallsWithRequiredArguments(compilation, bindings.Namespace, "/src/AllCalls.cs"), 10_000, "generated methods");
        output.WriteLine($"{checkedCalls}, {clock.Elapsed.TotalSeconds:F1} s");
    }

    [TypeshedFact]
    public void EveryRequiredParameterOfTheStdlibThatTakesNone_TakesANullLiteral()
    {
        Compilation compilation = bindings.Harness.OutputCompilation;
        output.WriteLine(GeneratedApi.AssertEveryCallCompiles(
            compilation, GeneratedApi.CallsPassingNullForNone(compilation, bindings.Namespace, "/src/NullCalls.cs"), 500, "parameters taking None"));
    }
}

/// <summary>The stdlib modules typeshed lists for the running interpreter, described without imports and bound together.</summary>
public sealed class TypeshedBindings() : StubBindings("App.Typeshed", () => StdlibModules(TypeshedFactAttribute.MypyTypeshed), modules => new NormalizationRequest(modules)
{
    Typeshed = [TypeshedFactAttribute.MypyTypeshed],
    FindTypeshed = false,
    AllowImports = false,
})
{
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
