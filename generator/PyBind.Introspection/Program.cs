using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace PyBind.Introspection;

/// <summary>The <c>pybind-introspect</c> command: writes normalized stubs for the modules it is given.</summary>
public static class Program
{
    /// <summary>Exit codes, as the help text documents them.</summary>
    public static class ExitCodes
    {
        /// <summary>Every module was written.</summary>
        public const int Success = 0;

        /// <summary>At least one module failed; the others were written.</summary>
        public const int SomeModulesFailed = 1;

        /// <summary>The command line was wrong.</summary>
        public const int UsageError = 2;

        /// <summary>The interpreter could not be found or started.</summary>
        public const int PythonUnavailable = 3;
    }

    /// <summary>Entry point.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command with the given streams (tests call this in-process).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (args.Count > 0 && args[0] == "build")
        {
            return BuildCommand.Run([.. args.Skip(1)], output, errors);
        }

        if (args.Count > 0 && args[0] == "environment")
        {
            return EnvironmentCommand.Run([.. args.Skip(1)], output, errors);
        }

        if (args.Count > 0 && args[0] == "bundle")
        {
            return BundleCommand.Run([.. args.Skip(1)], output, errors);
        }

        if (args.Count > 0 && args[0] == "watch")
        {
            return WatchCommand.Run([.. args.Skip(1)], output, errors);
        }

        if (args.Count > 0 && args[0] == "export-stubs")
        {
            return ExportStubsCommand.Run([.. args.Skip(1)], output, errors);
        }

        ToolOptions options;
        try
        {
            options = ToolOptions.Parse(args);
        }
        catch (FormatException error)
        {
            errors.WriteLine($"error: {error.Message}");
            errors.WriteLine();
            errors.WriteLine(ToolOptions.Usage);
            return ExitCodes.UsageError;
        }

        if (options.ShowHelp)
        {
            output.WriteLine(ToolOptions.Usage);
            return ExitCodes.Success;
        }

        try
        {
            StubNormalizer.EnsureInterpreter(options.Python);
        }
        catch (Exception error) when (error is PythonNotFoundException or InvalidOperationException or DllNotFoundException)
        {
            errors.WriteLine($"error: Python could not be started: {error.Message}");
            return ExitCodes.PythonUnavailable;
        }

        PythonInfo python = Python.Info;
        output.WriteLine($"Python {python.Version} ({python.Executable ?? python.LibraryPath}, found through {python.FoundThrough})");
        Stopwatch clock = Stopwatch.StartNew();
        IReadOnlyList<ModuleResult> results = StubNormalizer.Normalize(options.Request);
        int failures = 0, changed = 0;
        foreach (ModuleResult result in results)
        {
            foreach (StubWarning warning in result.Warnings)
            {
                errors.WriteLine($"warning: {warning}");
            }

            if (result.Stub is null)
            {
                failures++;
                errors.WriteLine($"error: {result.Error}");
                continue;
            }

            bool written = StubFolder.Write(options.OutputFolder, result);
            changed += written ? 1 : 0;
            output.WriteLine($"{(written ? "wrote" : "unchanged")} {Path.Combine(options.OutputFolder, result.FileName)}");
        }

        output.WriteLine($"{results.Count - failures} written ({changed} changed), {failures} failed in {clock.Elapsed.TotalSeconds:0.00} s");
        return failures == 0 ? ExitCodes.Success : ExitCodes.SomeModulesFailed;
    }
}
