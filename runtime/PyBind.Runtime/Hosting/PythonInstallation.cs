using System;

namespace PyBind;

/// <summary>
/// An interpreter and the library that holds its C API: what <see cref="Python.Locate"/> finds (what
/// <see cref="Python.Initialize"/> would start), or the Python already running in the process that the runtime uses.
/// </summary>
/// <param name="Executable">The python executable (a venv's own, when one is used); null when it is not known (only a library was given, or the runtime found Python already running).</param>
/// <param name="LibraryPath">The libpython shared library; the executable itself when libpython is linked into it (Debian's <c>python3</c> hosting .NET).</param>
/// <param name="Version">The interpreter's version (major.minor.micro).</param>
/// <param name="FoundThrough">How it was found, e.g. <c>PYBIND_PYTHON</c>, <c>python3 on PATH</c>, or that it was already running in this process.</param>
public sealed record PythonInstallation(string? Executable, string LibraryPath, Version Version, string FoundThrough);
