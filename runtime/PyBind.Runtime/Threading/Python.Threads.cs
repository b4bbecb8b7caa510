using System;
using System.Threading;

namespace PyBind;

public partial class Python
{
    /// <summary>
    /// Holds the GIL on this thread until the scope is disposed, so that many calls pay for one acquisition. Never
    /// needed for correctness; scopes nest.
    /// </summary>
    public static GilScope AcquireGil() => Gil.AcquireAtCallBoundary();

    /// <summary>
    /// Gives the GIL up on this thread until the scope is disposed: wrap .NET code that blocks (waits for a task, a lock,
    /// I/O) when Python may be the caller, so that Python's threads, and .NET threads calling Python, run meanwhile.
    /// Runtime calls inside still work (each takes the GIL again). Does nothing on a thread that does not hold the GIL.
    /// </summary>
    /// <example><code>
    /// Python.Function((string url) => { using (Python.AllowThreads()) return http.GetStringAsync(url).Result; });
    /// </code></example>
    public static GilReleaseScope AllowThreads() => Gil.ReleaseTemporarily();

    /// <summary>
    /// Makes <paramref name="cancellationToken"/> cancel the Python code this thread runs until the scope is disposed:
    /// cancelling raises <c>KeyboardInterrupt</c> inside that code (between two bytecodes, so even <c>while True: pass</c>
    /// stops, within a few milliseconds), and the call throws <see cref="OperationCanceledException"/> for the token.
    /// Code blocked in C (<c>time.sleep</c>, a socket read) sees it when it returns to Python. Scopes nest.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token is already cancelled.</exception>
    public static PyCancellationScope CancelWith(CancellationToken cancellationToken) => new(CancellationState.Enter(cancellationToken));

    /// <summary>
    /// Raises <c>KeyboardInterrupt</c> in the Python code that .NET threads are running now, like Ctrl+C does for
    /// <c>python</c> itself; the calls throw <see cref="PyKeyboardInterrupt"/>. Callable from any thread.
    /// </summary>
    /// <returns>How many threads were interrupted.</returns>
    public static int Interrupt() => PythonThread.InterruptAll();
}
