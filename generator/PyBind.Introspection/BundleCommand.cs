using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using PyBind.Packages;

namespace PyBind.Introspection;

/// <summary>
/// <c>pybind-introspect bundle</c>: the interpreter a self-contained publish ships (what the PyBind.Gen targets run
/// after <c>dotnet publish -p:PyBindSelfContained=true</c>). Into one folder it copies libpython and the interpreter's
/// executable, the standard library with its compiled extension modules (less what a program never runs: test suites,
/// idlelib, tkinter, turtledemo, ensurepip, the static library's config folder), the files of every distribution the
/// lock lists, and the native libraries all of those need (their ELF NEEDED entries, transitively, as the dynamic
/// loader resolves them; never the C library or the loader). A manifest tells the runtime what to load and where the
/// interpreter's home is. Linux only: the layout and the dependency walk are ELF's.
/// </summary>
public static class BundleCommand
{
    /// <summary>The help text of the subcommand.</summary>
    public const string Usage = """
        Usage: pybind-introspect bundle --python <exe> --output <dir> [--lock <file>] [--origin <file>]

        Copies an interpreter, its standard library, the packages a lock file lists and their native
        libraries into <dir>, with the manifest (pybind-bundle.txt) the PyBind runtime starts it from.

        Options:
          --python <exe>   the interpreter (a project environment's python: its base is bundled, with its packages)
          --output <dir>   the bundle folder (replaced)
          --lock <file>    the packages to include (pip freeze form); without it, the standard library only
          --origin <file>  the file errors are reported against (the project file)
        """;

    /// <summary>The manifest's file name, in the bundle folder.</summary>
    public const string ManifestFileName = "pybind-bundle.txt";

    /// <summary>Folders of the standard library a program never needs (its own test suites anywhere in it too).</summary>
    private static readonly HashSet<string> s_omittedLibraryFolders = new(StringComparer.Ordinal)
    {
        "test", "tests", "idlelib", "tkinter", "turtledemo", "ensurepip", "site-packages", "dist-packages", "__phello__",
    };

    /// <summary>Extension modules of the same kind: Tk's, and CPython's own test helpers.</summary>
    private static readonly string[] s_omittedExtensionPrefixes = ["_tkinter", "_test", "_ctypes_test", "xxlimited", "xxsubtype", "_xxtestfuzz"];

    /// <summary>The C library and the loader (and glibc's other parts): every Linux has its own, which must be used.</summary>
    private static readonly string[] s_systemLibraries =
    [
        "linux-vdso.so", "ld-linux", "libc.so", "libm.so", "libpthread.so", "libdl.so", "librt.so", "libutil.so", "libresolv.so",
        "libnsl.so", "libanl.so", "libmvec.so", "libBrokenLocale.so",
    ];

    /// <summary>Runs the subcommand; <paramref name="args"/> excludes the word <c>bundle</c>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        string? python = null, target = null, lockFile = null, origin = null;
        try
        {
            for (int i = 0; i < args.Count; i++)
            {
                string Next() => i + 1 < args.Count ? args[++i] : throw new FormatException($"Option '{args[i]}' needs a value.");
                switch (args[i])
                {
                    case "--python": python = Next(); break;
                    case "--output": target = Path.GetFullPath(Next()).TrimEnd('/'); break;
                    case "--lock": lockFile = Next() is { Length: > 0 } given ? Path.GetFullPath(given) : null; break;
                    case "--origin": origin = Next(); break;
                    default: throw new FormatException($"Unknown option '{args[i]}' for 'bundle'.");
                }
            }
            if (target is null)
                throw new FormatException("--output is required.");
        }
        catch (FormatException error)
        {
            errors.WriteLine($"pybind-introspect: error PYB1000: {error.Message}");
            errors.WriteLine(Usage);
            return Program.ExitCodes.UsageError;
        }
        origin ??= "pybind";

        if (!OperatingSystem.IsLinux())
        {
            errors.WriteLine($"{origin}: error PYB1210: a self-contained Python (PyBindSelfContained) can be published on Linux only for now.");
            return Program.ExitCodes.SomeModulesFailed;
        }

        PythonInstallation installation;
        try
        {
            installation = Python.Locate(new PythonOptions { PythonExecutable = python });
        }
        catch (PythonNotFoundException error)
        {
            errors.WriteLine($"{origin}: error PYB1211: no Python to bundle. {error.Message}");
            return Program.ExitCodes.PythonUnavailable;
        }

        try
        {
            Bundle(installation, target, lockFile is not null && File.Exists(lockFile) ? lockFile : null, output, errors, origin);
            return Program.ExitCodes.Success;
        }
        catch (Exception error) when (error is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            errors.WriteLine($"{origin}: error PYB1212: the Python bundle could not be made in {target}: {error.Message}");
            return Program.ExitCodes.SomeModulesFailed;
        }
    }

    private static void Bundle(PythonInstallation installation, string target, string? lockFile, TextWriter output, TextWriter errors, string origin)
    {
        string script = Path.Combine(AppContext.BaseDirectory, "environment", "pybind_bundle.py");
        Pip.Outcome described = Pip.RunProcessAsync(installation.Executable!, [script, lockFile ?? "-"], null, null, CancellationToken.None).GetAwaiter().GetResult();
        if (!described.Succeeded)
            throw new InvalidOperationException($"{installation.Executable} could not describe itself: {Pip.Quote(described.Output)}");
        using JsonDocument document = JsonDocument.Parse(described.Output.Split('\n').Last(line => line.StartsWith('{')));
        JsonElement facts = document.RootElement;
        string Fact(string name) => facts.GetProperty(name).GetString()!;
        foreach (JsonElement missing in facts.GetProperty("missing").EnumerateArray())
            output.WriteLine($"{origin}: warning PYB1213: {missing.GetString()} is in the lock but not installed in {installation.Executable}; the bundle leaves it out (build again to install it).");
        if (lockFile is null)
            output.WriteLine($"{origin}: warning PYB1214: the project declares no requirements, so the bundle holds the standard library only; name the packages the program needs with <PyBindRequirement Include=\"name\" />.");

        string aside = target + ".building";
        if (Directory.Exists(aside))
            Directory.Delete(aside, recursive: true);
        string library = Path.Combine(aside, "lib", $"python{Fact("major_minor")}");
        string sitePackages = Path.Combine(aside, "site-packages");

        CopyLibrary(Fact("stdlib"), library);
        if (Fact("dynload") is { Length: > 0 } dynload && !dynload.StartsWith(Fact("stdlib") + "/", StringComparison.Ordinal))
            CopyLibrary(dynload, Path.Combine(library, "lib-dynload"));
        foreach (JsonElement file in facts.GetProperty("packages").EnumerateArray())
        {
            string relative = file[1].GetString()!;
            if (!relative.Split('/').Contains("tests") && IsWanted(relative))
                CopyFile(file[0].GetString()!, Path.Combine(sitePackages, relative));
        }
        string libpython = Path.Combine(aside, "lib", Path.GetFileName(installation.LibraryPath));
        CopyFile(installation.LibraryPath, libpython);
        string executable = Path.Combine(aside, "bin", $"python{Fact("major_minor")}");
        CopyFile(Fact("executable"), executable);

        List<string> natives = CopyNativeDependencies(aside, errors, origin);
        bool stripped = Strip(aside);

        var manifest = new List<string>
        {
            "# The Python of this program, started by PyBind's runtime in place of any on the machine.",
            "version=" + Fact("version"),
            "library=" + Path.GetRelativePath(aside, libpython),
            "executable=" + Path.GetRelativePath(aside, executable),
            "site=site-packages",
        };
        manifest.AddRange(natives.Select(native => "native=" + Path.GetRelativePath(aside, native)));
        File.WriteAllLines(Path.Combine(aside, ManifestFileName), manifest);

        if (Directory.Exists(target))
            Directory.Delete(target, recursive: true);
        Directory.Move(aside, target);
        long bytes = new DirectoryInfo(target).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        output.WriteLine($"pybind: bundled Python {Fact("version")} in {target}: {bytes / (1024.0 * 1024.0):0.0} MB, {natives.Count} native libraries{(stripped ? string.Empty : " (not stripped: no strip on PATH)")}");
    }

    /// <summary>Copies a standard library folder without what programs never use.</summary>
    private static void CopyLibrary(string source, string target)
    {
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            string[] parts = relative.Split('/');
            if (parts[..^1].Any(s_omittedLibraryFolders.Contains) || parts[0].StartsWith("config-", StringComparison.Ordinal))
                continue;
            string name = parts[^1];
            if (name == "EXTERNALLY-MANAGED" || (name.EndsWith(".so", StringComparison.Ordinal) && s_omittedExtensionPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))))
                continue;
            if (IsWanted(relative))
                CopyFile(file, Path.Combine(target, relative));
        }
    }

    /// <summary>Bytecode compiled for -O and -OO is never used by an embedded interpreter started without them.</summary>
    private static bool IsWanted(string relative) => !relative.EndsWith(".opt-1.pyc", StringComparison.Ordinal) && !relative.EndsWith(".opt-2.pyc", StringComparison.Ordinal);

    /// <summary>Copies the file's content (a link's target), keeping its modification time (what bytecode caches check).</summary>
    private static void CopyFile(string source, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
        File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(source));
    }

    /// <summary>
    /// Copies into lib/native/ every library the bundle's ELF files need that it does not hold, under the name they ask
    /// for; returns them in an order in which each one's own dependencies come first (the runtime loads them so).
    /// </summary>
    private static List<string> CopyNativeDependencies(string bundle, TextWriter errors, string origin)
    {
        string[] elfFiles = Directory.EnumerateFiles(bundle, "*.so*", SearchOption.AllDirectories).Where(IsElf).ToArray();
        Dictionary<string, List<(string Name, string? Path)>> needs = ResolveDependencies(elfFiles);
        var copied = new Dictionary<string, string>(StringComparer.Ordinal);
        var bundled = new HashSet<string>(elfFiles.Select(Path.GetFileName)!, StringComparer.Ordinal);
        foreach ((string file, List<(string Name, string? Path)> dependencies) in needs)
        {
            foreach ((string name, string? path) in dependencies)
            {
                if (IsSystemLibrary(name) || bundled.Contains(name) || copied.ContainsKey(name))
                    continue;
                if (path is null)
                {
                    errors.WriteLine($"{origin}: warning PYB1215: {Path.GetFileName(file)} needs {name}, which is not on this machine; the bundle goes without it.");
                    continue;
                }
                string destination = Path.Combine(bundle, "lib", "native", name);
                CopyFile(path, destination);
                copied[name] = destination;
            }
        }

        // ldd lists a library's whole closure: one with fewer dependencies among the copied ones never needs one with more.
        Dictionary<string, List<(string Name, string? Path)>> nativeNeeds = ResolveDependencies([.. copied.Values]);
        return [.. copied.Values.OrderBy(file => nativeNeeds.GetValueOrDefault(file)?.Count(d => copied.ContainsKey(d.Name)) ?? 0).ThenBy(file => file, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Drops the symbols nothing loads (<c>strip --strip-unneeded</c>: the dynamic symbol table stays) from every ELF
    /// file of the bundle, when binutils are there: a pyenv build's libpython and extension modules carry their debug
    /// symbols, over 40% of a bundle (78 MB to 45 MB for 3.12); Debian's are stripped already.
    /// </summary>
    private static bool Strip(string bundle)
    {
        string[] elfFiles = Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories).Where(IsElf).ToArray();
        foreach (string[] batch in elfFiles.Chunk(64))
        {
            Pip.Outcome stripped = Pip.RunProcessAsync("strip", ["--strip-unneeded", .. batch], null, null, CancellationToken.None).GetAwaiter().GetResult();
            if (stripped.ExitCode == -1)
                return false;
        }
        return true;
    }

    private static bool IsSystemLibrary(string name) => s_systemLibraries.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)) || name.StartsWith('/');

    private static bool IsElf(string file)
    {
        if (new FileInfo(file).LinkTarget is not null)
            return false;
        Span<byte> magic = stackalloc byte[4];
        using FileStream stream = File.OpenRead(file);
        return stream.Read(magic) == 4 && magic.SequenceEqual((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F']);
    }

    /// <summary>What each file needs, as the dynamic loader resolves it (<c>ldd</c>): the name asked for and the file found, or null.</summary>
    private static Dictionary<string, List<(string Name, string? Path)>> ResolveDependencies(IReadOnlyList<string> files)
    {
        var needs = new Dictionary<string, List<(string, string?)>>(StringComparer.Ordinal);
        foreach (string[] batch in files.Chunk(64))
        {
            Pip.Outcome listed = Pip.RunProcessAsync("ldd", batch, null, null, CancellationToken.None).GetAwaiter().GetResult();
            List<(string, string?)>? current = batch.Length == 1 ? needs[batch[0]] = [] : null;
            foreach (string raw in listed.Output.Split('\n'))
            {
                string line = raw.Trim();
                if (batch.Length > 1 && raw.Length > 0 && !char.IsWhiteSpace(raw[0]) && line.EndsWith(':'))
                {
                    current = needs[line[..^1]] = [];
                    continue;
                }
                if (current is null || line.Length == 0)
                    continue;
                // "libblas.so.3 => /lib/x86_64-linux-gnu/libblas.so.3 (0x…)", "libfoo.so => not found", "/lib64/ld-linux-x86-64.so.2 (0x…)"
                int arrow = line.IndexOf(" => ", StringComparison.Ordinal);
                if (arrow < 0)
                    continue;
                string name = line[..arrow];
                string resolved = line[(arrow + 4)..];
                int paren = resolved.LastIndexOf(" (", StringComparison.Ordinal);
                resolved = paren >= 0 ? resolved[..paren] : resolved;
                current.Add((name, resolved == "not found" || resolved.Length == 0 ? null : resolved));
            }
        }
        return needs;
    }
}
