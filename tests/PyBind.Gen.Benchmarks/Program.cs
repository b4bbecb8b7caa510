using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen;
using PyBind.Gen.Emit;

// Measures the generator over every numpy stub (or the module given with --module): cold (the first run in this
// process, JIT included), warm (a new driver once the code is jitted), and an unrelated edit after a run (every step
// should be cached). --dump DIR writes the generated files; --stats prints what was bound and how precisely; --steps
// times the cold run's pipeline steps; --cold-only stops after the cold run (and --compile, --stats); --all binds every stub of the folder
// (one class each, as a project binding a package and each of its submodules would) instead of one module; --modules a,b
// binds those modules, one class each (a project with one [PyImport] per library); --compile RUNTIME.dll generates with
// that runtime referenced and compiles the generated code against it, as a user's build does; --analyzers then also
// times the PYB analyzers on a file of user code calling numpy.
//   dotnet run -c Release --project tests/PyBind.Gen.Benchmarks -- [--stubs DIR] [--module numpy | --modules a,b | --all] [--dump DIR] [--stats] [--steps] [--cold-only] [--compile RUNTIME.dll [--analyzers]]
string stubsDirectory = Option("--stubs") ?? StubsDirectory();
string module = Option("--module") ?? "numpy";
string? dump = Option("--dump");
bool stats = args.Contains("--stats");
bool steps = args.Contains("--steps");

bool all = args.Contains("--all");
string? runtime = Option("--compile");
string[]? modules = Option("--modules")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
string[] stubPaths = Directory.GetFiles(stubsDirectory, "*.pyi")
    .Where(p => all || modules is not null || module != "numpy" || Path.GetFileName(p).StartsWith("numpy", StringComparison.Ordinal))
    .OrderBy(p => p, StringComparer.Ordinal)
    .ToArray();
if (stubPaths.Length == 0)
{
    Console.Error.WriteLine($"No stubs in {stubsDirectory} (set PYBIND_STUBS_DIR or pass --stubs).");
    return 1;
}

AdditionalText[] stubs = stubPaths.Select(p => (AdditionalText)new FileText(p, File.ReadAllText(p))).ToArray();
long bytes = stubPaths.Sum(p => new FileInfo(p).Length);
Console.WriteLine($"{stubs.Length} stubs, {bytes / 1024} KiB, from {stubsDirectory}; binding {(all ? "every module" : modules is not null ? $"{modules.Length} modules" : $"'{module}'")} with the {GeneratorFlavour()} generator");
string[] bound = all ? [.. stubPaths.Select(p => Path.GetFileNameWithoutExtension(p))] : modules ?? [module];
string bindings = "namespace App;\n" + string.Join("\n", bound.Select((m, i) => $"[PyBind.PyImport(\"{m}\")] public static partial class Bound{(bound.Length > 1 ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")};"));

CSharpParseOptions parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
CSharpCompilation compilation = CSharpCompilation.Create(
    "Bench",
    [
        CSharpSyntaxTree.ParseText("namespace PyBind { [System.AttributeUsage(System.AttributeTargets.Class)] public sealed class PyImportAttribute(string module) : System.Attribute { } }", parseOptions),
        CSharpSyntaxTree.ParseText(bindings, parseOptions),
        CSharpSyntaxTree.ParseText("namespace App; public class Unrelated { public int Value => 1; }", parseOptions, path: "Unrelated.cs"),
    ],
    // With --compile, the runtime is referenced while generating too, as in a user's build: the generator asks the
    // referenced runtime what it offers (awaiting coroutines), and binds less precisely without it.
    runtime is null
        ? [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]
        : [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(runtime)],
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

GeneratorDriver NewDriver(bool trackSteps = false) => CSharpGeneratorDriver.Create(
    [new PyBindGenerator().AsSourceGenerator()], stubs, parseOptions,
    driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

var statistics = new List<BindingStatistics>();
BindingEmitter.StatisticsObserver = statistics.Add;

// Warm Roslyn's own driver code on an empty run, so "cold" measures the generator rather than the compiler's JIT.
CSharpGeneratorDriver.Create([new PyBindGenerator().AsSourceGenerator()], [], parseOptions).RunGenerators(compilation);

// What the cold run spends besides the generator's own work: compiling it (JIT) and collecting its garbage.
TimeSpan jitStart = System.Runtime.JitInfo.GetCompilationTime();
long methodsStart = System.Runtime.JitInfo.GetCompiledMethodCount();
TimeSpan pauseStart = GC.GetTotalPauseDuration();
long allocatedStart = GC.GetTotalAllocatedBytes(precise: true);
var clock = Stopwatch.StartNew();
TimeSpan cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
GeneratorDriver driver = NewDriver(trackSteps: steps).RunGenerators(compilation);
TimeSpan cold = clock.Elapsed;
TimeSpan coldCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
int coldStatistics = statistics.Count;  // the cold run's bindings (later runs add theirs)
double jitted = (System.Runtime.JitInfo.GetCompilationTime() - jitStart).TotalMilliseconds;
long methods = System.Runtime.JitInfo.GetCompiledMethodCount() - methodsStart;
double paused = (GC.GetTotalPauseDuration() - pauseStart).TotalMilliseconds;
long coldAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedStart;
GeneratorRunResult result = driver.GetRunResult().Results.Single();
long generatedChars = result.GeneratedSources.Sum(s => (long)s.SourceText.Length);
Console.WriteLine($"cold:  {cold.TotalMilliseconds,8:F1} ms wall, {coldCpu.TotalMilliseconds,8:F1} ms CPU  ({result.GeneratedSources.Length} files, {generatedChars / 1024} KiB of C#, {result.Diagnostics.Length} diagnostics{(result.Exception is null ? "" : ", EXCEPTION " + result.Exception)})");
Console.WriteLine($"       JIT {jitted:F0} ms for {methods} methods (any thread), GC pauses {paused:F0} ms, {coldAllocated >> 20} MiB allocated");
if (steps)
{
    // Where the cold run went, by pipeline step (Roslyn's own timing of each step's items, summed).
    foreach (KeyValuePair<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> step in result.TrackedSteps.OrderByDescending(s => s.Value.Sum(r => r.ElapsedTime.TotalMilliseconds)))
    {
        Console.WriteLine($"       step {step.Key,-18} {step.Value.Sum(r => r.ElapsedTime.TotalMilliseconds),7:F1} ms  ({step.Value.Length} items)");
    }
}

foreach (Diagnostic diagnostic in result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(10))
{
    Console.WriteLine("  " + diagnostic);
}

if (dump is not null)
{
    Directory.CreateDirectory(dump);
    foreach (GeneratedSourceResult source in result.GeneratedSources)
    {
        File.WriteAllText(Path.Combine(dump, source.HintName), source.SourceText.ToString());
    }

    File.WriteAllLines(Path.Combine(dump, "diagnostics.txt"), result.Diagnostics.Select(d => d.ToString()));
}

if (runtime is not null)
{
    // Compile the generated code against the reference pack and the runtime, as a user's build would.
    string packs = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref");
    string refDir = Directory.GetDirectories(packs).Select(v => Path.Combine(v, "ref", $"net{Environment.Version.Major}.0")).Where(Directory.Exists).OrderByDescending(d => d).First();
    var references = Directory.GetFiles(refDir, "*.dll").Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).Append(MetadataReference.CreateFromFile(runtime)).ToList();
    CSharpParseOptions docs = parseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
    var trees = result.GeneratedSources.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, docs, path: s.HintName)).ToList();
    trees.Add(CSharpSyntaxTree.ParseText(bindings, docs, path: "Bound.cs"));
    var check = CSharpCompilation.Create("Check", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    clock.Restart();
    var problems = check.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    Console.WriteLine($"compiled in {clock.Elapsed.TotalSeconds:F1} s: {problems.Count(d => d.Severity == DiagnosticSeverity.Error)} errors, {problems.Count(d => d.Severity == DiagnosticSeverity.Warning)} warnings");
    foreach (var group in problems.GroupBy(d => d.Id).OrderByDescending(g => g.Count()))
    {
        Console.WriteLine($"  {group.Count(),6} {group.Key}: {group.First()}");
    }

    if (dump is not null)
    {
        File.WriteAllLines(Path.Combine(dump, "compile.txt"), problems.Select(d => d.ToString()));
    }

    if (args.Contains("--analyzers") && module == "numpy")
    {
        MeasureAnalyzers(check, docs);
    }
}

if (stats)
{
    var s = new BindingStatistics(module);
    statistics.Take(coldStatistics).ToList().ForEach(s.Add);
    Console.WriteLine($"bound: {s.Members} members ({s.Classes} classes): {s.FullyTyped} fully typed, {s.AnyInStub} with object/PyObject only where the stub says Any, {s.Degraded} degraded; {s.Skipped} skipped");
    foreach (IGrouping<string, string> reason in s.Reasons.GroupBy(r => r, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Take(12))
    {
        Console.WriteLine($"  {reason.Count(),6}  {reason.Key}");
    }
}

if (args.Contains("--cold-only"))
{
    return 0;
}

if (args.Contains("--phases"))
{
    // The stages one by one, warm: reading the stubs (on every core), arranging the bindings, lowering and writing.
    for (int round = 0; round < 4; round++)
    {
        TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        long allocated0 = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        var index = PyBind.Gen.StubIndex.Create([.. stubs.Select(s => PyBind.Gen.Stubs.StubReader.Open(s.Path, s.GetText()!))], CancellationToken.None);
        double parse = clock.Elapsed.TotalMilliseconds;
        long allocatedRead = GC.GetTotalAllocatedBytes(precise: true) - allocated0;
        clock.Restart();
        var target = new PyBind.Gen.Model.TargetTypeSpec("App", PyBind.Gen.Helpers.EquatableArray<PyBind.Gen.Model.ContainingTypeSpec>.Empty, "Bound", PyBind.Gen.Helpers.EquatableArray<string>.Empty, Accessibility.Public, "App.Bound");
        var catalog = PyBind.Gen.BindingCatalog.Create([new PyBind.Gen.BindingTarget(target, module)], index, CancellationToken.None);
        var tree = catalog.Trees[0];
        var spec = new PyBind.Gen.Model.BindingSpec(target, tree.Modules, catalog.Environment, PyBind.Gen.Model.RuntimeFeatures.None);
        double arrange = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        BindingEmitter.Emit(spec, CancellationToken.None);
        double emit = clock.Elapsed.TotalMilliseconds;
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated0;
        Console.WriteLine($"phases: read {parse,7:F1} ms   arrange {arrange,6:F1} ms   lower+write {emit,7:F1} ms   (CPU for all three {cpu,7:F1} ms; allocated {allocatedRead >> 20} MiB reading, {(allocated - allocatedRead) >> 20} MiB after)");
    }
}

var warm = new List<double>();
var warmCpu = new List<double>();
for (int i = 0; i < 5; i++)
{
    TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
    clock.Restart();
    NewDriver().RunGenerators(compilation);
    warm.Add(clock.Elapsed.TotalMilliseconds);
    warmCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds);
}

Console.WriteLine($"warm:  {warm.Min(),8:F1} ms wall, {warmCpu.Min(),8:F1} ms CPU  (best of {warm.Count}; median wall {warm.OrderBy(t => t).ElementAt(warm.Count / 2):F1} ms)");

var edits = new List<double>();
SyntaxTree unrelated = compilation.SyntaxTrees.Single(t => t.FilePath == "Unrelated.cs");
for (int i = 0; i < 20; i++)
{
    CSharpCompilation edited = compilation.ReplaceSyntaxTree(unrelated, CSharpSyntaxTree.ParseText($"namespace App; public class Unrelated {{ public int Value => {i + 2}; }}", parseOptions, path: "Unrelated.cs"));
    clock.Restart();
    driver = driver.RunGenerators(edited);
    edits.Add(clock.Elapsed.TotalMilliseconds);
    unrelated = edited.SyntaxTrees.Single(t => t.FilePath == "Unrelated.cs");
    compilation = edited;
}

Console.WriteLine($"unrelated edit: {edits.OrderBy(t => t).ElementAt(edits.Count / 2),8:F3} ms  (median of {edits.Count}; max {edits.Max():F3} ms)");
return 0;

// What the PYB analyzers cost on a user's file of numpy calls (the generated files are skipped, as they are
// auto-generated): PyImportAnalyzer alone, then with PythonNameAnalyzer, on correct code and on code where every
// method writes one Python spelling; each on a fresh copy of the compilation (nothing bound is shared), the second of
// two rounds. Wall time includes binding the user's file for the analyzers; the per-analyzer time is Roslyn's own.
static void MeasureAnalyzers(CSharpCompilation check, CSharpParseOptions options)
{
    static string UserCode(bool pythonSpelling) => "namespace App;\npublic static class UserCode\n{\n" + string.Concat(Enumerable.Range(0, 300).Select(i =>
        $"    public static double M{i}()\n    {{\n        using var a = Bound.{(pythonSpelling ? "linspace" : "Linspace")}(0.0, 1.0, num: {i + 2});\n"
        + $"        using var b = Bound.Reshape(Bound.Arange({i + 6}L), new long[] {{ 2, 3 }}) * 2.0;\n        return Bound.Pi * {i};\n    }}\n")) + "}\n";

    foreach (bool pythonSpelling in new[] { false, true })
    {
        CSharpCompilation user = check.AddSyntaxTrees(CSharpSyntaxTree.ParseText(UserCode(pythonSpelling), options, path: "UserCode.cs"));
        int errors = user.GetSemanticModel(user.SyntaxTrees[^1]).GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        var times = new Dictionary<string, double>();
        for (int round = 0; round < 2; round++)
        {
            foreach (DiagnosticAnalyzer[] analyzers in new[] { new DiagnosticAnalyzer[] { new PyImportAnalyzer() }, [new PyImportAnalyzer(), new PythonNameAnalyzer()] })
            {
                var withAnalyzers = user.WithAnalyzers([.. analyzers], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
                var clock = Stopwatch.StartNew();
                int reported = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
                double wall = clock.Elapsed.TotalMilliseconds;
                string key = string.Join("+", analyzers.Select(a => a.GetType().Name));
                times[key] = wall;
                if (round == 1)
                {
                    string own = string.Join(", ", analyzers.Select(a => $"{a.GetType().Name} {withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds:F1} ms"));
                    Console.WriteLine($"analyzers ({(pythonSpelling ? "300 Python spellings" : "correct code")}, {errors} C# errors): {key,-40} {wall,8:F1} ms wall, {reported} diagnostics; own time: {own}");
                }
            }
        }

        double[] pair = [.. times.Values];
        Console.WriteLine($"  ratio with PythonNameAnalyzer / without: {pair[1] / pair[0]:F2}");
    }
}

string? Option(string name)
{
    int index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

// ReadyToRun images carry a managed native header; the IL-only build does not.
static string GeneratorFlavour()
{
    using var reader = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(typeof(PyBindGenerator).Assembly.Location));
    return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0 ? "ReadyToRun" : "IL";
}

static string StubsDirectory()
{
    for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        string candidate = Path.Combine(directory.FullName, "stubs-cache");
        if (Directory.Exists(candidate) && Directory.GetFiles(candidate, "*.pyi").Length > 0)
        {
            return candidate;
        }
    }

    return Environment.GetEnvironmentVariable("PYBIND_STUBS_DIR") ?? "stubs-cache";
}

/// <summary>A stub as the compiler hands it to the generator.</summary>
internal sealed class FileText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
