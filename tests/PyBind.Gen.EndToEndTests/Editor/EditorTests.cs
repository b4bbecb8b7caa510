using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using PyBind.Testing;
using Xunit;
using Xunit.Abstractions;

namespace PyBind.Gen.EndToEndTests.Editor;

/// <summary>
/// A new user in an editor: csharp-ls (a Roslyn language server, installed by .ci/install-deps) driven over LSP on a new
/// console project with the packed PyBind.Gen, before any command-line build.
/// </summary>
[Trait("Category", "Numpy")]
[Collection(PackedSolution.Name)]
public sealed class EditorTests(NewUserFixture fixture, ITestOutputHelper output)
{
    private const string Bindings = """
        using PyBind;

        [PyImport("numpy")] static partial class Np;
        [PyImport("statistics")] static partial class Stats;
        [PyImport("shapes")] static partial class Shapes;

        """;

    private const string Program = """
        Console.WriteLine(Np.Linspace(0.0, 1.0, num: 3));
        Console.WriteLine(Stats.Mean(new[] { 1.0, 2.0 }));
        Console.WriteLine(Shapes.Area(2.0));
        """;

    private const string ShapesModule = """
        def area(radius: float) -> float:
            "The area of a circle."
            return 3.14159 * radius * radius
        """;

    [EditorFact]
    public void NewProject_HasMembersBeforeAnyBuild_AndPYBDiagnosticsArePublishedWhereTheUserTypes()
    {
        string project = fixture.NewPyBindProject("Editor", ("Bindings.cs", Bindings), ("Program.cs", Program), ("shapes.py", ShapesModule));
        Assert.False(Directory.Exists(Path.Combine(project, "pybind-stubs")), "the project should start without stubs");

        using LanguageServer server = StartServer(project);
        string program = Uri(project, "Program.cs"), bindings = Uri(project, "Bindings.cs");
        server.Notify("textDocument/didOpen", Document(program, Program));

        // Members of a module installed for the interpreter, of the standard library and of the project's own .py file.
        Assert.Contains("Linspace", CompletionLabels(server, program, line: 0, character: 21));
        Assert.Contains("Mean", CompletionLabels(server, program, line: 1, character: 24));
        Assert.Contains("Area", CompletionLabels(server, program, line: 2, character: 25));
        Assert.True(File.Exists(Path.Combine(project, "pybind-stubs", "shapes.pyi")), "the editor's project load should have written the stubs");

        // Python's spelling from numpy's docs, typed into Program.cs: the C# name is published where it was typed.
        int typed = server.NotificationCount;
        server.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = program, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = Program.Replace("Np.Linspace", "Np.linspace", StringComparison.Ordinal) }),
        });
        JsonNode spelling = Diagnostic(server.WaitFor(
            "textDocument/publishDiagnostics",
            parameters => (string?)parameters["uri"] == program && Codes(parameters).Contains("PYB0013"),
            "PYB0013 published for Program.cs",
            typed).Parameters, "PYB0013");
        Assert.Equal("'linspace' is Python's name; in C# it is 'Linspace' (Np.Linspace)", (string)spelling["message"]!);
        Assert.Equal((0, 21), ((int)spelling["range"]!["start"]!["line"]!, (int)spelling["range"]!["start"]!["character"]!));
        Assert.Equal(2, (int)spelling["severity"]!);

        // A declaration that is not static partial and a module that does not exist, typed into the open Bindings.cs.
        server.Notify("textDocument/didOpen", Document(bindings, Bindings));
        int before = server.NotificationCount;
        string broken = Bindings.Replace("static partial class Shapes", "partial class Shapes", StringComparison.Ordinal) + "[PyImport(\"no_such_module_pybind\")] static partial class Nope;\n";
        server.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = bindings, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = broken }),
        });
        JsonObject published = server.WaitFor(
            "textDocument/publishDiagnostics",
            parameters => (string?)parameters["uri"] == bindings && Codes(parameters).Contains("PYB0004"),
            "PYB0004 published for Bindings.cs",
            before).Parameters;

        JsonNode notStatic = Diagnostic(published, "PYB0001");
        Assert.Equal(4, (int)notStatic["range"]!["start"]!["line"]!);
        Assert.Contains("write 'static partial class Shapes'", (string)notStatic["message"]!, StringComparison.Ordinal);
        Assert.Equal(1, (int)notStatic["severity"]!);
        JsonNode noStub = Diagnostic(published, "PYB0004");
        Assert.Equal(5, (int)noStub["range"]!["start"]!["line"]!);
        Assert.Contains("'no_such_module_pybind' installed", (string)noStub["message"]!, StringComparison.Ordinal);
    }

    [EditorFact]
    public void GoToDefinition_LandsOnTheMemberUnderItsPythonSignatureAndStub()
    {
        string project = fixture.NewPyBindProject("Definition", ("Bindings.cs", Bindings), ("Program.cs", Program), ("shapes.py", ShapesModule));
        using LanguageServer server = StartServer(project);
        string program = Uri(project, "Program.cs");
        server.Notify("textDocument/didOpen", Document(program, Program));

        // The signatures as Python gives them, for the stubs' signatures to be checked against.
        string[] linspaceParameters = Python(project, "import inspect, numpy; print(*inspect.signature(numpy.linspace).parameters)").Split(' ');
        string area = Python(project, "import inspect, shapes; print('shapes.area' + str(inspect.signature(shapes.area)))");

        (string[] source, int line) = Definition(server, program, line: 0, character: 22, "Definition.PyBindings", "Np");
        Assert.Contains("Linspace(", source[line], StringComparison.Ordinal);
        string[] remarks = RemarksAbove(source, line);
        Assert.Equal("/// <para>Stub: <c>pybind-stubs/numpy.pyi</c></para>", remarks[^1]);
        string[] signatures = remarks.Where(l => l.StartsWith("/// <para><c>numpy.linspace(", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(signatures);
        foreach (string signature in signatures)
        {
            int[] at = linspaceParameters.Select(name => signature.IndexOf(name + ":", StringComparison.Ordinal)).ToArray();
            Assert.True(at.All(i => i > 0) && at.SequenceEqual(at.Order()), $"'{signature}' should name Python's parameters {string.Join(", ", linspaceParameters)} in order");
        }

        // The view is of the bindings' reference assembly: declarations under their docs, not the calls' marshalling.
        Assert.DoesNotContain(source, l => l.Contains("PyMarshal.", StringComparison.Ordinal));

        (source, line) = Definition(server, program, line: 2, character: 27, "Definition.PyBindings", "Shapes");
        Assert.Contains("double Area(double radius)", source[line], StringComparison.Ordinal);
        Assert.Equal(
            [
                $"/// <para><c>{area.Replace(">", "&gt;", StringComparison.Ordinal)}</c></para>",
                "/// <para>Stub: <c>pybind-stubs/shapes.pyi</c></para>",
            ],
            RemarksAbove(source, line));
    }

    [EditorFact]
    public void OpenedBindingsFile_KeepsNumpysMembersAndDocs_AndTheBuildStillCallsPython()
    {
        string project = fixture.NewPyBindProject("Opened", ("Bindings.cs", Bindings), ("Program.cs", Program), ("shapes.py", ShapesModule));
        string linspace = Python(project, "import numpy; print(numpy.linspace(0.0, 1.0, num=3))");
        using (LanguageServer server = StartServer(project))
        {
            string program = Uri(project, "Program.cs"), bindings = Uri(project, "Bindings.cs");
            server.Notify("textDocument/didOpen", Document(program, Program));
            // Opened, Bindings.cs is source again in csharp-ls (beside the precompiled bindings): its classes are bound
            // there as declarations only, which completion and hover need, and are still complete after an edit.
            server.Notify("textDocument/didOpen", Document(bindings, Bindings));
            server.Notify("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = program, ["version"] = 2 },
                ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = Program }),
            });
            string[] labels = CompletionLabels(server, program, line: 0, character: 21);
            Assert.Contains("Linspace", labels);
            Assert.Contains("Ndarray", labels);
            Assert.Contains("Linalg", labels);
            Assert.Contains("Mean", CompletionLabels(server, program, line: 1, character: 24));

            JsonNode? hover = server.Request("textDocument/hover", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = program },
                ["position"] = new JsonObject { ["line"] = 0, ["character"] = 23 },
            });
            string shown = hover?["contents"]?["value"]?.ToString() ?? hover?["contents"]?.ToJsonString() ?? string.Empty;
            Assert.Contains("Return evenly spaced numbers over a specified interval.", shown, StringComparison.Ordinal);
        }

        // The program a build makes calls Python: it uses the precompiled bindings, never the editor's declarations.
        Command.Result build = Command.Run("dotnet", ["build", "-nologo", "-p:PyBindPython=/usr/bin/python3"], project);
        Assert.True(build.ExitCode == 0, build.Output);
        Command.Result run = Command.Run("dotnet", ["run", "--no-build"], project);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(linspace, run.Output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')[0]);
    }

    [EditorFact]
    public void SavedOwnModule_ShowsItsNewMembersWithoutABuildOrARestart()
    {
        string project = fixture.NewPyBindProject("Watch", ("Bindings.cs", Bindings), ("Program.cs", Program), ("shapes.py", ShapesModule));
        var watchers = new List<string>();
        using (LanguageServer server = StartServer(project, watchers))
        {
            string program = Uri(project, "Program.cs");
            server.Notify("textDocument/didOpen", Document(program, Program));
            Assert.DoesNotContain("Perimeter", CompletionLabels(server, program, line: 2, character: 25));

            // Saved as an editor saves it; the editor then reports what changed among the files the server watches
            // (csharp-ls registers its globs at start), as it would for any C# file, in obj/ too.
            var editor = new WatchedFiles(project, watchers);
            var clock = Stopwatch.StartNew();
            File.AppendAllText(Path.Combine(project, "shapes.py"), """


                def perimeter(radius: float) -> float:
                    "The perimeter of a circle."
                    return 2 * 3.14159 * radius
                """);
            UntilListed(server, editor, program, line: 2, character: 25, "Perimeter", "after shapes.py was saved");
            output.WriteLine($"Perimeter listed {clock.Elapsed.TotalSeconds:0.0} s after shapes.py was saved");
            Assert.Contains("Area", CompletionLabels(server, program, line: 2, character: 25));
        }

        // The watcher goes with the editor: no process is left behind.
        string pidFile = Directory.GetFiles(Path.Combine(project, "obj"), "watcher.pid", SearchOption.AllDirectories).Single();
        string pid = File.ReadAllText(pidFile).Trim();
        HangGuard.Until(() => !Directory.Exists("/proc/" + pid), () => Thread.Sleep(250), $"the stub watcher ({pid}) to exit with the editor");
    }

    [EditorFact]
    public void PyImportsAddedAndRenamedInTheEditor_AreBoundOnceSaved_AndLeaveNoStaleErrors()
    {
        const string bindings = """
            using PyBind;

            [PyImport("statistics")] static partial class Stats;
            [PyImport("shapes")] static partial class Shapes;

            """;
        const string program = """
            Console.WriteLine(Stats.Mean(new[] { 1.0, 2.0 }));
            Console.WriteLine(Shapes.Area(2.0));
            Console.WriteLine(Colorsys.RgbToHsv(1.0, 0.5, 0.0));
            Console.WriteLine(Text.Dedent("  x"));
            """;
        string project = fixture.NewPyBindProject("Rebind", ("Bindings.cs", bindings), ("Program.cs", program), ("shapes.py", ShapesModule));
        var watchers = new List<string>();
        using LanguageServer server = StartServer(project, watchers);
        string programUri = Uri(project, "Program.cs"), bindingsUri = Uri(project, "Bindings.cs");
        server.Notify("textDocument/didOpen", Document(programUri, program));
        server.Notify("textDocument/didOpen", Document(bindingsUri, bindings));
        int version = 1;
        void Type(string text) => server.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = bindingsUri, ["version"] = ++version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });
        void Save(string text)
        {
            File.WriteAllText(Path.Combine(project, "Bindings.cs"), text);
            server.Notify("textDocument/didSave", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = bindingsUri } });
        }

        // A module typed into the open Bindings.cs: unsaved, only the editor has it (the stub watcher sees files), and
        // the diagnostic says what to do.
        string added = bindings + "[PyImport(\"colorsys\")] static partial class Colorsys;\n";
        int before = server.NotificationCount;
        Type(added);
        JsonObject unsaved = server.WaitFor(
            "textDocument/publishDiagnostics",
            parameters => (string?)parameters["uri"] == bindingsUri && Codes(parameters).Contains("PYB0004"),
            "PYB0004 for the unsaved colorsys",
            before).Parameters;
        Assert.Contains("once the file is saved", (string)Diagnostic(unsaved, "PYB0004")["message"]!, StringComparison.Ordinal);

        // Saved: bound without a build or a restart, and the missing stub's error goes.
        var editor = new WatchedFiles(project, watchers);
        Save(added);
        UntilListed(server, editor, programUri, line: 2, character: 27, "RgbToHsv", "after Bindings.cs was saved with colorsys");
        before = server.NotificationCount;
        Type(added);
        server.WaitFor(
            "textDocument/publishDiagnostics",
            parameters => (string?)parameters["uri"] == bindingsUri && !Codes(parameters).Contains("PYB0004"),
            "Bindings.cs without PYB0004 once colorsys is bound",
            before);

        // A new file of declarations, made and saved in the editor.
        const string wrapping = "using PyBind;\n\n[PyImport(\"textwrap\")] static partial class Text;\n";
        File.WriteAllText(Path.Combine(project, "Wrapping.cs"), wrapping);
        server.Notify("textDocument/didOpen", Document(Uri(project, "Wrapping.cs"), wrapping));
        UntilListed(server, editor, programUri, line: 3, character: 23, "Dedent", "after the new Wrapping.cs was saved");

        // Shapes renamed to geometry (the module and its [PyImport]), after an edit of shapes.py gave the editor a
        // carrier of its stub: the class is geometry's, and nothing of shapes is left to clash with it.
        File.AppendAllText(Path.Combine(project, "shapes.py"), "\n\ndef perimeter(radius: float) -> float:\n    return 2 * 3.14159 * radius\n");
        UntilListed(server, editor, programUri, line: 1, character: 25, "Perimeter", "after shapes.py was saved");
        string shapesCarrier = Directory.GetFiles(Path.Combine(project, "obj"), "shapes.pyi.cs", SearchOption.AllDirectories).Single();
        File.WriteAllText(Path.Combine(project, "geometry.py"), File.ReadAllText(Path.Combine(project, "shapes.py")) + "\n\ndef volume(radius: float) -> float:\n    return 4.18879 * radius ** 3\n");
        File.Delete(Path.Combine(project, "shapes.py"));
        string renamed = added.Replace("[PyImport(\"shapes\")]", "[PyImport(\"geometry\")]", StringComparison.Ordinal);
        Type(renamed);
        Save(renamed);
        UntilListed(server, editor, programUri, line: 1, character: 25, "Volume", "after the rename to geometry was saved");
        HangGuard.Until(() => !File.Exists(shapesCarrier), () => Thread.Sleep(250), "the carrier of the stub of shapes, no longer bound, to go");
        editor.Report(server);
        before = server.NotificationCount;
        server.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = programUri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = program }),
        });
        server.WaitFor(
            "textDocument/publishDiagnostics",
            parameters => (string?)parameters["uri"] == programUri && parameters["diagnostics"]!.AsArray().All(d => (int?)d!["severity"] != 1),
            "Program.cs without errors after the rename",
            before);
        Assert.Contains("Area", CompletionLabels(server, programUri, line: 1, character: 25));
    }

    /// <summary>Reports the files changed on disk, as an editor does, until the completion at a place lists <paramref name="label"/>.</summary>
    private static void UntilListed(LanguageServer server, WatchedFiles editor, string uri, int line, int character, string label, string when) =>
        HangGuard.Until(
            () =>
            {
                editor.Report(server);
                return CompletionLabels(server, uri, line, character).Contains(label);
            },
            () => Thread.Sleep(250),
            $"{label} in the completion at {line}:{character} {when}");

    /// <summary>
    /// An editor's file watcher for the globs a server registered (<c>workspace/didChangeWatchedFiles</c>): what was
    /// created, changed or deleted since the last report, sent as the editor sends it.
    /// </summary>
    private sealed class WatchedFiles
    {
        private readonly string _folder;
        private readonly string[] _extensions;
        private Dictionary<string, DateTime> _seen;

        public WatchedFiles(string folder, List<string> globs)
        {
            _folder = folder;
            // csharp-ls registers "**/*.{cs,csproj,sln,slnx}".
            string glob = Assert.Single(globs);
            Assert.StartsWith("**/*.{", glob, StringComparison.Ordinal);
            _extensions = glob["**/*.{".Length..^1].Split(',').Select(e => "." + e).ToArray();
            Assert.Contains(".cs", _extensions);
            _seen = Scan();
        }

        public void Report(LanguageServer server)
        {
            Dictionary<string, DateTime> now = Scan();
            JsonNode?[] changes = now
                .Where(file => !_seen.TryGetValue(file.Key, out DateTime before) || before != file.Value)
                .Select(file => (JsonNode?)new JsonObject { ["uri"] = new Uri(file.Key).AbsoluteUri, ["type"] = _seen.ContainsKey(file.Key) ? 2 : 1 })
                .Concat(_seen.Keys.Where(file => !now.ContainsKey(file)).Select(file => (JsonNode?)new JsonObject { ["uri"] = new Uri(file).AbsoluteUri, ["type"] = 3 }))
                .ToArray();
            _seen = now;
            if (changes.Length > 0)
                server.Notify("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(changes) });
        }

        private Dictionary<string, DateTime> Scan() => Directory
            .EnumerateFiles(_folder, "*", SearchOption.AllDirectories)
            .Where(file => _extensions.Contains(Path.GetExtension(file), StringComparer.Ordinal) && !file.Contains("/.packages/", StringComparison.Ordinal))
            .ToDictionary(file => file, File.GetLastWriteTimeUtc, StringComparer.Ordinal);
    }

    /// <summary>
    /// Go-to-definition at a position, as an editor with csharp-ls's metadata URIs does it: the location, then the
    /// text of the view it is in (<c>csharp/metadata</c>); the view's lines and the line landed on.
    /// </summary>
    private static (string[] Source, int Line) Definition(LanguageServer server, string uri, int line, int character, string assembly, string type)
    {
        JsonNode? result = server.Request("textDocument/definition", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
        });
        JsonNode location = (result as JsonArray)?.FirstOrDefault() ?? result ?? throw new InvalidOperationException($"no definition at {line}:{character}");
        string target = (string)location["uri"]!;
        JsonNode metadata = server.Request("csharp/metadata", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = target } })
            ?? throw new InvalidOperationException($"no text for {target}");
        Assert.Equal(assembly, (string?)metadata["assemblyName"]);
        Assert.Equal(type, (string?)metadata["symbolName"]);
        return (((string)metadata["source"]!).Split('\n').Select(l => l.Trim()).ToArray(), (int)location["range"]!["start"]!["line"]!);
    }

    /// <summary>The paragraphs of the remarks that end the comment above a declaration (over its attributes).</summary>
    private static string[] RemarksAbove(string[] source, int declaration)
    {
        int end = declaration - 1;
        while (source[end].StartsWith('['))
            end--;
        Assert.Equal("/// </remarks>", source[end]);
        int start = Array.LastIndexOf(source, "/// <remarks>", end);
        return source[(start + 1)..end];
    }

    private static string Python(string project, string code)
    {
        Command.Result run = Command.Run("/usr/bin/python3", ["-c", code], project);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Output.Trim();
    }

    /// <summary>Starts csharp-ls on <paramref name="project"/>; with <paramref name="watchers"/>, as an editor that watches files for it (their globs are added there).</summary>
    private static LanguageServer StartServer(string project, List<string>? watchers = null)
    {
        var start = new ProcessStartInfo(EditorFactAttribute.Server) { WorkingDirectory = project };
        // The interpreter the editor's project load describes modules with, as a user's environment would give it.
        start.Environment["PYBIND_PYTHON"] = "/usr/bin/python3";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        LanguageServer server = LanguageServer.Start(start, request =>
        {
            if ((string?)request["method"] == "workspace/configuration")
                return new JsonArray(((JsonArray)request["params"]!["items"]!).Select(_ => (JsonNode?)Settings()).ToArray());
            if ((string?)request["method"] == "client/registerCapability" && watchers is not null)
            {
                IEnumerable<string> globs = request["params"]!["registrations"]!.AsArray()
                    .Where(r => (string?)r!["method"] == "workspace/didChangeWatchedFiles")
                    .SelectMany(r => r!["registerOptions"]!["watchers"]!.AsArray().Select(w => (string)w!["globPattern"]!));
                lock (watchers) watchers.AddRange(globs);
            }

            return null;
        });
        server.Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = new Uri(project).AbsoluteUri,
            ["capabilities"] = new JsonObject
            {
                // Go-to-definition into an assembly answers with a csharp:/ URI whose text csharp/metadata gives.
                ["experimental"] = new JsonObject { ["csharp"] = new JsonObject { ["metadataUris"] = true } },
                ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject(), ["completion"] = new JsonObject() },
                ["window"] = new JsonObject { ["workDoneProgress"] = true },
                ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = watchers is not null } },
            },
        });
        server.Notify("initialized", new JsonObject());
        // Analyzers run only when the editor turns them on (csharp-ls's default is off, for speed).
        server.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["csharp"] = Settings() } });
        server.WaitFor("$/progress", parameters => (string?)parameters["value"]?["kind"] == "end", "the end of the project's load");
        return server;
    }

    private static JsonObject Settings() => new() { ["analyzersEnabled"] = true };

    private static string[] CompletionLabels(LanguageServer server, string uri, int line, int character)
    {
        JsonNode? result = server.Request("textDocument/completion", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
        });
        JsonArray items = result as JsonArray ?? result?["items"]?.AsArray() ?? [];
        return items.Select(item => (string)item!["label"]!).ToArray();
    }

    private static string[] Codes(JsonObject published) =>
        published["diagnostics"]!.AsArray().Select(d => (string?)d!["code"] ?? string.Empty).ToArray();

    private static JsonNode Diagnostic(JsonObject published, string code) =>
        Assert.Single(published["diagnostics"]!.AsArray(), d => (string?)d!["code"] == code)!;

    private static string Uri(string project, string file) => new Uri(Path.Combine(project, file)).AbsoluteUri;

    private static JsonObject Document(string uri, string text) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = text },
    };
}

/// <summary>A fact that needs csharp-ls (bash .ci/install-deps installs it); without it, skipped, except under CI=true.</summary>
public sealed class EditorFactAttribute : FactAttribute
{
    /// <summary>The server: PYBIND_CSHARP_LS, or where .ci/install-deps puts it.</summary>
    public static string Server { get; } = Environment.GetEnvironmentVariable("PYBIND_CSHARP_LS") is { Length: > 0 } configured
        ? configured
        : Path.Combine(NewUserFixture.FindRepository(), "artifacts", "tools", "csharp-ls", "csharp-ls");

    public EditorFactAttribute()
    {
        if (!File.Exists(Server) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Skip = $"needs csharp-ls at {Server} (bash .ci/install-deps installs it)";
    }
}
