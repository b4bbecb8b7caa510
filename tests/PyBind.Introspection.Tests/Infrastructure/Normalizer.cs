using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;

namespace PyBind.Introspection.Tests.Infrastructure;

/// <summary>Runs pybind_introspect.normalize in the test interpreter and returns its results.</summary>
internal static class Normalizer
{
    private const string Driver = """
        import json, sys
        sys.path.insert(0, sys.argv[1])
        from pybind_introspect import Options, normalize
        request = json.load(sys.stdin)
        results = normalize(request.pop("modules"), Options(**request))
        json.dump([{"module": r.module, "stub": r.stub, "error": r.error, "warnings": r.warnings} for r in results],
                  sys.stdout)
        """;

    public static IReadOnlyList<ModuleOutcome> Run(NormalizeRequest request)
    {
        string input = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["modules"] = request.Modules,
            ["allow_imports"] = request.AllowImports,
            ["include_submodules"] = request.IncludeSubmodules,
            ["find_typeshed"] = request.FindTypeshed,
            ["typeshed"] = request.Typeshed,
            ["search_paths"] = request.SearchPaths,
        });
        (string output, string errors, int exitCode) = RunPython(["-c", Driver, TestPaths.Normalizer], input);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"The normalizer failed (exit {exitCode}):\n{errors}");
        }

        List<ModuleOutcome> outcomes = [];
        foreach (JsonElement item in JsonDocument.Parse(output).RootElement.EnumerateArray())
        {
            outcomes.Add(new ModuleOutcome(
                item.GetProperty("module").GetString()!,
                item.GetProperty("stub").GetString(),
                item.GetProperty("error").GetString(),
                item.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList()));
        }

        return outcomes;
    }

    /// <summary>Normalizes one module and returns its stub, failing the test with the error when there is none.</summary>
    public static string Stub(string module, bool allowImports = true)
    {
        ModuleOutcome outcome = Run(new NormalizeRequest([module]) { AllowImports = allowImports }).Single();
        return outcome.Stub ?? throw new InvalidOperationException($"{module} was not normalized: {outcome.Error}");
    }

    /// <summary>Whether Python's own ast module accepts the text (the dialect is valid .pyi).</summary>
    public static (bool Parses, string Message) ParsesAsPython(string text)
    {
        (_, string errors, int exitCode) = RunPython(["-c", "import ast, sys; ast.parse(sys.stdin.read())"], text);
        return (exitCode == 0, errors);
    }

    /// <summary>Runs a script in the test interpreter (fixtures on its path) and returns what it printed.</summary>
    public static string RunScript(string script, string input = "")
    {
        (string output, string errors, int exitCode) = RunPython(["-c", $"import sys; sys.path.insert(0, {JsonSerializer.Serialize(TestPaths.Fixtures)})\n{script}"], input);
        return exitCode == 0 ? output.Trim() : throw new InvalidOperationException(errors);
    }

    private static (string Output, string Errors, int ExitCode) RunPython(IReadOnlyList<string> arguments, string input)
    {
        ProcessStartInfo start = new(TestPaths.Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {TestPaths.Python}.");
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        System.Threading.Tasks.Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (output, errors.Result, process.ExitCode);
    }
}
