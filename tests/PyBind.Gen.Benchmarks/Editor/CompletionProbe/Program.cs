using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;

// CompletionProbe <receiver> <repeats> <assembly name> [--source <file or folder>]... [<reference.dll>]...
// A console project's Program.cs ending in "var m = <receiver>." in a workspace over the .NET reference assemblies and
// the given references (and each --source file, every .cs file of a --source folder, compiled with it); then <repeats> times a
// statement typed on the second line followed by a completion at the end. Prints one JSON line: the items listed and
// the median CPU and wall-clock milliseconds of a completion right after an edit.
string receiver = args[0];
int repeats = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
string assemblyName = args[2];
var sources = new List<string>();
var references = new List<string>();
for (int i = 3; i < args.Length; i++)
{
    if (args[i] == "--source")
    {
        string source = args[++i];
        sources.AddRange(File.Exists(source) ? [source] : Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories));
    }
    else
        references.Add(args[i]);
}

string referencePack = Directory.GetDirectories(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"))
    .OrderBy(path => Version.Parse(Path.GetFileName(path))).Last();
var metadata = Directory.GetFiles(Path.Combine(referencePack, "ref", "net10.0"), "*.dll").Concat(references)
    .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));

using var workspace = new AdhocWorkspace(MefHostServices.Create(MefHostServices.DefaultAssemblies));
var projectId = ProjectId.CreateNewId();
var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(projectId, VersionStamp.Create(), assemblyName, assemblyName, LanguageNames.CSharp,
    compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable),
    parseOptions: new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse),
    metadataReferences: metadata));
const string FirstLine = "using System;\n";
var programId = DocumentId.CreateNewId(projectId);
solution = solution.AddDocument(programId, "Program.cs", SourceText.From(FirstLine + "Console.WriteLine(\"start\");\nvar m = " + receiver + "."));
foreach (string source in sources)
    solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(source), SourceText.From(File.ReadAllText(source)), filePath: source);
workspace.TryApplyChanges(solution);

var cpu = new List<double>();
var wall = new List<double>();
int items = 0;
for (int edit = 0; edit <= repeats; edit++)
{
    // As in an editor: the edit is applied first, then the completion asked for; the new compilation is built lazily
    // by the completion itself. The first round (JIT, the first compilation) is not counted.
    var document = workspace.CurrentSolution.GetDocument(programId)!;
    var text = await document.GetTextAsync();
    text = text.WithChanges(new TextChange(new TextSpan(FirstLine.Length, 0), $"int edit{edit} = {edit};\n"));
    workspace.TryApplyChanges(document.WithText(text).Project.Solution);
    document = workspace.CurrentSolution.GetDocument(programId)!;

    var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    long started = Stopwatch.GetTimestamp();
    var list = await CompletionService.GetService(document)!.GetCompletionsAsync(document, text.Length);
    double wallMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    process.Refresh();
    if (edit == 0)
    {
        items = list.ItemsList.Count;
        continue;
    }
    cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
    wall.Add(wallMs);
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
Console.WriteLine(FormattableString.Invariant($"{{\"items\": {items}, \"cpu_ms\": {Median(cpu):F2}, \"wall_ms\": {Median(wall):F2}}}"));
return 0;
