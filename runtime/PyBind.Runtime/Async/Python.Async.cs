using System;
using System.Threading;
using System.Threading.Tasks;
using PyBind.Async;

namespace PyBind;

public partial class Python
{
    /// <summary>
    /// Runs statements on the runtime's asyncio event loop, with top-level <c>await</c> allowed
    /// (<c>await asyncio.sleep(1)</c>, <c>async with</c>, <c>async for</c>). Cancelling the token cancels the asyncio task
    /// (Python sees <c>CancelledError</c> at its current <c>await</c>).
    /// </summary>
    /// <exception cref="PySyntaxError">The code does not compile (thrown at once, not through the task).</exception>
    public static Task RunAsync(string code, PyScope? scope = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        return PyAsync.RunCode(code, "exec", scope ?? MainScope, PyConverters.For<PyObject>(), cancellationToken);
    }

    /// <summary>Evaluates an expression on the runtime's asyncio event loop, top-level <c>await</c> allowed (<c>await fetch(url)</c>), and converts the result.</summary>
    public static Task<T> EvalAsync<T>(string expression, PyScope? scope = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return PyAsync.RunCode(expression, "eval", scope ?? MainScope, PyConverters.For<T>(), cancellationToken);
    }
}
