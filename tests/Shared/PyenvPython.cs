using System;
using System.IO;
using System.Linq;
using Xunit;

namespace PyBind.Testing;

/// <summary>Other CPython versions: pyenv's, when present (<c>~/.pyenv/versions/3.minor.*</c>).</summary>
public static class PyenvPython
{
    /// <summary>The newest installed pyenv interpreter of version <paramref name="minor"/> (3.minor), or null.</summary>
    public static string? Find(int minor)
    {
        string versions = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv", "versions");
        return Directory.Exists(versions)
            ? Directory.GetDirectories(versions, $"3.{minor}.*")
                .Select(folder => Path.Combine(folder, "bin", "python3"))
                .Where(File.Exists)
                .OrderBy(path => Version.Parse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))!)))
                .LastOrDefault()
            : null;
    }
}

/// <summary>A fact that needs pyenv's CPython 3.<c>minor</c>; reported as skipped, with the reason, where it is missing.</summary>
public sealed class RequiresPyenvPythonFactAttribute : FactAttribute
{
    public RequiresPyenvPythonFactAttribute(int minor)
    {
        if (PyenvPython.Find(minor) is null)
        {
            Skip = $"needs CPython 3.{minor} from pyenv (~/.pyenv/versions/3.{minor}.*), which this machine does not have";
        }
    }
}
