using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace PyBind.Hosting;

/// <summary>
/// The Python a self-contained publish put beside the program (<c>python/</c>, made by PyBind.Gen with
/// <c>PyBindSelfContained</c>): libpython, the standard library, the packages and the native libraries they need, and
/// a manifest naming them. When it is there, it is the program's Python, whatever the machine has: the runtime loads
/// its native libraries first (so that its extension modules find them by name), then starts it isolated from the
/// environment (no <c>PYTHONPATH</c>/<c>PYTHONHOME</c>, no user site), with its folder as home.
/// </summary>
internal sealed record PythonBundle(string Home, string LibraryPath, string Executable, Version Version, string SitePackages, IReadOnlyList<string> NativeLibraries)
{
    internal const string FolderName = "python";
    internal const string ManifestFileName = "pybind-bundle.txt";
    internal const string Source = "the Python bundled with the program (python/ beside it)";

    private static readonly Lazy<PythonBundle?> s_besideProgram = new(() => Read(Path.Combine(AppContext.BaseDirectory, FolderName)));

    /// <summary>The bundle beside the program, or null.</summary>
    internal static PythonBundle? BesideProgram => s_besideProgram.Value;

    internal PythonInstallation Installation => new(Executable, LibraryPath, Version, Source);

    /// <summary>The bundle in <paramref name="home"/>, or null when there is no manifest; a manifest that is not whole is an error.</summary>
    internal static PythonBundle? Read(string home)
    {
        string manifest = Path.Combine(home, ManifestFileName);
        if (!File.Exists(manifest))
            return null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var natives = new List<string>();
        foreach (string line in File.ReadLines(manifest))
        {
            int equals = line.IndexOf('=', StringComparison.Ordinal);
            if (line.StartsWith('#') || equals <= 0)
                continue;
            (string key, string value) = (line[..equals], line[(equals + 1)..]);
            if (key == "native")
                natives.Add(Path.Combine(home, value));
            else
                values[key] = value;
        }
        string Required(string key) => values.TryGetValue(key, out string? value) && value.Length > 0
            ? value
            : throw new PythonNotFoundException($"The bundled Python's manifest {manifest} has no '{key}=' line; publish the program again (dotnet publish -p:PyBindSelfContained=true).");
        if (!Version.TryParse(Required("version"), out Version? version))
            throw new PythonNotFoundException($"The bundled Python's manifest {manifest} has an unreadable version '{values["version"]}'; publish the program again.");
        return new PythonBundle(home, Path.Combine(home, Required("library")), Path.Combine(home, Required("executable")), version,
            Path.Combine(home, Required("site")), natives);
    }

    /// <summary>The bundle <paramref name="installation"/> came from, or null when it is not the bundle's.</summary>
    internal static PythonBundle? For(PythonInstallation installation)
        => BesideProgram is { } bundle && installation.LibraryPath == bundle.LibraryPath ? bundle : null;

    /// <summary>Loads the native libraries the bundle's extension modules need, each after those it needs itself.</summary>
    internal void LoadNativeLibraries()
    {
        foreach (string library in NativeLibraries)
            NativeLoader.Load(library);
    }

    /// <summary>
    /// Makes <see cref="Home"/> the interpreter's home before it starts (<c>Py_SetPythonHome</c>, which every version
    /// 3.9–3.13 reads into its configuration when the configuration does not set it). Python keeps the pointer: the
    /// string lives as long as the process.
    /// </summary>
    internal unsafe void SetHome()
    {
        byte[] text = OperatingSystem.IsWindows() ? Encoding.Unicode.GetBytes(Home + "\0") : Encoding.UTF32.GetBytes(Home + "\0");
        void* home = NativeMemory.Alloc((nuint)text.Length);
        text.CopyTo(new Span<byte>(home, text.Length));
        Interop.Python.Py_SetPythonHome(home);
    }
}
