using System;
using System.IO;

namespace PyBind.Introspection.Tests.Infrastructure;

/// <summary>Where the tests find the interpreter, the fixtures and the repository's files.</summary>
internal static class TestPaths
{
    /// <summary>The interpreter the committed stubs were made with (Debian's, which has numpy); PYBIND_PYTHON overrides.</summary>
    public static string Python { get; } = Environment.GetEnvironmentVariable("PYBIND_PYTHON") is { Length: > 0 } configured
        ? configured
        : "/usr/bin/python3";

    /// <summary>Fixture packages, copied next to the test assembly.</summary>
    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string StubsCache => Path.Combine(RepositoryRoot, "stubs-cache");

    public static string Normalizer => Path.Combine(RepositoryRoot, "generator", "PyBind.Introspection", "normalizer");

    /// <summary>The typeshed bundled with Debian's python3-mypy: the one stubs-cache/ was made with.</summary>
    public const string MypyTypeshed = "/usr/lib/python3/dist-packages/mypy/typeshed";

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "stubs-cache")) && File.Exists(Path.Combine(folder.FullName, "Directory.Build.props")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root (a folder with stubs-cache/ and Directory.Build.props) above {AppContext.BaseDirectory}.");
    }
}
