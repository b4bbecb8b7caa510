using System;
using System.Collections.Generic;
using System.IO;

namespace PyBind.Introspection;

/// <summary>
/// Runs the normalizer (the <c>pybind_introspect</c> Python package shipped next to this assembly) inside the
/// embedded interpreter, in-process, through PyBind.Runtime.
/// </summary>
public static class StubNormalizer
{
    /// <summary>The folder that holds the <c>pybind_introspect</c> package.</summary>
    public static string NormalizerFolder { get; } = Path.Combine(AppContext.BaseDirectory, "normalizer");

    /// <summary>
    /// Starts CPython once per process (the interpreter given, else the runtime's usual discovery). A process can
    /// host one interpreter only: asking for another one after the first is an error.
    /// </summary>
    /// <exception cref="InvalidOperationException">Python already runs, from another executable.</exception>
    public static void EnsureInterpreter(string? pythonExecutable)
    {
        if (!Python.IsInitialized)
        {
            Python.Initialize(new PythonOptions { PythonExecutable = pythonExecutable });
            return;
        }

        string? running = Python.Info.Executable;
        if (pythonExecutable is not null && !SameFile(running, pythonExecutable))
        {
            throw new InvalidOperationException(
                $"This process already runs Python from {running}; it cannot also load {pythonExecutable}. Run the tool in a new process for another interpreter.");
        }
    }

    /// <summary>Normalizes every module of the request; one module's failure is its own result and does not stop the others.</summary>
    public static IReadOnlyList<ModuleResult> Normalize(NormalizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!File.Exists(Path.Combine(NormalizerFolder, "pybind_introspect", "__init__.py")))
        {
            throw new FileNotFoundException($"The normalizer package is missing from {NormalizerFolder}; reinstall the tool.");
        }

        using GilScope gil = Python.AcquireGil();
        using (PyObject sys = Python.Import("sys"))
        using (PyObject path = sys.GetAttr("path"))
        {
            if (!path.Contains(NormalizerFolder))
            {
                path.CallMethod("insert", 0, NormalizerFolder);
            }
        }

        using PyObject normalizer = Python.Import("pybind_introspect");
        using PyObject optionsType = normalizer.GetAttr("Options");
        using PyObject options = optionsType.Call([], new Dictionary<string, object?>
        {
            ["typeshed"] = request.Typeshed,
            ["find_typeshed"] = request.FindTypeshed,
            ["allow_imports"] = request.AllowImports,
            ["include_submodules"] = request.IncludeSubmodules,
            ["source_paths"] = request.SourcePaths,
            ["search_paths"] = request.SearchPaths,
            ["import_timeout"] = request.ImportTimeout.TotalSeconds,
        });
        using PyObject normalize = normalizer.GetAttr("normalize");
        using PyObject results = normalize.Call(request.Modules, options);
        List<ModuleResult> converted = [];
        foreach (PyObject result in results)
        {
            using (result)
            {
                converted.Add(new ModuleResult(
                    result.GetAttr<string>("module"),
                    OptionalString(result, "stub"),
                    OptionalString(result, "error"),
                    Warnings(result)));
            }
        }

        return converted;
    }

    private static List<StubWarning> Warnings(PyObject result)
    {
        List<StubWarning> warnings = [];
        using PyObject list = result.GetAttr("warnings");
        foreach (PyObject warning in list)
        {
            using (warning)
            {
                warnings.Add(new StubWarning(warning.GetAttr<string>("message"), OptionalString(warning, "path"), (int)warning.GetAttr<long>("line"), warning.GetAttr<bool>("import_failed")));
            }
        }

        return warnings;
    }

    // Nullable annotations are erased at run time: None has to be tested before reading a string.
    private static string? OptionalString(PyObject owner, string attribute)
    {
        using PyObject value = owner.GetAttr(attribute);
        return value.IsNone ? null : value.As<string>();
    }

    private static bool SameFile(string? first, string second) =>
        first is not null && string.Equals(Path.GetFullPath(ResolveLinks(first)), Path.GetFullPath(ResolveLinks(second)), StringComparison.Ordinal);

    private static string ResolveLinks(string path) =>
        File.Exists(path) ? File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path : path;
}
