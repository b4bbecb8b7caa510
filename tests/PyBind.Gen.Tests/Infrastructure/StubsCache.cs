using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace PyBind.Gen.Tests.Infrastructure;

/// <summary>
/// The committed stubs (<c>stubs-cache/</c> at the repository root), or <c>PYBIND_STUBS_DIR</c> while the branch has none.
/// Tests over them fail when neither has stubs: a missing corpus must not pass silently.
/// </summary>
internal static class StubsCache
{
    public static string Directory => s_directory.Value;

    private static readonly Lazy<string> s_directory = new(Find);

    public static (string Path, string Text) Stub(string module)
    {
        string path = Path.Combine(Directory, module + ".pyi");
        return (path, File.ReadAllText(path));
    }

    /// <summary>Every stub, as (path, text).</summary>
    public static (string Path, string Text)[] All() =>
        System.IO.Directory.GetFiles(Directory, "*.pyi").OrderBy(p => p, StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))).ToArray();

    /// <summary>The module names of the stubs, in file-name order.</summary>
    public static string[] Modules() =>
        System.IO.Directory.GetFiles(Directory, "*.pyi").Select(Path.GetFileNameWithoutExtension).OrderBy(m => m, StringComparer.Ordinal).ToArray()!;

    private static string Find()
    {
        string repository = RepositoryStubs();
        if (System.IO.Directory.Exists(repository) && System.IO.Directory.GetFiles(repository, "numpy.pyi").Length > 0)
        {
            return repository;
        }

        string? fromEnvironment = Environment.GetEnvironmentVariable("PYBIND_STUBS_DIR");
        if (fromEnvironment is not null && System.IO.Directory.GetFiles(fromEnvironment, "numpy.pyi").Length > 0)
        {
            return fromEnvironment;
        }

        throw new InvalidOperationException($"No normalized stubs: '{repository}' has no numpy.pyi and PYBIND_STUBS_DIR is not set to a folder that has.");
    }

    private static string RepositoryStubs([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "stubs-cache"));
}
