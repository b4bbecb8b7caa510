using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace PyBind.Introspection;

/// <summary>
/// <c>pybind-introspect watch</c>: started by an editor's design-time build, it keeps the stubs of an open project up
/// to date while the editor has it: when one of the project's files changes (an own <c>.py</c> saved, a new
/// <c>[PyImport]</c>), it runs <c>build</c> as the build does and writes each stub that changed into a C# carrier
/// (<c>&lt;module&gt;.pyi.cs</c>), a file the editor's language server reloads when told it changed, and the generator
/// binds the module from.
/// </summary>
/// <remarks>
/// One per project: a second one finds the lock held and exits. It polls the files it is given (no recursive file
/// watch over a project whose obj/ may hold a whole virtual environment). It exits when the process the editor runs
/// (the nearest process above the build that is not an MSBuild build process) exits, when the project file is gone,
/// or after an hour without a change.
/// </remarks>
public static class WatchCommand
{
    /// <summary>The help text of the subcommand.</summary>
    public const string Usage = """
        Usage: pybind-introspect watch --project <file> --files <file> --arguments <file> --stubs <dir> --carriers <dir> --lock <file> [--scan <dir>] [--build-process <pid>]

        Runs 'build' again whenever one of the listed files changes, and writes each stub that changed into a C# carrier
        (and deletes the carrier of a stub that went).

        Options:
          --project <file>        the project file: the watcher exits when it is gone
          --files <file>          the files to watch, one path per line (read again after every change)
          --arguments <file>      the arguments of 'build', on one line (read again before every run)
          --stubs <dir>           the stubs folder 'build' writes
          --carriers <dir>        where the carriers go
          --lock <file>           held while the watcher runs (its process id goes beside it, in .pid)
          --scan <dir>            a folder whose new .cs and .py files (outside bin/, obj/ and dot-folders) are watched
                                  too, the .cs ones given to 'build' as sources (listed in new-sources.txt beside the lock)
          --build-process <pid>   the build that started the watcher: the editor is the first process above it that is not a build
        """;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Idle = TimeSpan.FromHours(1);

    /// <summary>Runs the subcommand; <paramref name="args"/> excludes the word <c>watch</c>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
        => Subcommand.Run(args, errors, Usage, Options.Parse, options => Watch(options, output),
            (_, error) => $"pybind-introspect: error PYB1099: the stub watcher stopped: {error}");

    private static int Watch(Options options, TextWriter output)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(options.LockFile)!);
        FileStream held;
        try
        {
            // FileShare.None: an exclusive lock (flock on Unix), which a crashed watcher's process gives back.
            held = new FileStream(options.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            output.WriteLine("pybind: a stub watcher already runs for this project");
            return Program.ExitCodes.Success;
        }

        using (held)
        {
            File.WriteAllText(Path.ChangeExtension(options.LockFile, ".pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            int? editor = options.BuildProcess is { } build ? EditorAbove(build) : null;
            // Files made after the project loaded (a new Bindings.cs, a new own module) are not in the build's lists.
            var created = new NewFiles(options);
            Dictionary<string, DateTime> files = Stamps(ReadLines(options.FilesList).Concat(created.Files));
            DateTime lastChange = DateTime.UtcNow;
            while ((editor is null || IsRunning(editor.Value)) && File.Exists(options.Project) && DateTime.UtcNow - lastChange < Idle)
            {
                Thread.Sleep(Poll);
                Dictionary<string, DateTime> now = Stamps(files.Keys.Concat(created.Find()));
                if (SameStamps(files, now))
                {
                    continue;
                }

                // Settle: an editor may save in several writes.
                for (Dictionary<string, DateTime> settled = now; !SameStamps(settled, now = Stamps(now.Keys.Concat(created.Find()))); settled = now)
                {
                    Thread.Sleep(Poll);
                }

                lastChange = DateTime.UtcNow;
                created.WriteSources();
                Update(options, created.SourcesList);
                files = Stamps(ReadLines(options.FilesList).Concat(created.Files));
            }
        }

        return Program.ExitCodes.Success;
    }

    /// <summary>Runs <c>build</c> in a process of its own (a fresh interpreter sees the edited module) and carries what it changed.</summary>
    private static void Update(Options options, string newSources)
    {
        Dictionary<string, DateTime> before = Stamps(Stubs(options.StubFolder));
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            // The arguments file holds the build's command line from "build" on, as the build target runs it.
            Arguments = $"exec \"{typeof(WatchCommand).Assembly.Location}\" {File.ReadAllText(options.ArgumentsFile).Trim()} --sources \"{newSources}\"",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using (Process build = Process.Start(start)!)
        {
            build.OutputDataReceived += (_, _) => { };
            build.ErrorDataReceived += (_, _) => { };
            build.BeginOutputReadLine();
            build.BeginErrorReadLine();
            build.WaitForExit();
        }

        Directory.CreateDirectory(options.CarrierFolder);
        Dictionary<string, DateTime> after = Stamps(Stubs(options.StubFolder));
        foreach ((string stub, DateTime written) in after)
        {
            if (!before.TryGetValue(stub, out DateTime previous) || previous != written)
            {
                WriteCarrier(stub, options.CarrierFolder);
            }
        }

        // A module no longer bound (its [PyImport] removed or renamed): its carrier would bind it again in the editor.
        foreach (string gone in before.Keys.Except(after.Keys))
        {
            File.Delete(CarrierOf(gone, options.CarrierFolder));
        }
    }

    private static string CarrierOf(string stub, string folder) => Path.Combine(folder, Path.GetFileName(stub) + ".cs");

    /// <summary>The carrier of <paramref name="stub"/>: the format PyBind.Gen's StubCarrier reads (comments only).</summary>
    private static void WriteCarrier(string stub, string folder)
    {
        var text = new StringBuilder();
        text.Append("// <auto-generated/>\n");
        text.Append("// PyBind.Gen stub carrier: ").Append(stub).Append('\n');
        foreach (string line in File.ReadAllLines(stub))
        {
            text.Append("//|").Append(line).Append('\n');
        }

        string carrier = CarrierOf(stub, folder);
        string temporary = carrier + ".tmp";
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, carrier, overwrite: true);
    }

    private static IEnumerable<string> Stubs(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.pyi") : [];

    private static IEnumerable<string> ReadLines(string file) =>
        File.Exists(file) ? File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0) : [];

    private static Dictionary<string, DateTime> Stamps(IEnumerable<string> files) =>
        files.Distinct(StringComparer.Ordinal).ToDictionary(f => f, f => File.Exists(f) ? File.GetLastWriteTimeUtc(f) : DateTime.MinValue, StringComparer.Ordinal);

    private static bool SameStamps(Dictionary<string, DateTime> left, Dictionary<string, DateTime> right) =>
        left.Count == right.Count && left.All(pair => right.TryGetValue(pair.Key, out DateTime other) && other == pair.Value);

    /// <summary>
    /// The process the editor runs: the first above <paramref name="build"/> (itself included) that is not an MSBuild
    /// process (a build host, a node); <see langword="null"/> where processes cannot be read (/proc), which leaves the
    /// idle limit.
    /// </summary>
    private static int? EditorAbove(int build)
    {
        for (int pid = build; pid > 1 && File.Exists($"/proc/{pid}/stat");)
        {
            string commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            if (!commandLine.Contains("MSBuild.dll", StringComparison.OrdinalIgnoreCase) && !commandLine.Contains("BuildHost", StringComparison.OrdinalIgnoreCase))
            {
                return pid;
            }

            // /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces and parentheses.
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            pid = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }

        return null;
    }

    private static bool IsRunning(int pid) => !OperatingSystem.IsLinux() || Directory.Exists($"/proc/{pid}");

    /// <summary>
    /// The .cs and .py files made in the scanned folder since the watcher started (a new file of [PyImport]
    /// declarations, a new own module): watched like the listed ones, the .cs ones given to 'build' as sources too.
    /// </summary>
    private sealed class NewFiles
    {
        private readonly string? _folder;
        private readonly HashSet<string> _atStart;
        private readonly SortedSet<string> _found = new(StringComparer.Ordinal);

        public NewFiles(Options options)
        {
            _folder = options.ScanFolder;
            SourcesList = Path.Combine(Path.GetDirectoryName(options.LockFile)!, "new-sources.txt");
            _atStart = [.. Scan()];
            WriteSources();
        }

        /// <summary>The list of the new .cs files, for 'build'.</summary>
        public string SourcesList { get; }

        public IEnumerable<string> Files => _found;

        /// <summary>The new files, those found before included.</summary>
        public SortedSet<string> Find()
        {
            _found.UnionWith(Scan().Where(file => !_atStart.Contains(file)));
            return _found;
        }

        public void WriteSources() =>
            File.WriteAllLines(SourcesList, _found.Where(file => file.EndsWith(".cs", StringComparison.Ordinal)));

        private List<string> Scan()
        {
            if (_folder is null || !Directory.Exists(_folder))
            {
                return [];
            }

            // As the SDK's default items: not in bin/, obj/ (which may hold a whole virtual environment: never entered)
            // or a folder whose name starts with a dot.
            var files = new List<string>();
            var folders = new Stack<string>([_folder]);
            while (folders.Count > 0)
            {
                string folder = folders.Pop();
                try
                {
                    files.AddRange(Directory.EnumerateFiles(folder).Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".py", StringComparison.Ordinal)));
                    foreach (string inner in Directory.EnumerateDirectories(folder))
                    {
                        string name = Path.GetFileName(inner);
                        if (!(folder == _folder && name is "bin" or "obj") && !name.StartsWith('.'))
                        {
                            folders.Push(inner);
                        }
                    }
                }
                catch (Exception error) when (error is IOException or UnauthorizedAccessException)
                {
                    // Gone or unreadable since it was listed: nothing in it to watch.
                }
            }

            return files;
        }
    }

    private sealed class Options
    {
        public required string Project { get; init; }

        public required string FilesList { get; init; }

        public required string ArgumentsFile { get; init; }

        public required string StubFolder { get; init; }

        public required string CarrierFolder { get; init; }

        public required string LockFile { get; init; }

        public string? ScanFolder { get; init; }

        public int? BuildProcess { get; init; }

        public static Options Parse(IReadOnlyList<string> args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < args.Count; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
                {
                    throw new FormatException($"Unexpected '{args[i]}' for 'watch'.");
                }

                values[args[i]] = args[++i];
            }

            string Required(string name) => values.TryGetValue(name, out string? value) ? Path.GetFullPath(value) : throw new FormatException($"'watch' needs {name}.");
            return new Options
            {
                Project = Required("--project"),
                FilesList = Required("--files"),
                ArgumentsFile = Required("--arguments"),
                StubFolder = Required("--stubs"),
                CarrierFolder = Required("--carriers"),
                LockFile = Required("--lock"),
                ScanFolder = values.TryGetValue("--scan", out string? scan) ? Path.GetFullPath(scan) : null,
                BuildProcess = values.TryGetValue("--build-process", out string? pid) && int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out int id) ? id : null,
            };
        }
    }
}
