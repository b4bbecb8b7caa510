namespace PyBind;

/// <summary>
/// <see cref="Python"/> under a name that works alongside pythonnet: pythonnet's assembly declares a <c>Python</c>
/// namespace (<c>Python.Runtime</c>), and a namespace of the global namespace hides a class imported by
/// <c>using PyBind;</c>, so <c>Python.Eval(…)</c> no longer compiles there (CS0234). <c>CPython.Eval(…)</c>,
/// <c>CPython.Import(…)</c>, <c>CPython.AcquireGil()</c>… are the same members and compile in every project.
/// </summary>
public sealed class CPython : Python
{
    private CPython()
    {
    }
}
