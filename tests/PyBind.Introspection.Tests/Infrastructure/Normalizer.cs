using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Introspection;

namespace PyBind.Introspection.Tests.Infrastructure;

/// <summary>
/// Runs the normalizer the way the tool does: in-process, in the embedded interpreter (Debian's, which the
/// committed stubs were made with). One interpreter serves the whole test run.
/// </summary>
internal static class Normalizer
{
    private static readonly object Gate = new();

    /// <summary>A request with the fixtures on <c>sys.path</c>, as every test wants.</summary>
    public static NormalizationRequest Request(params string[] modules) => new(modules) { SearchPaths = [TestPaths.Fixtures] };

    public static IReadOnlyList<ModuleResult> Run(NormalizationRequest request)
    {
        lock (Gate)
        {
            StubNormalizer.EnsureInterpreter(TestPaths.Python);
            return StubNormalizer.Normalize(request);
        }
    }

    /// <summary>Runs the command line in-process (the interpreter is shared with every other test).</summary>
    public static int RunTool(string[] arguments, System.IO.TextWriter output, System.IO.TextWriter errors)
    {
        lock (Gate)
        {
            return Program.Run(arguments, output, errors);
        }
    }

    /// <summary>Normalizes one module and returns its stub, failing the test with the error when there is none.</summary>
    public static string Stub(string module, bool allowImports = true)
    {
        ModuleResult outcome = Run(Request(module) with { AllowImports = allowImports }).Single();
        return outcome.Stub ?? throw new InvalidOperationException($"{module} was not normalized: {outcome.Error}");
    }

    /// <summary>Whether Python's own ast module accepts the text (the dialect is valid .pyi), and why not.</summary>
    public static string? AstError(string text) =>
        RunScript("""
            import ast
            try:
                ast.parse(text)
                result = None
            except SyntaxError as error:
                result = repr(error)
            """, text) is { Length: > 0 } error ? error : null;

    /// <summary>Runs a script in the embedded interpreter with <c>text</c> bound to <paramref name="text"/>; returns <c>str(result)</c>, or "" for None.</summary>
    public static string RunScript(string script, string text = "")
    {
        lock (Gate)
        {
            StubNormalizer.EnsureInterpreter(TestPaths.Python);
            using GilScope gil = Python.AcquireGil();
            using PyScope scope = Python.CreateScope();
            scope.Set("text", text);
            scope.Run("import sys\nsys.path.insert(0, " + System.Text.Json.JsonSerializer.Serialize(TestPaths.Fixtures) + ")\nresult = None\n" + script);
            using PyObject result = scope.Get("result");
            return result.IsNone ? "" : result.ToString();
        }
    }
}
