using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PyBind.Introspection;

/// <summary>The command line of <c>pybind-introspect</c>, parsed.</summary>
public sealed record ToolOptions
{
    /// <summary>The help text, printed for <c>--help</c> and after a usage error.</summary>
    public const string Usage = """
        Usage: pybind-introspect [options] <module>...

        Writes one normalized stub (PyBind.Gen dialect 1, see stubs-cache/README.md) per module.

        Options:
          --python <exe>         the interpreter to embed (default: PYBIND_PYTHON, an active venv/conda env, python3 on PATH)
          -o, --output <dir>     folder for the <module>.pyi files (default: the current folder)
          --typeshed <dir>       a typeshed root (has stdlib/ and stubs/); repeatable; tried before the ones found
          --no-default-typeshed  do not look for mypy's or pyright's typeshed copies
          --no-imports           never import (run) the modules; modules without a typed source fail
          --submodules           also the modules of each package that its stubs expose or name, transitively
          --import-timeout <s>   processor seconds importing and describing one module may take (default 120;
                                 5 times that on the clock while it waits); past it the module is described
                                 from its sources and stubs, with a warning
          --source-path <dir>    a folder of your own .py code, typed by its annotations; repeatable
          --path <dir>           a folder added to sys.path, like PYTHONPATH; repeatable
          --modules-file <file>  read module names from a file (one per line, # starts a comment)
          -h, --help             show this help

        Exit code: 0 when every module was written, 1 when some failed, 2 for a usage error, 3 when Python could not start.
        """;

    /// <summary>What to normalize.</summary>
    public required NormalizationRequest Request { get; init; }

    /// <summary>The interpreter to embed, or null for the runtime's discovery.</summary>
    public string? Python { get; init; }

    /// <summary>Where the stubs are written.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>Whether only the help was asked for.</summary>
    public bool ShowHelp { get; init; }

    /// <summary>Parses the arguments; a <see cref="FormatException"/> says what was wrong and how to fix it.</summary>
    public static ToolOptions Parse(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        List<string> modules = [];
        List<string> typeshed = [];
        List<string> sourcePaths = [];
        List<string> searchPaths = [];
        string? python = null;
        string output = Directory.GetCurrentDirectory();
        bool allowImports = true, submodules = false, findTypeshed = true;
        TimeSpan importTimeout = NormalizationRequest.DefaultImportTimeout;
        for (int index = 0; index < arguments.Count; index++)
        {
            string argument = arguments[index];
            switch (argument)
            {
                case "-h" or "--help":
                    return new ToolOptions { Request = new NormalizationRequest([]), OutputFolder = output, ShowHelp = true };
                case "--python":
                    python = ExistingExecutable(arguments, ref index);
                    break;
                case "-o" or "--output":
                    output = Path.GetFullPath(Value(arguments, ref index));
                    break;
                case "--typeshed":
                    typeshed.Add(ExistingFolder(arguments, ref index));
                    break;
                case "--source-path":
                    sourcePaths.Add(ExistingFolder(arguments, ref index));
                    break;
                case "--path":
                    searchPaths.Add(ExistingFolder(arguments, ref index));
                    break;
                case "--modules-file":
                    modules.AddRange(ReadModulesFile(Value(arguments, ref index)));
                    break;
                case "--no-default-typeshed":
                    findTypeshed = false;
                    break;
                case "--no-imports":
                    allowImports = false;
                    break;
                case "--submodules":
                    submodules = true;
                    break;
                case "--import-timeout":
                    importTimeout = Seconds(arguments, ref index);
                    break;
                default:
                    if (argument.StartsWith('-'))
                    {
                        throw new FormatException($"Unknown option '{argument}'. Run with --help for the list of options.");
                    }

                    modules.Add(argument);
                    break;
            }
        }

        if (modules.Count == 0)
        {
            throw new FormatException("No module given. Name at least one module, e.g. 'pybind-introspect numpy statistics'.");
        }

        return new ToolOptions
        {
            Python = python,
            OutputFolder = output,
            Request = new NormalizationRequest(modules.Distinct().ToList())
            {
                AllowImports = allowImports,
                IncludeSubmodules = submodules,
                Typeshed = typeshed,
                FindTypeshed = findTypeshed,
                SourcePaths = sourcePaths,
                SearchPaths = searchPaths,
                ImportTimeout = importTimeout,
            },
        };
    }

    /// <summary>Module names from a file: one per line, blank lines and <c>#</c> comments ignored.</summary>
    public static IEnumerable<string> ReadModulesFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FormatException($"The modules file '{path}' does not exist.");
        }

        return File.ReadAllLines(path)
            .Select(line => line.Split('#', 2)[0].Trim())
            .Where(line => line.Length > 0);
    }

    internal static string Value(IReadOnlyList<string> arguments, ref int index)
    {
        if (index + 1 >= arguments.Count || arguments[index + 1].StartsWith('-'))
        {
            throw new FormatException($"Option '{arguments[index]}' needs a value.");
        }

        return arguments[++index];
    }

    /// <summary>A positive number of seconds, as <c>--import-timeout</c> takes it.</summary>
    internal static TimeSpan Seconds(IReadOnlyList<string> arguments, ref int index)
    {
        string option = arguments[index];
        string value = Value(arguments, ref index);
        return double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double seconds) && seconds > 0 && seconds <= 86_400
            ? TimeSpan.FromSeconds(seconds)
            : throw new FormatException($"Option '{option}' takes a number of seconds between 0 and 86400, not '{value}'.");
    }

    // The runtime would fall back to other interpreters; a named one that is missing must be an error instead.
    private static string ExistingExecutable(IReadOnlyList<string> arguments, ref int index)
    {
        string value = Value(arguments, ref index);
        if (value.Contains(Path.DirectorySeparatorChar))
        {
            return File.Exists(value)
                ? Path.GetFullPath(value)
                : throw new FormatException($"Option '--python': '{value}' does not exist.");
        }

        string? onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, value))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw new FormatException($"Option '--python': '{value}' is not on PATH; give its full path.");
    }

    private static string ExistingFolder(IReadOnlyList<string> arguments, ref int index)
    {
        string option = arguments[index];
        string folder = Path.GetFullPath(Value(arguments, ref index));
        return Directory.Exists(folder)
            ? folder
            : throw new FormatException($"Option '{option}': the folder '{folder}' does not exist.");
    }
}
