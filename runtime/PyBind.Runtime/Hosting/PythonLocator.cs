using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace PyBind.Hosting;

/// <summary>
/// Finds Python in the documented order: options given in code, the Python bundled with the program (a self-contained
/// publish), <c>PYBIND_PYTHON</c>, an active virtual or conda
/// environment, the interpreter a PyBind.Gen build recorded in the program, then <c>python3</c> on <c>PATH</c>.
/// An interpreter named explicitly (options, <c>PYBIND_PYTHON</c>)
/// is the only one tried. An interpreter is asked (one short subprocess) for its libpython through
/// <c>sysconfig</c>. A failure lists every candidate tried and why it was rejected.
/// </summary>
internal static class PythonLocator
{
    internal const string EnvironmentVariable = "PYBIND_PYTHON";
    internal static readonly Version MinimumVersion = new(3, 9);

    private static readonly string ExecutableName = OperatingSystem.IsWindows() ? "python.exe" : "python3";

    // Printed by the candidate interpreter; one "key=value" per line keeps the parser trivial and the script 3.x-safe.
    private const string ProbeScript = """
        import sys, sysconfig
        v = sysconfig.get_config_var
        print("version=%d.%d.%d" % sys.version_info[:3])
        print("implementation=" + sys.implementation.name)
        print("executable=" + (sys.executable or ""))
        print("prefix=" + sys.prefix)
        print("base_prefix=" + sys.base_prefix)
        print("libdir=" + (v("LIBDIR") or ""))
        print("ldlibrary=" + (v("LDLIBRARY") or ""))
        print("instsoname=" + (v("INSTSONAME") or ""))
        print("multiarch=" + (v("MULTIARCH") or ""))
        print("gil_disabled=" + str(v("Py_GIL_DISABLED") or 0))
        """;

    private enum CandidateKind { Executable, Library, Bundle }

    private sealed record Candidate(string Path, CandidateKind Kind, string Source, bool IsExplicit = false);

    public static PythonInstallation Locate(PythonOptions? options) => Locate(options, Environment.GetEnvironmentVariable);

    /// <summary>Locates with the environment read through <paramref name="environment"/> (tests pass their own).</summary>
    internal static PythonInstallation Locate(PythonOptions? options, Func<string, string?> environment)
    {
        var rejected = new List<string>();
        foreach (Candidate candidate in EnumerateCandidates(options, environment, rejected))
        {
            PythonInstallation? found;
            string? reason = candidate.Kind switch
            {
                CandidateKind.Executable => TryExecutable(candidate, options?.LibraryPath, out found),
                CandidateKind.Library => TryLibrary(candidate, out found),
                _ => TryBundle(out found),
            };
            if (found is not null)
                return found;
            rejected.Add($"{candidate.Source}: {candidate.Path} — {reason}");
            // An interpreter named explicitly (in code or PYBIND_PYTHON) is what the user wants: running another one
            // instead would hide the mistake, so the search stops here.
            if (candidate.IsExplicit)
                break;
        }
        throw new PythonNotFoundException(FormatFailure(rejected));
    }

    private static IEnumerable<Candidate> EnumerateCandidates(PythonOptions? options, Func<string, string?> environment, List<string> rejected)
    {
        if (options?.PythonExecutable is { Length: > 0 } exe)
            yield return new Candidate(exe, CandidateKind.Executable, "PythonOptions.PythonExecutable", IsExplicit: true);
        else if (options?.LibraryPath is { Length: > 0 } lib)
            yield return new Candidate(lib, CandidateKind.Library, "PythonOptions.LibraryPath", IsExplicit: true);

        // A program published with its own Python runs that one, whatever the machine has.
        if (PythonBundle.BesideProgram is { } bundle)
            yield return new Candidate(bundle.Home, CandidateKind.Bundle, PythonBundle.Source, IsExplicit: true);

        if (environment(EnvironmentVariable) is { Length: > 0 } fromEnv)
            yield return new Candidate(fromEnv, LooksLikeLibrary(fromEnv) ? CandidateKind.Library : CandidateKind.Executable, EnvironmentVariable, IsExplicit: true);

        foreach (string variable in new[] { "VIRTUAL_ENV", "CONDA_PREFIX" })
        {
            if (environment(variable) is not { Length: > 0 } root)
                continue;
            string? inEnvironment = EnvironmentExecutable(root);
            if (inEnvironment is null)
                rejected.Add($"{variable}: {root} — no python executable in its {(OperatingSystem.IsWindows() ? "Scripts" : "bin")} folder");
            else
                yield return new Candidate(inEnvironment, CandidateKind.Executable, variable);
        }

        // The interpreter a PyBind.Gen build described the modules with (recorded in the program's assembly).
        if (Marshalling.PyBuildRecord.Python is { Length: > 0 } recorded)
            yield return new Candidate(recorded, CandidateKind.Executable, "the interpreter recorded at build time");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        string[] pathEntries = (environment("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (string directory in pathEntries)
        {
            string path = Path.Combine(directory, ExecutableName);
            if (File.Exists(path) && seen.Add(ResolveLinks(path)))
                yield return new Candidate(path, CandidateKind.Executable, $"{ExecutableName} on PATH");
        }
        if (seen.Count == 0)
            rejected.Add($"{ExecutableName} on PATH: not found in any of {pathEntries.Length} PATH entries");
    }

    private static string? EnvironmentExecutable(string root)
    {
        string[] names = OperatingSystem.IsWindows()
            ? new[] { Path.Combine(root, "Scripts", "python.exe"), Path.Combine(root, "python.exe") }
            : new[] { Path.Combine(root, "bin", "python3"), Path.Combine(root, "bin", "python") };
        return names.FirstOrDefault(File.Exists);
    }

    private static string? TryExecutable(Candidate candidate, string? libraryOverride, out PythonInstallation? found)
    {
        found = null;
        if (!File.Exists(candidate.Path))
            return "the file does not exist";

        Dictionary<string, string>? facts = Probe(candidate.Path, out string? probeError);
        if (facts is null)
            return probeError;

        if (facts.GetValueOrDefault("implementation") != "cpython")
            return $"it is {facts.GetValueOrDefault("implementation")}, not CPython";
        if (!Version.TryParse(facts.GetValueOrDefault("version"), out Version? version))
            return "it did not report its version";
        if (version < MinimumVersion)
            return $"Python {version} is too old (PyBind needs {MinimumVersion} or later)";
        if (facts.GetValueOrDefault("gil_disabled") == "1")
            return "it is a free-threaded build (no GIL), which PyBind does not support yet";

        string? library = libraryOverride ?? FindLibrary(facts, version);
        if (library is null)
        {
            return $"Python {version} has no shared libpython (LIBDIR={facts.GetValueOrDefault("libdir")}, " +
                   $"LDLIBRARY={facts.GetValueOrDefault("ldlibrary")}); install the shared library " +
                   $"(Debian/Ubuntu: apt-get install libpython{version.Major}.{version.Minor}) or use a build configured with --enable-shared " +
                   "(pyenv: PYTHON_CONFIGURE_OPTS=--enable-shared pyenv install <version>)";
        }
        if (!File.Exists(library))
            return $"the library {library} does not exist";

        // A venv's sys.executable is the venv's own python: initializing with it gives the venv's prefix and site-packages.
        string executable = facts.GetValueOrDefault("executable") is { Length: > 0 } reported ? reported : candidate.Path;
        found = new PythonInstallation(executable, library, version, candidate.Source);
        return null;
    }

    private static string? TryLibrary(Candidate candidate, out PythonInstallation? found)
    {
        found = null;
        if (!File.Exists(candidate.Path))
            return "the file does not exist";
        Version? version = VersionFromLibraryName(Path.GetFileName(candidate.Path));
        if (version is null)
            return "the file name does not say which Python version it is (expected libpython3.X…)";
        if (version < MinimumVersion)
            return $"Python {version} is too old (PyBind needs {MinimumVersion} or later)";

        // Python computes its prefix from the executable, so find the interpreter that belongs to this library.
        string? executable = ExecutableForLibrary(candidate.Path, version);
        if (executable is null)
            return $"no python{version.Major}.{version.Minor} executable found above {Path.GetDirectoryName(candidate.Path)}; set {EnvironmentVariable} to the python executable instead";
        if (Probe(executable, out string? probeError) is { } facts && Version.TryParse(facts.GetValueOrDefault("version"), out Version? exact))
            version = exact;
        else if (probeError is not null)
            return $"its interpreter {executable} could not be started: {probeError}";
        found = new PythonInstallation(executable, Path.GetFullPath(candidate.Path), version, candidate.Source);
        return null;
    }

    /// <summary>The bundle is not asked anything (its executable need not run on its own): its manifest says it all.</summary>
    private static string? TryBundle(out PythonInstallation? found)
    {
        PythonBundle bundle = PythonBundle.BesideProgram!;
        found = null;
        if (!File.Exists(bundle.LibraryPath))
            return $"its libpython {bundle.LibraryPath} is missing; publish the program again";
        found = bundle.Installation;
        return null;
    }

    private static Dictionary<string, string>? Probe(string executable, out string? error)
    {
        error = null;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-I");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(ProbeScript);
        try
        {
            using Process process = Process.Start(start)!;
            var stderrTask = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(30_000))
            {
                process.Kill(entireProcessTree: true);
                error = "it did not answer within 30 s";
                return null;
            }
            if (process.ExitCode != 0)
            {
                string stderr = stderrTask.Result.Trim();
                error = $"it exited with code {process.ExitCode}{(stderr.Length > 0 ? ": " + LastLine(stderr) : string.Empty)}";
                return null;
            }
            var facts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string line in output.Split('\n'))
            {
                int equals = line.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                    facts[line[..equals]] = line[(equals + 1)..].TrimEnd('\r');
            }
            return facts;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            error = $"it could not be started ({e.Message})";
            return null;
        }
    }

    private static string? FindLibrary(Dictionary<string, string> facts, Version version)
    {
        string libdir = facts.GetValueOrDefault("libdir") ?? string.Empty;
        string basePrefix = facts.GetValueOrDefault("base_prefix") ?? string.Empty;
        var names = new List<string>();
        foreach (string key in new[] { "instsoname", "ldlibrary" })
        {
            if (facts.GetValueOrDefault(key) is { Length: > 0 } name && !name.EndsWith(".a", StringComparison.Ordinal))
                names.Add(name);
        }
        names.Add(OperatingSystem.IsWindows() ? $"python{version.Major}{version.Minor}.dll"
                : OperatingSystem.IsMacOS() ? $"libpython{version.Major}.{version.Minor}.dylib"
                : $"libpython{version.Major}.{version.Minor}.so.1.0");

        var directories = new List<string> { libdir, Path.Combine(basePrefix, "lib"), basePrefix };
        if (facts.GetValueOrDefault("multiarch") is { Length: > 0 } multiarch)
            directories.Add(Path.Combine("/usr/lib", multiarch));
        foreach (string directory in directories.Where(d => d.Length > 0))
        {
            foreach (string name in names)
            {
                string path = Path.Combine(directory, name);
                if (File.Exists(path))
                    return path;
            }
        }
        return null;
    }

    private static string? ExecutableForLibrary(string library, Version version)
    {
        string[] names = OperatingSystem.IsWindows()
            ? new[] { "python.exe" }
            : new[] { $"python{version.Major}.{version.Minor}", $"python{version.Major}" };
        for (DirectoryInfo? directory = new FileInfo(library).Directory; directory is not null; directory = directory.Parent)
        {
            foreach (string name in names)
            {
                foreach (string candidate in new[] { Path.Combine(directory.FullName, "bin", name), Path.Combine(directory.FullName, name) })
                {
                    if (File.Exists(candidate))
                        return candidate;
                }
            }
        }
        return null;
    }

    internal static Version? VersionFromLibraryName(string fileName)
    {
        // libpython3.11.so.1.0, libpython3.11.dylib, python311.dll
        string digits = fileName.StartsWith("libpython", StringComparison.Ordinal) ? fileName["libpython".Length..]
            : fileName.StartsWith("python", StringComparison.OrdinalIgnoreCase) ? fileName["python".Length..]
            : string.Empty;
        int end = 0;
        while (end < digits.Length && (char.IsAsciiDigit(digits[end]) || digits[end] == '.'))
            end++;
        string number = digits[..end].TrimEnd('.');
        if (!number.Contains('.', StringComparison.Ordinal) && number.Length >= 2)
            number = number[..1] + "." + number[1..];
        return Version.TryParse(number, out Version? version) && version.Major == 3 ? version : null;
    }

    private static bool LooksLikeLibrary(string path)
    {
        string name = Path.GetFileName(path);
        return name.StartsWith("libpython", StringComparison.Ordinal)
            || name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".dylib", StringComparison.Ordinal)
            || name.Contains(".so", StringComparison.Ordinal);
    }

    private static string ResolveLinks(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        }
        catch (IOException)
        {
            return Path.GetFullPath(path);
        }
    }

    private static string LastLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();

    private static string FormatFailure(List<string> rejected)
    {
        var message = new StringBuilder("No usable Python was found. Tried, in order:");
        foreach (string line in rejected)
            message.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}  - {line}");
        if (rejected.Count == 0)
            message.Append(" nothing (no options, no PYBIND_PYTHON, no virtual environment, no python3 on PATH).");
        message.Append(Environment.NewLine).Append(
            "To fix it: install CPython 3.9 or later with its shared library (Debian/Ubuntu: apt-get install python3 libpython3.11, for your version), " +
            $"or point PyBind at one: set {EnvironmentVariable} to a python executable or a libpython file, activate a virtual " +
            "environment, or pass PythonOptions.PythonExecutable to Python.Initialize.");
        return message.ToString();
    }
}
