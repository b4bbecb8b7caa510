using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace PyBind.Gen.EndToEndTests.Editor;

/// <summary>
/// A new user in an editor: csharp-ls (a Roslyn language server, installed by .ci/install-deps) driven over LSP on a new
/// console project with the packed PyBind.Gen, before any command-line build.
/// </summary>
[Trait("Category", "Numpy")]
[Collection(PackedSolution.Name)]
public sealed class EditorTests(NewUserFixture fixture)
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
        Assert.Equal($"/// <para>Stub: <c>{Path.Combine(project, "pybind-stubs", "numpy.pyi")}</c></para>", remarks[^1]);
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
                $"/// <para>Stub: <c>{Path.Combine(project, "pybind-stubs", "shapes.pyi")}</c></para>",
            ],
            RemarksAbove(source, line));
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

    private static LanguageServer StartServer(string project)
    {
        var start = new ProcessStartInfo(EditorFactAttribute.Server) { WorkingDirectory = project };
        // The interpreter the editor's project load describes modules with, as a user's environment would give it.
        start.Environment["PYBIND_PYTHON"] = "/usr/bin/python3";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        LanguageServer server = LanguageServer.Start(start, request => (string?)request["method"] == "workspace/configuration"
            ? new JsonArray(((JsonArray)request["params"]!["items"]!).Select(_ => (JsonNode?)Settings()).ToArray())
            : null);
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
