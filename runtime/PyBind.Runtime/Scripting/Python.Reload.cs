using System;
using PyBind.Marshalling;

namespace PyBind;

public partial class Python
{
    /// <summary>
    /// Runs the code of <paramref name="module"/> again (<c>importlib.reload</c>), after its <c>.py</c> file changed, and
    /// makes the bindings of that module call the new functions, classes and constants from their next use. Objects made
    /// before keep their old class, as in Python; other modules that copied a name (<c>from module import f</c>) keep theirs.
    /// A module not imported yet is imported.
    /// </summary>
    /// <exception cref="PythonException">Running the module's new code raised (a syntax error, an exception at import): as
    /// in Python, the module keeps the old definitions the new code did not get to replace, and the bindings call what it holds.</exception>
    public static void Reload(string module)
    {
        ArgumentException.ThrowIfNullOrEmpty(module);
        using GilScope gil = AcquireGil();
        using PyObject importlib = Import("importlib");
        using PyObject current = Import(module);
        try
        {
            importlib.CallMethod("reload", current).Dispose();
        }
        finally
        {
            // New code that raised has still replaced what it defined before: the bindings follow the module.
            PyModuleMember.Forget(module);
            PythonExceptionRegistry.Reloaded(module);
        }
    }
}
