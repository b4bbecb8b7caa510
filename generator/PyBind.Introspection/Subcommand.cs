using System;
using System.Collections.Generic;
using System.IO;

namespace PyBind.Introspection;

/// <summary>How the subcommands the build runs start and fail: always with an error line MSBuild shows, never a crash.</summary>
internal static class Subcommand
{
    /// <summary>
    /// Parses <paramref name="args"/> (a <see cref="FormatException"/> is a usage error, PYB1000, with
    /// <paramref name="usage"/>), then runs; an unexpected exception becomes the error line <paramref name="failure"/> makes.
    /// </summary>
    internal static int Run<TOptions>(IReadOnlyList<string> args, TextWriter errors, string usage,
        Func<IReadOnlyList<string>, TOptions> parse, Func<TOptions, int> run, Func<TOptions, Exception, string> failure)
    {
        TOptions options;
        try
        {
            options = parse(args);
        }
        catch (FormatException error)
        {
            errors.WriteLine($"pybind-introspect: error PYB1000: {error.Message}");
            errors.WriteLine(usage);
            return Program.ExitCodes.UsageError;
        }

        try
        {
            return run(options);
        }
#pragma warning disable CA1031 // the build must see any failure as an error line, not as a crash with an exit code
        catch (Exception error)
#pragma warning restore CA1031
        {
            errors.WriteLine(failure(options, error));
            return Program.ExitCodes.SomeModulesFailed;
        }
    }
}
