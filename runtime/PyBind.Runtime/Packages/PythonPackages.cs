using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PyBind.Hosting;
using PyBind.Packages;

namespace PyBind;

/// <summary>
/// The packages of the running interpreter: what is installed (<see cref="List"/>) and installing more with pip
/// (<see cref="InstallAsync(IEnumerable{string}, IProgress{string}?, CancellationToken)"/>) into its virtual
/// environment, usable at once without restarting. For the imports a piece of code needs, see
/// <see cref="Python.FindImports"/>.
/// </summary>
public static class PythonPackages
{
    private const string HelperSource = """
        import importlib, importlib.metadata, os, re, site, sys, sysconfig

        def _key(name):
            return re.sub(r"[-_.]+", "-", name).lower()

        def list_packages():
            seen, found = set(), []
            for dist in importlib.metadata.distributions():
                name = dist.metadata["Name"]
                # The first of a name on sys.path is the one that imports; later copies are shadowed.
                if not name or _key(name) in seen:
                    continue
                seen.add(_key(name))
                found.append((name, dist.version, os.path.abspath(str(dist.locate_file("")))))
            return sorted(found, key=lambda p: _key(p[0]))

        def environment():
            in_venv = sys.prefix != sys.base_prefix
            managed = os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED"))
            return (sys.executable or "", in_venv, managed and not in_venv, sysconfig.get_path("purelib"))

        def path_files(folder):
            try:
                return [n for n in os.listdir(folder) if n.endswith(".pth")]
            except OSError:
                return []

        def refresh(folder, known_path_files):
            # New modules import at once; a new .pth (a namespace or editable install) is read as site would have.
            importlib.invalidate_caches()
            if folder not in sys.path and os.path.isdir(folder):
                site.addsitedir(folder)
                return
            for name in sorted(set(path_files(folder)) - set(known_path_files)):
                site.addpackage(folder, name, None)
            importlib.invalidate_caches()
        """;

    private static PyScope? s_helpers;

    /// <summary>Every distribution the running interpreter can import, by name (one per name: the one that imports).</summary>
    public static IReadOnlyList<PythonPackage> List()
    {
        using GilScope gil = Gil.Acquire();
        using PyObject list = Helpers.Get("list_packages");
        using PyObject packages = list.Call();
        return packages.As<IReadOnlyList<(string Name, string Version, string Location)>>()
            .Select(p => new PythonPackage(p.Name, p.Version, p.Location))
            .ToArray();
    }

    /// <summary>
    /// Installs <paramref name="requirements"/> with pip into the running interpreter's virtual environment; what it
    /// installs imports at once. Each string is one pip argument: a requirement (<c>"numpy&gt;=1.24"</c>), a wheel or
    /// folder path, or an option (<c>"--no-index"</c>, <c>"--find-links=/wheels"</c>, <c>"-r"</c>, <c>"requirements.txt"</c>).
    /// pip's output goes to <paramref name="progress"/> line by line. A module imported already keeps the version it
    /// was imported with.
    /// </summary>
    /// <exception cref="InvalidOperationException">The interpreter is not a virtual environment (see <see cref="PackageInstallOptions.AllowSystemInterpreter"/>).</exception>
    /// <exception cref="PackageInstallException">pip failed: the message quotes it and says how to fix it.</exception>
    public static Task InstallAsync(IEnumerable<string> requirements, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
        => InstallAsync(requirements, new PackageInstallOptions(), progress, cancellationToken);

    /// <inheritdoc cref="InstallAsync(IEnumerable{string}, IProgress{string}?, CancellationToken)"/>
    public static async Task InstallAsync(IEnumerable<string> requirements, PackageInstallOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(options);
        string[] arguments = requirements.ToArray();
        if (arguments.Length == 0 || arguments.All(string.IsNullOrWhiteSpace))
            throw new ArgumentException("Name at least one requirement to install (\"numpy>=1.24\", a wheel's path, or \"-r\", \"requirements.txt\").", nameof(requirements));

        (string executable, bool inVirtualEnvironment, bool externallyManaged, string sitePackages, string[] pathFiles) = Describe();
        if (executable.Length == 0)
            throw new InvalidOperationException("The running Python does not know its executable (sys.executable is empty), so pip cannot be started for it.");
        if (!inVirtualEnvironment && !options.AllowSystemInterpreter)
        {
            throw new InvalidOperationException(
                $"Python at {executable} is not a virtual environment{(externallyManaged ? " (its distribution manages it: PEP 668 marks it externally managed)" : string.Empty)}, " +
                "so installing into it would change it for every program that uses it. Declare the packages in the project " +
                "(<PyBindRequirement Include=\"name\" />: the build makes the program a virtual environment of its own), run in an active virtual " +
                "environment, or set PackageInstallOptions.AllowSystemInterpreter to install here anyway.");
        }

        var pipArguments = new List<string> { "install" };
        if (externallyManaged)
            pipArguments.Add("--break-system-packages");
        pipArguments.AddRange(arguments);
        Pip.Outcome outcome = await Pip.RunAsync(executable, pipArguments, workingDirectory: null, line: progress is null ? null : progress.Report, cancellationToken).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            throw new PackageInstallException(
                $"pip could not install {string.Join(" ", arguments)} into {executable}: {Pip.Quote(outcome.Output)} {Pip.Advice(outcome.Output)}", outcome.Output);
        }

        using GilScope gil = Gil.Acquire();
        using PyObject refresh = Helpers.Get("refresh");
        refresh.Call(sitePackages, pathFiles).Dispose();
    }

    private static (string Executable, bool InVirtualEnvironment, bool ExternallyManaged, string SitePackages, string[] PathFiles) Describe()
    {
        using GilScope gil = Gil.Acquire();
        using PyObject environment = Helpers.Get("environment");
        (string executable, bool inVirtualEnvironment, bool externallyManaged, string sitePackages) = environment.Call().As<(string, bool, bool, string)>();
        using PyObject pathFiles = Helpers.Get("path_files");
        return (executable, inVirtualEnvironment, externallyManaged, sitePackages, pathFiles.Call(sitePackages).As<string[]>());
    }

    /// <summary>The helper functions' namespace, made on first use; the caller holds the GIL.</summary>
    private static PyScope Helpers => PyScope.Helpers(ref s_helpers, HelperSource);
}
