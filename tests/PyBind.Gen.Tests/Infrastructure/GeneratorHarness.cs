using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Emit;

namespace PyBind.Gen.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="PyBindGenerator"/> the way the compiler does, with step tracking on, and keeps the driver so a
/// test can edit the inputs and run again to observe what was cached.
/// </summary>
internal sealed class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    private readonly Dictionary<string, AdditionalText> _stubs = new(StringComparer.Ordinal);
    private readonly CSharpParseOptions _parseOptions;
    private GeneratorDriver _driver;

    private GeneratorHarness(CSharpCompilation compilation, IEnumerable<AdditionalText> stubs, CSharpParseOptions parseOptions)
    {
        Compilation = compilation;
        _parseOptions = parseOptions;
        foreach (AdditionalText stub in stubs)
        {
            _stubs[stub.Path] = stub;
        }

        _driver = CSharpGeneratorDriver.Create(
            [new PyBindGenerator().AsSourceGenerator()],
            additionalTexts: _stubs.Values,
            parseOptions: parseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public CSharpCompilation Compilation { get; private set; }

    public GeneratorDriverRunResult LastRun { get; private set; } = null!;

    /// <summary>The compilation with the generated files added, after the last run.</summary>
    public Compilation OutputCompilation { get; private set; } = null!;

    public GeneratorRunResult Result => LastRun.Results.Single();

    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    public static GeneratorHarness Create(IEnumerable<string> sources, params (string Path, string Text)[] stubs) =>
        Create(sources, ParseOptions, stubs);

    /// <summary>
    /// Binds the stub <paramref name="body"/> (importing <c>collections.abc</c> and <c>typing</c>) as the module <c>mod</c>,
    /// declared <c>App.Mod</c>.
    /// </summary>
    public static GeneratorHarness BindModule(string body) =>
        Create(["using PyBind;\nnamespace App;\n[PyImport(\"mod\")] public static partial class Mod;"], ("/stubs/mod.pyi", TestStubs.WithHeader("mod", "import collections.abc\nimport typing\n" + body)));

    /// <summary>A harness whose sources (and generated files) are parsed with <paramref name="parseOptions"/>: an older C#.</summary>
    public static GeneratorHarness Create(IEnumerable<string> sources, CSharpParseOptions parseOptions, params (string Path, string Text)[] stubs)
    {
        CSharpCompilation compilation = CreateCompilation(sources, parseOptions);
        return new GeneratorHarness(compilation, stubs.Select(s => new InMemoryAdditionalText(s.Path, s.Text)), parseOptions).Run();
    }

    public static CSharpCompilation CreateCompilation(IEnumerable<string> sources, CSharpParseOptions? parseOptions = null) =>
        CSharpCompilation.Create(
            "PyBindGenTests",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions ?? ParseOptions, path: $"/src/Source{i}.cs")),
            ReferenceAssemblies.NetWithRuntime,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // Documentation comments are checked (generated docs must be well-formed), but the tests' own types have none.
                .WithSpecificDiagnosticOptions([new("CS1591", ReportDiagnostic.Suppress)]));

    public GeneratorHarness Run()
    {
        _driver = _driver.RunGeneratorsAndUpdateCompilation(Compilation, out Compilation output, out _);
        OutputCompilation = output;
        LastRun = _driver.GetRunResult();
        return this;
    }

    public GeneratorHarness AddSource(string source)
    {
        Compilation = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, _parseOptions, path: $"/src/Added{Compilation.SyntaxTrees.Length}.cs"));
        return Run();
    }

    /// <summary>Adds a stub carrier (a C# file of comments, <c>&lt;module&gt;.pyi.cs</c>), as a language server adds the one the stub watcher wrote.</summary>
    public GeneratorHarness AddCarrier(string text)
    {
        Compilation = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(text, _parseOptions, path: $"/obj/pybind/editor/Added{Compilation.SyntaxTrees.Length}.pyi.cs"));
        return Run();
    }

    public GeneratorHarness ReplaceSource(string oldSourceContaining, string newSource)
    {
        SyntaxTree old = Compilation.SyntaxTrees.Single(t => t.ToString().Contains(oldSourceContaining, StringComparison.Ordinal));
        Compilation = Compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(newSource, _parseOptions, path: old.FilePath));
        return Run();
    }

    public GeneratorHarness ReplaceStub(string path, string text)
    {
        var replacement = new InMemoryAdditionalText(path, text);
        _driver = _driver.ReplaceAdditionalText(_stubs[path], replacement);
        _stubs[path] = replacement;
        return Run();
    }

    /// <summary>Runs the driver over <paramref name="compilation"/> without keeping it (for rooting tests).</summary>
    public void RunOver(CSharpCompilation compilation)
    {
        Compilation = compilation;
        _driver = _driver.RunGenerators(compilation);
        LastRun = _driver.GetRunResult();
        OutputCompilation = null!;
    }

    /// <summary>The reasons of every output of a tracked step in the last run.</summary>
    public IReadOnlyList<IncrementalStepRunReason> Reasons(string stepName) =>
        Result.TrackedSteps.TryGetValue(stepName, out ImmutableArray<IncrementalGeneratorRunStep> steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList()
            : [];

    /// <summary>The reasons of a tracked step's outputs whose value satisfies <paramref name="select"/>.</summary>
    public IReadOnlyList<IncrementalStepRunReason> Reasons<T>(string stepName, Func<T, bool> select) =>
        Result.TrackedSteps[stepName]
            .SelectMany(s => s.Outputs)
            .Where(o => o.Value is T value && select(value))
            .Select(o => o.Reason)
            .ToList();

    /// <summary>
    /// What the PYB analyzers report on the compilation the last run produced (with the stubs as additional files), as
    /// the compiler runs them after the generators, and as an editor runs them on each document.
    /// </summary>
    public ImmutableArray<Diagnostic> AnalyzerDiagnostics() =>
        OutputCompilation
            .WithAnalyzers([new PyImportAnalyzer(), new PythonNameAnalyzer()], new AnalyzerOptions([.. _stubs.Values]))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>Every PYB diagnostic a build of the last run's compilation shows: the generator's, then the analyzers'.</summary>
    public ImmutableArray<Diagnostic> BuildDiagnostics() => GeneratorDiagnostics.AddRange(AnalyzerDiagnostics());

    public string GeneratedSource(string hintName) =>
        Result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>
    /// Errors and warnings of the compilation including the generated files, with the nullable warnings that generated
    /// files turn off for their users turned back on: a possible null dereference in generated code is our mistake.
    /// </summary>
    public IEnumerable<Diagnostic> OutputProblems()
    {
        Compilation strict = OutputCompilation;
        foreach (GeneratedSourceResult generated in Result.GeneratedSources)
        {
            int directive = generated.SourceText.ToString().IndexOf(BindingEmitter.NullableWarningsOff, StringComparison.Ordinal);
            if (directive < 0)
            {
                throw new InvalidOperationException($"'{generated.HintName}' does not turn nullable warnings off as every generated file does: update {nameof(OutputProblems)}.");
            }

            // As long as the directive it replaces, so every diagnostic keeps its position in the generated file.
            var warningsOn = new TextChange(new TextSpan(directive, BindingEmitter.NullableWarningsOff.Length), "#nullable enable warnings ");
            strict = strict.ReplaceSyntaxTree(generated.SyntaxTree, generated.SyntaxTree.WithChangedText(generated.SourceText.WithChanges(warningsOn)));
        }

        return strict.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);
    }
}
