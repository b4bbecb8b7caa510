using System;
using System.Collections.Generic;
using System.IO;
using PyBind.Hosting;
using PyBind.Proxies;

namespace PyBind;

/// <summary>
/// The embedded Python of this process. It starts on first use (or explicitly with <see cref="Initialize"/>), once,
/// and every member may be called from any thread: the GIL is taken per call. In a project that references pythonnet,
/// whose <c>Python</c> namespace hides this class, spell it <see cref="CPython"/>.
/// </summary>
public partial class Python
{
    /// <summary>Never instantiated: every member is static. Not a static class only so that <see cref="CPython"/> can derive from it.</summary>
    private protected Python()
    {
    }

    /// <summary>
    /// Finds, loads and starts Python now, with <paramref name="options"/>. Without options, Python is the one bundled
    /// beside the program (a self-contained publish), or else found by <c>PYBIND_PYTHON</c>, an active virtual or
    /// conda environment, the interpreter the build recorded, then <c>python3</c> on <c>PATH</c>; that
    /// also happens on first use. Calling again with the same (or no) options does nothing.
    /// </summary>
    /// <exception cref="PythonNotFoundException">No usable Python: the message lists every candidate and why it was rejected.</exception>
    /// <exception cref="InvalidOperationException">Python was already started with other options, or shut down.</exception>
    public static void Initialize(PythonOptions? options = null) => PythonEngine.Initialize(options);

    /// <summary>
    /// The interpreter <see cref="Initialize"/> would start with <paramref name="options"/>, found as it would find it,
    /// without starting it: for instance the libpython to give pythonnet (<c>Runtime.PythonDLL</c>) so that both use
    /// the same Python.
    /// </summary>
    /// <exception cref="PythonNotFoundException">No usable Python: the message lists every candidate and why it was rejected.</exception>
    public static PythonInstallation Locate(PythonOptions? options = null) => PythonLocator.Locate(options);

    /// <summary>Whether Python is running.</summary>
    public static bool IsInitialized => PythonEngine.IsReady;

    /// <summary>
    /// Finalizes Python. Optional and terminal: CPython cannot start again in the same process. A program that never
    /// calls it exits without waiting for Python.
    /// </summary>
    public static void Shutdown() => PythonEngine.Shutdown();

    /// <summary>The interpreter in use: version, executable, prefixes, libpython, <c>sys.path</c>.</summary>
    public static PythonInfo Info
    {
        get
        {
            using GilScope gil = Gil.Acquire();
            using PyObject sys = Import("sys");
            PythonInstallation installation = PythonEngine.Installation;
            return new PythonInfo(
                installation.Version,
                sys.GetAttr<string>("version"),
                sys.GetAttr<string?>("executable"),
                sys.GetAttr<string>("prefix"),
                sys.GetAttr<string>("base_prefix"),
                installation.LibraryPath,
                sys.GetAttr<IReadOnlyList<string>>("path"),
                installation.FoundThrough);
        }
    }

    /// <summary>
    /// Sends Python's <c>sys.stdout</c> (and <c>sys.stderr</c>, when given) to .NET writers until the returned scope is
    /// disposed. The streams are process-wide, so output from every thread goes there meanwhile; for a permanent
    /// redirection use <see cref="PythonOptions.StandardOutput"/>.
    /// </summary>
    public static IDisposable RedirectOutput(TextWriter? standardOutput, TextWriter? standardError = null)
        => OutputRedirection.Redirect(standardOutput, standardError);
}

/// <summary>What <see cref="Python.Info"/> reports.</summary>
/// <param name="Version">major.minor.micro.</param>
/// <param name="VersionText"><c>sys.version</c>.</param>
/// <param name="Executable"><c>sys.executable</c> (a venv's own python when one is used).</param>
/// <param name="Prefix"><c>sys.prefix</c>.</param>
/// <param name="BasePrefix"><c>sys.base_prefix</c>.</param>
/// <param name="LibraryPath">The libpython loaded.</param>
/// <param name="SearchPath"><c>sys.path</c>.</param>
/// <param name="FoundThrough">How the interpreter was found (<c>PYBIND_PYTHON</c>, <c>python3 on PATH</c>, …).</param>
public sealed record PythonInfo(
    Version Version,
    string VersionText,
    string? Executable,
    string Prefix,
    string BasePrefix,
    string LibraryPath,
    IReadOnlyList<string> SearchPath,
    string FoundThrough);
