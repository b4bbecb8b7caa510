using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using static PyBind.Interop.Loader;

namespace PyBind.Hosting;

/// <summary>
/// Loads libpython, or finds the CPython that is already in this process: linked into the executable (a
/// <c>python3</c> that hosts .NET; Debian's links libpython in statically) or a libpython another component loaded
/// (pythonnet). A second copy of CPython in one process would be a second, uninitialized interpreter whose objects
/// the first one does not know: whatever is there already is what the runtime uses.
/// </summary>
internal static unsafe class NativeLoader
{
    /// <summary>A symbol every CPython exports; finding it finds the C API.</summary>
    private const string ProbeSymbol = "Py_IsInitialized";

    /// <summary>Whether this glibc has the dl* functions in libc (2.34+) rather than only in libdl.</summary>
    private static readonly Lazy<bool> s_dlInLibc = new(() =>
    {
        try
        {
            _ = DlerrorLibc();
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    });

    /// <summary>Loads the libpython at <paramref name="path"/> with RTLD_GLOBAL.</summary>
    internal static nint Load(string path)
    {
        if (OperatingSystem.IsWindows())
            return NativeLibrary.Load(path);
        nint handle = Open(path, RTLD_NOW | Global, out string? error);
        if (handle == 0)
            throw new PythonNotFoundException($"libpython {path} could not be loaded: {error}");
        return handle;
    }

    /// <summary>
    /// The CPython already in this process, if there is one: a handle for looking up its C API, and the file it lives
    /// in (a libpython, or the executable itself).
    /// </summary>
    internal static bool TryFindLoaded(out nint handle, out string file)
    {
        if (OperatingSystem.IsWindows())
            return TryFindLoadedWindows(out handle, out file);

        // The program and every library loaded with RTLD_GLOBAL (pythonnet loads libpython so).
        nint global = Open(null, RTLD_NOW, out _);
        if (global != 0 && NativeLibrary.TryGetExport(global, ProbeSymbol, out nint symbol))
        {
            // The loader names the executable by its argv[0], which may be relative ("python3" found on PATH).
            file = FileContaining(symbol) is { } found && Path.IsPathRooted(found) ? found : Environment.ProcessPath ?? "the program";
            // A library gets a handle of its own; libpython linked into the executable is reached through the program's.
            handle = Open(file, RTLD_NOW | NoLoad | Global, out _);
            if (handle == 0 || !NativeLibrary.TryGetExport(handle, ProbeSymbol, out _))
                handle = global;
            return true;
        }

        // A libpython loaded with RTLD_LOCAL (NativeLibrary.Load does that) is invisible to the lookup above: find it
        // among the mapped files, and make it global on the way, as extension modules need.
        foreach (string path in MappedLibpythons())
        {
            handle = Open(path, RTLD_NOW | NoLoad | Global, out _);
            if (handle != 0 && NativeLibrary.TryGetExport(handle, ProbeSymbol, out _))
            {
                file = path;
                return true;
            }
        }
        handle = 0;
        file = string.Empty;
        return false;
    }

    private static int Global => OperatingSystem.IsMacOS() ? RTLD_GLOBAL_MACOS : RTLD_GLOBAL_LINUX;

    private static int NoLoad => OperatingSystem.IsMacOS() ? RTLD_NOLOAD_MACOS : RTLD_NOLOAD_LINUX;

    private static nint Open(string? path, int flags, out string? error)
    {
        nint handle;
        byte* message;
        if (OperatingSystem.IsMacOS())
        {
            handle = DlopenMacOS(path, flags);
            message = handle == 0 ? DlerrorMacOS() : null;
        }
        else if (s_dlInLibc.Value)
        {
            handle = DlopenLibc(path, flags);
            message = handle == 0 ? DlerrorLibc() : null;
        }
        else
        {
            handle = DlopenLibdl(path, flags);
            message = handle == 0 ? DlerrorLibdl() : null;
        }
        error = message is null ? null : Marshal.PtrToStringUTF8((nint)message);
        return handle;
    }

    /// <summary>The file (library or executable) that holds <paramref name="address"/>, as the loader names it.</summary>
    private static string? FileContaining(nint address)
    {
        DlInfo info;
        int found = OperatingSystem.IsMacOS() ? DladdrMacOS(address, &info)
            : s_dlInLibc.Value ? DladdrLibc(address, &info)
            : DladdrLibdl(address, &info);
        return found != 0 && info.FileName is not null && *info.FileName != 0 ? Marshal.PtrToStringUTF8((nint)info.FileName) : null;
    }

    /// <summary>The libpython files mapped into this process (Linux: <c>/proc/self/maps</c>; elsewhere none are found this way).</summary>
    private static IEnumerable<string> MappedLibpythons()
    {
        const string Maps = "/proc/self/maps";
        if (!OperatingSystem.IsLinux() || !File.Exists(Maps))
            yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Maps))
        {
            int start = line.IndexOf('/', StringComparison.Ordinal);
            if (start < 0)
                continue;
            string path = line[start..];
            if (Path.GetFileName(path).StartsWith("libpython3", StringComparison.Ordinal) && seen.Add(path))
                yield return path;
        }
    }

    private static bool TryFindLoadedWindows(out nint handle, out string file)
    {
        // python.exe and embedders alike load python3X.dll; only a loaded one is looked for (nothing is loaded here).
        for (int minor = PythonLocator.MinimumVersion.Minor; minor <= 20; minor++)
        {
            string name = $"python3{minor}.dll";
            handle = GetModuleHandleWindows(name);
            if (handle != 0)
            {
                file = name;
                return true;
            }
        }
        handle = 0;
        file = string.Empty;
        return false;
    }
}
