using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using PyBind.Packages;

namespace PyBind.Introspection;

/// <summary>
/// <c>pybind-introspect environment</c>: the project's own virtual environment, made from a base interpreter and
/// the declared requirements (what the PyBind.Gen targets run before describing modules). It does nothing when the
/// requirements, the lock and the base are as the environment records them. Otherwise it works on a copy beside the
/// environment (a fresh <c>python -m venv</c> when there is none or the base changed; the current one copied, so pip
/// installs only what changed, otherwise), installs with pip, removes what no requirement needs any more, writes the
/// lock file, and only then swaps the copy in: a failed install leaves the previous environment as it was. A lock file
/// next to the environment keeps two builds from working on it at once.
/// </summary>
public static class EnvironmentCommand
{
    /// <summary>The help text of the subcommand.</summary>
    public const string Usage = """
        Usage: pybind-introspect environment --environment <dir> --requirements <file> --lock <file> [options]

        Creates or updates a project's virtual environment from its requirements (pip's requirements syntax),
        and writes the lock file (pip freeze form). Does nothing when nothing changed.

        Options:
          --environment <dir>     the virtual environment (replaced as a whole when it must be rebuilt)
          --requirements <file>   the requirements, in pip's syntax (-r, --find-links, --no-index, paths, wheels)
          --lock <file>           the lock file: read as pip constraints while the requirements are unchanged, rewritten after
          --python <exe>          the base interpreter (default: PYBIND_PYTHON, an active venv/conda env, python3 on PATH)
          --system-site-packages  let the environment see the base interpreter's packages
          --project <dir>         where relative paths in the requirements start (default: the current folder)
          --origin <file>         the file errors are reported against (the project file)
          --inputs-record <file>  write the files the environment depends on there, one per line (for incremental builds)
        """;

    /// <summary>Written in the environment when it is complete: what it was made from.</summary>
    public const string StampFileName = "pybind-environment.json";

    private const string LockHashPrefix = "# requirements: sha256:";

    /// <summary>Runs the subcommand; <paramref name="args"/> excludes the word <c>environment</c>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
        => Subcommand.Run(args, errors, Usage, Options.Parse, options => new Builder(options, output, errors).Run(),
            (options, error) => $"{options.Origin}: error PYB1209: the project's Python environment could not be prepared: {error}");

    /// <summary>The python executable of a virtual environment.</summary>
    public static string PythonOf(string environment) => OperatingSystem.IsWindows()
        ? Path.Combine(environment, "Scripts", "python.exe")
        : Path.Combine(environment, "bin", "python");

    private sealed class Builder(Options options, TextWriter output, TextWriter errors)
    {
        private string Environment => options.Environment;

        public int Run()
        {
            List<string> requirementFiles = RequirementFiles(options.Requirements);
            if (options.InputsRecord is { } record)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(record)!);
                WriteIfDifferent(record, string.Join("\n", requirementFiles.Append(options.Lock)) + "\n");
            }
            string requirementsHash = Hash(string.Join("\n", requirementFiles.Select(f => f + "\n" + File.ReadAllText(f))));

            PythonInstallation basePython;
            try
            {
                basePython = Python.Locate(new PythonOptions { PythonExecutable = options.Python });
            }
            catch (PythonNotFoundException error)
            {
                errors.WriteLine($"{options.Origin}: error PYB1200: no base Python to make the project's environment from. {error.Message}");
                return Program.ExitCodes.PythonUnavailable;
            }
            // By the real file: a venv's python (VIRTUAL_ENV set to this very environment) is a link to its base's.
            string baseIdentity = $"{RealPath(basePython.Executable ?? basePython.LibraryPath)} {basePython.Version}{(options.SystemSitePackages ? " system-site-packages" : string.Empty)}";

            using FileStream guard = AcquireLock();
            Stamp? stamp = Stamp.Read(Path.Combine(Environment, StampFileName));
            string fingerprint = Fingerprint(requirementsHash, baseIdentity);
            if (stamp is not null && stamp.Fingerprint == fingerprint && File.Exists(PythonOf(Environment)))
            {
                File.SetLastWriteTimeUtc(Path.Combine(Environment, StampFileName), DateTime.UtcNow);
                output.WriteLine($"pybind: Python environment {Environment} is up to date");
                return Program.ExitCodes.Success;
            }
            return Rebuild(basePython, baseIdentity, requirementsHash, reuse: stamp?.Base == baseIdentity && File.Exists(PythonOf(Environment)));
        }

        private int Rebuild(PythonInstallation basePython, string baseIdentity, string requirementsHash, bool reuse)
        {
            string aside = Environment + ".building";
            DeleteDirectory(aside);
            try
            {
                if (reuse)
                {
                    output.WriteLine($"pybind: updating Python environment {Environment}");
                    CopyDirectory(Environment, aside);
                }
                else
                {
                    output.WriteLine($"pybind: creating Python environment {Environment} from Python {basePython.Version} ({basePython.Executable})");
                    var venvArguments = new List<string> { "-m", "venv" };
                    if (options.SystemSitePackages)
                        venvArguments.Add("--system-site-packages");
                    venvArguments.Add(aside);
                    Pip.Outcome created = Run(Pip.RunProcessAsync(basePython.Executable!, venvArguments, options.Project, Progress, CancellationToken.None));
                    if (!created.Succeeded || !File.Exists(PythonOf(aside)))
                    {
                        errors.WriteLine($"{options.Origin}: error PYB1201: Python {basePython.Version} ({basePython.Executable}) could not create a virtual environment: {Pip.Quote(created.Output)} " +
                            "Its venv and ensurepip modules are needed (Debian/Ubuntu: apt-get install python3-venv, or python3.X-venv for your version), " +
                            "or choose another base interpreter with PyBindPython.");
                        return Program.ExitCodes.SomeModulesFailed;
                    }
                }

                string python = PythonOf(aside);
                string report = Path.Combine(aside, "pybind-install-report.json");
                var install = new List<string> { "install", "--no-compile", "--report", report, "-r", options.Requirements };
                if (LockedFor(requirementsHash))
                    install.AddRange(["-c", options.Lock]);
                Pip.Outcome installed = Run(Pip.RunAsync(python, install, options.Project, Progress, CancellationToken.None));
                if (!installed.Succeeded)
                {
                    errors.WriteLine($"{options.Requirements}: error PYB1202: pip could not install the project's requirements: {Pip.Quote(installed.Output)} {Pip.Advice(installed.Output)}");
                    return Program.ExitCodes.SomeModulesFailed;
                }

                Contents contents = Describe(python, report);
                File.Delete(report);
                if (contents.Extraneous.Length > 0)
                {
                    output.WriteLine($"pybind: removing what no requirement needs any more: {string.Join(", ", contents.Extraneous)}");
                    Pip.Outcome removed = Run(Pip.RunAsync(python, ["uninstall", "--yes", .. contents.Extraneous], options.Project, Progress, CancellationToken.None));
                    if (!removed.Succeeded)
                    {
                        errors.WriteLine($"{options.Requirements}: error PYB1202: pip could not remove {string.Join(", ", contents.Extraneous)}: {Pip.Quote(removed.Output)}");
                        return Program.ExitCodes.SomeModulesFailed;
                    }
                }

                WriteLock(requirementsHash, contents.Lock);
                new Stamp(Fingerprint(requirementsHash, baseIdentity), baseIdentity).Write(Path.Combine(aside, StampFileName));
                Swap(aside);
                output.WriteLine($"pybind: Python environment ready, {contents.Lock.Length} packages locked in {options.Lock}");
                return Program.ExitCodes.Success;
            }
            finally
            {
                DeleteDirectory(aside);
            }
        }

        private void Progress(string line) => output.WriteLine("pip: " + line);

        private static Pip.Outcome Run(System.Threading.Tasks.Task<Pip.Outcome> task) => task.GetAwaiter().GetResult();

        /// <summary>The fingerprint covers the lock too: a lock pulled from elsewhere is installed again.</summary>
        private string Fingerprint(string requirementsHash, string baseIdentity)
            => Hash($"{requirementsHash}\n{baseIdentity}\n{(File.Exists(options.Lock) ? File.ReadAllText(options.Lock) : string.Empty)}");

        private bool LockedFor(string requirementsHash)
            => File.Exists(options.Lock) && File.ReadLines(options.Lock).Any(line => line == LockHashPrefix + requirementsHash);

        private void WriteLock(string requirementsHash, string[] lines)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(options.Lock)!);
            WriteIfDifferent(options.Lock,
                "# What PyBind.Gen installed for this project's requirements, in pip freeze form: commit it. While the\n" +
                "# requirements stay as they are, builds install exactly these versions (pip -c); change them and it is rewritten.\n" +
                LockHashPrefix + requirementsHash + "\n" +
                string.Concat(lines.Select(line => line + "\n")));
        }

        private Contents Describe(string python, string report)
        {
            string script = Path.Combine(AppContext.BaseDirectory, "environment", "pybind_environment.py");
            Pip.Outcome described = Run(Pip.RunProcessAsync(python, [script, options.Requirements, report], options.Project, line: null, CancellationToken.None));
            if (!described.Succeeded)
                throw new InvalidOperationException($"{script} failed: {described.Output}");
            string json = described.Output.Split('\n').Last(line => line.StartsWith('{'));
            using JsonDocument document = JsonDocument.Parse(json);
            string[] Strings(string name) => document.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();
            return new Contents(Strings("lock"), Strings("extraneous"));
        }

        /// <summary>Puts the finished copy in place of the environment, then points its scripts at their new home.</summary>
        private void Swap(string aside)
        {
            string old = Environment + ".old";
            DeleteDirectory(old);
            if (Directory.Exists(Environment))
                Directory.Move(Environment, old);
            Directory.Move(aside, Environment);
            DeleteDirectory(old);
            // Console scripts name their interpreter by absolute path in their #! line, and pyvenv.cfg records the command.
            string scripts = Path.GetDirectoryName(PythonOf(Environment))!;
            foreach (string file in Directory.EnumerateFiles(scripts).Append(Path.Combine(Environment, "pyvenv.cfg")))
            {
                if (new FileInfo(file).LinkTarget is not null || new FileInfo(file).Length > 1 << 20)
                    continue;
                byte[] bytes = File.ReadAllBytes(file);
                if (Array.IndexOf(bytes, (byte)0) >= 0)
                    continue;
                string text = Encoding.UTF8.GetString(bytes);
                if (text.Contains(aside, StringComparison.Ordinal))
                    File.WriteAllText(file, text.Replace(aside, Environment, StringComparison.Ordinal));
            }
        }

        private FileStream AcquireLock()
        {
            string path = Environment + ".lock";
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            DateTime giveUp = DateTime.UtcNow.AddMinutes(30);
            bool told = false;
            while (true)
            {
                try
                {
                    return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException) when (DateTime.UtcNow < giveUp)
                {
                    if (!told)
                        output.WriteLine($"pybind: waiting for another build to finish with {Environment}");
                    told = true;
                    Thread.Sleep(500);
                }
            }
        }
    }

    /// <summary>The requirements file and every file it includes (-r, -c), in order, as full paths.</summary>
    internal static List<string> RequirementFiles(string requirements)
    {
        var files = new List<string>();
        void Visit(string file)
        {
            string full = Path.GetFullPath(file);
            if (files.Contains(full))
                return;
            if (!File.Exists(full))
                throw new FileNotFoundException($"The requirements file {full} does not exist.", full);
            files.Add(full);
            foreach (string raw in File.ReadLines(full))
            {
                string line = raw.Trim();
                foreach (string option in new[] { "-r", "--requirement", "-c", "--constraint" })
                {
                    if (line.StartsWith(option + " ", StringComparison.Ordinal) || line.StartsWith(option + "=", StringComparison.Ordinal))
                        Visit(Path.Combine(Path.GetDirectoryName(full)!, line[(option.Length + 1)..].Trim()));
                }
            }
        }
        Visit(requirements);
        return files;
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    private static string RealPath(string path)
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

    private static void WriteIfDifferent(string path, string text)
    {
        if (!File.Exists(path) || File.ReadAllText(path) != text)
            File.WriteAllText(path, text);
    }

    private static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
            Directory.Delete(path, recursive: true);
    }

    /// <summary>Copies a folder as it is: symbolic links stay links (a venv's python is one), files keep their mode.</summary>
    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (FileSystemInfo entry in new DirectoryInfo(source).EnumerateFileSystemInfos())
        {
            string destination = Path.Combine(target, entry.Name);
            if (entry.LinkTarget is { } link)
                File.CreateSymbolicLink(destination, link);
            else if (entry is DirectoryInfo)
                CopyDirectory(entry.FullName, destination);
            else
                File.Copy(entry.FullName, destination);
        }
    }

    private sealed record Contents(string[] Lock, string[] Extraneous);

    private sealed record Stamp(string Fingerprint, string Base)
    {
        public static Stamp? Read(string path)
        {
            try
            {
                return File.Exists(path) ? JsonSerializer.Deserialize<Stamp>(File.ReadAllText(path)) : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this));
    }

    private sealed record Options
    {
        public required string Environment { get; init; }

        public required string Requirements { get; init; }

        public required string Lock { get; init; }

        public string? Python { get; init; }

        public bool SystemSitePackages { get; init; }

        public required string Project { get; init; }

        public required string Origin { get; init; }

        public string? InputsRecord { get; init; }

        public static Options Parse(IReadOnlyList<string> args)
        {
            string? environment = null, requirements = null, lockFile = null, python = null, project = null, origin = null, inputs = null;
            bool systemSite = false;
            for (int i = 0; i < args.Count; i++)
            {
                string Next() => i + 1 < args.Count ? args[++i] : throw new FormatException($"Option '{args[i]}' needs a value.");
                switch (args[i])
                {
                    case "--environment": environment = Path.GetFullPath(Next()).TrimEnd('/', '\\'); break;
                    case "--requirements": requirements = Path.GetFullPath(Next()); break;
                    case "--lock": lockFile = Path.GetFullPath(Next()); break;
                    case "--python": python = Next() is { Length: > 0 } given ? given : null; break;
                    case "--system-site-packages": systemSite = true; break;
                    case "--project": project = Path.GetFullPath(Next()); break;
                    case "--origin": origin = Next(); break;
                    case "--inputs-record": inputs = Path.GetFullPath(Next()); break;
                    default: throw new FormatException($"Unknown option '{args[i]}' for 'environment'.");
                }
            }
            return new Options
            {
                Environment = environment ?? throw new FormatException("--environment is required."),
                Requirements = requirements ?? throw new FormatException("--requirements is required."),
                Lock = lockFile ?? throw new FormatException("--lock is required."),
                Python = python,
                SystemSitePackages = systemSite,
                Project = project ?? System.Environment.CurrentDirectory,
                Origin = origin ?? "pybind",
                InputsRecord = inputs,
            };
        }
    }
}
