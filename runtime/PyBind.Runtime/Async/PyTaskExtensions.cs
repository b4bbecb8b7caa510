using System;
using System.Threading.Tasks;

namespace PyBind;

/// <summary>The Python side of tasks that await Python (generated <c>async def</c> and <c>Awaitable[T]</c> bindings, <see cref="PyObject.AsTask{T}"/>).</summary>
public static class PyTaskExtensions
{
    /// <summary>
    /// The Python awaitable <paramref name="task"/> awaits (the coroutine, future or awaitable object a bound call returned,
    /// with its attributes and methods), or null for a task that awaits none. The task keeps it alive; it stays usable after
    /// the task completes.
    /// </summary>
    public static PyObject? GetPythonAwaitable(this Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.AsyncState as PyObject;
    }
}
