using System.Collections.Generic;
using System.IO;

namespace PyBind;

/// <summary>How to find and start Python. Every property is optional; see <see cref="Python.Initialize(PythonOptions?)"/>.</summary>
public sealed class PythonOptions
{
    /// <summary>
    /// The python executable to use (a venv's <c>bin/python</c> included); its libpython, prefix and
    /// <c>sys.path</c> are learned by asking it. Takes precedence over the <c>PYBIND_PYTHON</c> environment variable.
    /// </summary>
    public string? PythonExecutable { get; set; }

    /// <summary>The libpython shared library to load, when it is not the one <see cref="PythonExecutable"/> reports.</summary>
    public string? LibraryPath { get; set; }

    /// <summary>Directories put in front of <c>sys.path</c> (your own <c>.py</c> modules).</summary>
    public IList<string> SearchPaths { get; } = new List<string>();

    /// <summary>Where Python's <c>sys.stdout</c> goes, for the whole process; null keeps Python's own stdout.</summary>
    public TextWriter? StandardOutput { get; set; }

    /// <summary>Where Python's <c>sys.stderr</c> goes, for the whole process; null keeps Python's own stderr.</summary>
    public TextWriter? StandardError { get; set; }
}
