using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace PyBind.Introspection;

/// <summary>
/// <c>pybind-introspect build</c>: what the PyBind.Gen MSBuild targets run before compiling. It keeps a project's
/// stubs folder in step with the modules its sources bind and the interpreter it builds for, starting Python only
/// when something that shapes the stubs changed. Problems are printed in MSBuild's canonical error format, at the
/// <c>[PyImport]</c> that caused them.
/// </summary>
public static class BuildCommand
{
    /// <summary>The help text of the subcommand.</summary>
    public const string Usage = """
        Usage: pybind-introspect build --stubs <dir> --state <file> [options]

        Brings a project's stubs folder up to date with the modules its sources bind ([PyImport("...")]).
        Starts Python only when the modules, the options, the interpreter, its installed packages or the
        project's own .py files changed since the last run recorded in the state file.

        Options:
          --stubs <dir>          the project's stubs folder (created when missing)
          --state <file>         where the last run is recorded (in obj/)
          --sources <file>       a file listing the C# sources to scan, one path per line
          --module <name>        a module to bind besides those found in the sources; repeatable
          --python <exe>         the interpreter (default: PYBIND_PYTHON, an active venv/conda env, python3 on PATH)
          --recorded-python <file> without --python: the interpreter named in this file (a build's --python-record)
                                 when it still exists, else the default
          --source-path <dir>    a folder of the project's own .py code; repeatable
          --no-imports           never import (run) modules while describing them
          --import-timeout <s>   processor seconds describing one module may take (default 120)
          --python-record <file> write the interpreter's path there, for the program to use by default
        """;

    /// <summary>Runs the subcommand; <paramref name="args"/> excludes the word <c>build</c>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
        => Subcommand.Run(args, errors, Usage, Options.Parse, options => Run(options, output, errors),
            (_, error) => $"pybind-introspect: error PYB1099: the stubs could not be updated: {error}");

    private static int Run(Options options, TextWriter output, TextWriter errors)
    {
        List<PyImportScanner.ModuleUse> uses = [.. PyImportScanner.Scan(options.Sources)];
        uses.AddRange(options.ExtraModules.Where(m => uses.All(u => u.Module != m)).Select(m => new PyImportScanner.ModuleUse(m, null, 0, 0)));
        string inputs = DescribeInputs(uses, options);
        BuildState? previous = BuildState.Read(options.StateFile);
        if (previous is not null && previous.IsCurrent(inputs, options.StubFolder, out string reason))
        {
            output.WriteLine($"pybind: stubs up to date ({uses.Count} modules, Python {previous.Python})");
            return Program.ExitCodes.Success;
        }

        if (uses.Count == 0)
        {
            output.WriteLine("pybind: no [PyImport] in the sources; nothing to do");
            new BuildState { Inputs = inputs, Python = previous?.Python ?? string.Empty, Stubs = [], Watched = new Dictionary<string, long>() }.Write(options.StateFile);
            return Program.ExitCodes.Success;
        }

        output.WriteLine($"pybind: updating stubs in {options.StubFolder} ({(previous is null ? "first run" : "because " + Describe(previous, inputs, options))})");

        // Only modules added or removed, or only the project's own .py files edited (the stub watcher's cases, and a
        // build after them): describe the added and the own modules alone, not numpy's dozens of stubs, which take many
        // seconds to write and which neither can change; a removed module's stubs just go.
        if (previous is not null && Increment(previous, inputs, uses, options) is { } increment)
        {
            return Regenerate(increment.Describe, increment.Kept, options, inputs, previous, output, errors);
        }

        return Regenerate(uses, [], options, inputs, previous, output, errors);
    }

    /// <summary>
    /// The modules to describe and the stubs to keep, when all that changed since <paramref name="previous"/> is the
    /// set of modules bound and the project's own .py files; <see langword="null"/> when anything else changed.
    /// </summary>
    private static (List<PyImportScanner.ModuleUse> Describe, List<string> Kept)? Increment(BuildState previous, string inputs, List<PyImportScanner.ModuleUse> uses, Options options)
    {
        bool InSourcePath(string path) => options.SourcePaths.Any(folder => path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        bool IsOwn(string module) => options.SourcePaths.Any(folder =>
            File.Exists(Path.Combine(folder, module.Split('.')[0] + ".py")) || File.Exists(Path.Combine(folder, module.Split('.')[0], "__init__.py")));

        List<string> changed = previous.Watched.Where(watched => BuildState.LastWrite(watched.Key) != watched.Value).Select(watched => watched.Key).ToList();
        if (!string.Equals(WithoutModules(previous.Inputs), WithoutModules(inputs), StringComparison.Ordinal)
            || !changed.All(path => InSourcePath(path) && (Directory.Exists(path) || path.EndsWith(".py", StringComparison.Ordinal)))
            || previous.Stubs.Any(stub => !File.Exists(Path.Combine(options.StubFolder, stub))))
        {
            return null;
        }

        HashSet<string> before = [.. ModulesOf(previous.Inputs)];
        List<PyImportScanner.ModuleUse> describe = uses.Where(use => !before.Contains(use.Module) || (changed.Count > 0 && IsOwn(use.Module))).ToList();
        if (changed.Count > 0 && !uses.Any(use => IsOwn(use.Module)))
        {
            return null;  // a .py file changed that no bound module is: it may shadow any of them
        }

        // A stub stays unless its module is described again or was removed and no module still bound covers it (a
        // removed numpy.linalg keeps its stub while numpy is bound). A module only a removed one described (a base
        // class's) stays until a full run.
        List<string> removed = before.Except(uses.Select(use => use.Module)).ToList();
        List<string> kept = previous.Stubs
            .Where(stub => !describe.Any(use => IsStubOf(stub, use.Module))
                           && !(removed.Any(module => IsStubOf(stub, module)) && !uses.Any(use => IsStubOf(stub, use.Module))))
            .ToList();
        return (describe, kept);
    }

    private const string ModulesLine = "modules=";

    private static string[] ModulesOf(string inputs) =>
        inputs.Split('\n').First(line => line.StartsWith(ModulesLine, StringComparison.Ordinal))[ModulesLine.Length..]
            .Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static string WithoutModules(string inputs) =>
        string.Join("\n", inputs.Split('\n').Where(line => !line.StartsWith(ModulesLine, StringComparison.Ordinal)));

    private static bool IsStubOf(string stub, string module) =>
        stub == module + ".pyi" || stub.StartsWith(module + ".", StringComparison.Ordinal);

    /// <summary>Describes <paramref name="uses"/>; the stubs <paramref name="kept"/> stay as they are (and in the state).</summary>
    private static int Regenerate(List<PyImportScanner.ModuleUse> uses, List<string> kept, Options options, string inputs, BuildState? previous, TextWriter output, TextWriter errors)
    {
        if (uses.Count == 0 && previous is not null)
        {
            // Modules were only removed: their stubs go, and nothing needs Python.
            DeleteStale(previous.Stubs.Except(kept), options);
            output.WriteLine($"pybind: {kept.Count} stubs (none described)");
            (previous with { Inputs = inputs, Stubs = kept }).Write(options.StateFile);
            return Program.ExitCodes.Success;
        }

        try
        {
            StubNormalizer.EnsureInterpreter(options.Python);
        }
        catch (Exception error) when (error is PythonNotFoundException or InvalidOperationException or DllNotFoundException)
        {
            errors.WriteLine($"{Where(uses[0])}: error PYB1002: no Python to describe the modules with. {error.Message}");
            return Program.ExitCodes.PythonUnavailable;
        }

        PythonInfo python = Python.Info;
        Stopwatch clock = Stopwatch.StartNew();
        IReadOnlyList<ModuleResult> results = StubNormalizer.Normalize(new NormalizationRequest([.. uses.Select(u => u.Module)])
        {
            AllowImports = options.AllowImports,
            IncludeSubmodules = true,
            SourcePaths = options.SourcePaths,
            ImportTimeout = options.ImportTimeout,
        });

        int failures = 0, written = 0;
        var stubs = new List<string>(kept);
        foreach (ModuleResult result in results)
        {
            PyImportScanner.ModuleUse? use = uses.FirstOrDefault(u => u.Module == result.Module);
            foreach (StubWarning warning in result.Warnings)
            {
                if (warning.ImportFailed && use is not null)
                {
                    // The user's own code (or a package) raised while importing: where they bind it, with Python's message.
                    output.WriteLine($"{Where(use)}: warning PYB1001: Python {python.Version} could not import module '{result.Module}', so it is bound from its source without running it ({warning.Message}). " +
                                     "Members the module makes at import time are missing until importing it succeeds.");
                    continue;
                }

                // At the cause when a file is to blame (the member's line in a stub or source), else at the [PyImport].
                string origin = warning.Path is null ? (use is null ? "pybind" : Where(use))
                    : warning.Line > 0 ? $"{warning.Path}({warning.Line},1)" : warning.Path;
                output.WriteLine($"{origin}: warning PYB1005: {warning.Message}");
            }

            if (result.Stub is null)
            {
                // A requested module that fails is an error at its [PyImport]; a submodule only costs its nested class.
                if (use is not null)
                {
                    failures++;
                    errors.WriteLine($"{Where(use)}: error PYB1001: Python {python.Version} ({python.Executable}) cannot describe module '{result.Module}': {result.Error?.TrimEnd('.')}. " +
                                     "Check the name in [PyImport(...)], or install the package for this interpreter (or choose another with the PyBindPython property).");
                }
                else
                {
                    output.WriteLine($"pybind: warning PYB1004: submodule '{result.Module}' was left out: {result.Error}");
                }

                continue;
            }

            stubs.Add(result.FileName);
            string path = Path.Combine(options.StubFolder, result.FileName);
            if (IsEditedByHand(path))
            {
                output.WriteLine($"{path}(1,1): warning PYB1003: this stub was edited by hand, so it is not regenerated; delete it to get a fresh one.");
                continue;
            }

            written += StubFolder.Write(options.StubFolder, result) ? 1 : 0;
        }

        // Only a complete run knows which stubs are stale: after a failure the stubs of the modules that failed (made
        // by an earlier build, perhaps with another interpreter) stay, so nothing the project had is lost.
        DeleteStale(failures > 0 ? [] : (previous?.Stubs ?? []).Except(stubs), options);

        output.WriteLine($"pybind: {stubs.Count} stubs ({written} changed) from Python {python.Version} ({python.Executable}) in {clock.Elapsed.TotalSeconds:0.0} s");
        if (options.PythonRecord is { } record)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(record)!);
            File.WriteAllText(record, python.Executable ?? string.Empty);
        }

        if (failures > 0)
        {
            return Program.ExitCodes.SomeModulesFailed;  // no state: the next build tries again
        }

        new BuildState { Inputs = inputs, Python = python.Executable ?? python.LibraryPath, Stubs = stubs, Watched = Watch(python, options) }.Write(options.StateFile);
        return Program.ExitCodes.Success;
    }

    private static void DeleteStale(IEnumerable<string> stale, Options options)
    {
        foreach (string stub in stale)
        {
            string path = Path.Combine(options.StubFolder, stub);
            if (File.Exists(path) && !IsEditedByHand(path))
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Everything that shapes the stubs and can be known without Python, as one string.</summary>
    private static string DescribeInputs(IReadOnlyList<PyImportScanner.ModuleUse> uses, Options options)
        => string.Join("\n",
            ModulesLine + string.Join(",", uses.Select(u => u.Module).Order(StringComparer.Ordinal)),
            "imports=" + options.AllowImports,
            "import-timeout=" + options.ImportTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "source-paths=" + string.Join(",", options.SourcePaths),
            "python=" + (options.Python ?? FoundInterpreter()),
            "tool=" + ToolFingerprint.Value);

    private static readonly string[] EnvironmentVariables = ["VIRTUAL_ENV", "CONDA_PREFIX"];

    /// <summary>
    /// The interpreter Python's search finds first when none is named (PYBIND_PYTHON, an active virtual or conda
    /// environment, python3 on PATH), by path alone: a named interpreter and the same one found compare equal, so an
    /// editor that names the one a build found does not describe every module again.
    /// </summary>
    private static string FoundInterpreter()
    {
        if (Environment.GetEnvironmentVariable("PYBIND_PYTHON") is { Length: > 0 } named)
        {
            return named;
        }

        IEnumerable<string> environments = EnvironmentVariables.Select(Environment.GetEnvironmentVariable).OfType<string>().Where(root => root.Length > 0);
        return environments.SelectMany(root => new[] { Path.Combine(root, "bin", "python3"), Path.Combine(root, "bin", "python") })
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, "python3")))
            .FirstOrDefault(File.Exists) ?? string.Empty;
    }

    /// <summary>
    /// This tool's identity for the state: its assembly and the normalizer's Python files, whose changes change the
    /// stubs as much as the assembly's do (and do not change the assembly).
    /// </summary>
    private static readonly Lazy<string> ToolFingerprint = new(() =>
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(BuildCommand).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (string file in Directory.EnumerateFiles(StubNormalizer.NormalizerFolder, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(StubNormalizer.NormalizerFolder, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    });

    private static string Describe(BuildState previous, string inputs, Options options)
    {
        previous.IsCurrent(inputs, options.StubFolder, out string reason);
        return reason;
    }

    /// <summary>The interpreter, every folder of its sys.path, and the project's own Python files.</summary>
    private static Dictionary<string, long> Watch(PythonInfo python, Options options)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        if (python.Executable is { } executable)
        {
            paths.Add(Path.GetFullPath(File.ResolveLinkTarget(executable, returnFinalTarget: true)?.FullName ?? executable));
        }

        paths.UnionWith(python.SearchPath.Where(Directory.Exists).Select(Path.GetFullPath));
        foreach (string folder in options.SourcePaths)
        {
            paths.UnionWith(Directory.EnumerateFiles(folder, "*.py", SearchOption.AllDirectories)
                .Where(file => !IsBuildOutput(folder, file)));
        }

        return paths.ToDictionary(path => path, BuildState.LastWrite, StringComparer.Ordinal);
    }

    private static bool IsBuildOutput(string root, string file)
    {
        string relative = Path.GetRelativePath(root, file);
        return relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>A stub whose body no longer matches the content hash in its header was changed by hand.</summary>
    public static bool IsEditedByHand(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        string text = File.ReadAllText(path);
        const string marker = "# content-hash: sha256:";
        int start = text.IndexOf(marker, StringComparison.Ordinal);
        int end = start < 0 ? -1 : text.IndexOf('\n', start);
        if (end < 0)
        {
            return true;  // no hash: written by hand from the start
        }

        string recorded = text[(start + marker.Length)..end].Trim();
        string actual = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text[(end + 1)..]))).ToLowerInvariant();
        return !string.Equals(recorded, actual, StringComparison.Ordinal);
    }

    private static string Where(PyImportScanner.ModuleUse use)
        => use.File is null ? "pybind" : $"{use.File}({use.Line},{use.Column})";

    private sealed record Options
    {
        public required string StubFolder { get; init; }

        public required string StateFile { get; init; }

        public IReadOnlyList<string> Sources { get; init; } = [];

        public IReadOnlyList<string> ExtraModules { get; init; } = [];

        public IReadOnlyList<string> SourcePaths { get; init; } = [];

        public string? Python { get; init; }

        public bool AllowImports { get; init; } = true;

        public TimeSpan ImportTimeout { get; init; } = NormalizationRequest.DefaultImportTimeout;

        public string? PythonRecord { get; init; }

        public static Options Parse(IReadOnlyList<string> args)
        {
            string? stubs = null, state = null, python = null, record = null, recorded = null;
            bool allowImports = true;
            TimeSpan importTimeout = NormalizationRequest.DefaultImportTimeout;
            List<string> sources = [], modules = [], sourcePaths = [];
            for (int i = 0; i < args.Count; i++)
            {
                string Next() => i + 1 < args.Count ? args[++i] : throw new FormatException($"Option '{args[i]}' needs a value.");
                switch (args[i])
                {
                    case "--stubs": stubs = Path.GetFullPath(Next()); break;
                    case "--state": state = Path.GetFullPath(Next()); break;
                    case "--sources": sources.AddRange(ReadList(Next())); break;
                    case "--module": modules.Add(Next()); break;
                    case "--python": python = NullIfEmpty(Next()); break;
                    case "--source-path": sourcePaths.Add(Path.GetFullPath(Next())); break;
                    case "--no-imports": allowImports = false; break;
                    case "--import-timeout": importTimeout = ToolOptions.Seconds(args, ref i); break;
                    case "--python-record": record = Path.GetFullPath(Next()); break;
                    case "--recorded-python": recorded = Path.GetFullPath(Next()); break;
                    default: throw new FormatException($"Unknown option '{args[i]}' for 'build'.");
                }
            }

            if (python is not null && !File.Exists(python))
            {
                throw new FormatException($"The interpreter '{python}' (PyBindPython) does not exist.");
            }

            // An editor's environment is not the terminal's: its project load and stub watcher describe the modules
            // with the interpreter the last build used, not with whatever the editor's environment would find.
            if (python is null && recorded is not null && File.Exists(recorded) && File.ReadAllText(recorded).Trim() is { Length: > 0 } used && File.Exists(used))
            {
                python = used;
            }

            return new Options
            {
                StubFolder = stubs ?? throw new FormatException("'build' needs --stubs <dir>."),
                StateFile = state ?? throw new FormatException("'build' needs --state <file>."),
                Sources = sources,
                ExtraModules = modules,
                SourcePaths = sourcePaths.Where(Directory.Exists).ToList(),
                Python = python,
                AllowImports = allowImports,
                ImportTimeout = importTimeout,
                PythonRecord = record,
            };
        }

        // MSBuild passes an empty property as an empty argument: "--python ''" means not given.
        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

        private static IEnumerable<string> ReadList(string file)
            => File.Exists(file)
                ? File.ReadAllLines(file).Select(line => line.Trim()).Where(line => line.Length > 0)
                : throw new FormatException($"The sources list '{file}' does not exist.");
    }
}
