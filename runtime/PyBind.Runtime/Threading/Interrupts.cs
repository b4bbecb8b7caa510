using System;
using System.Runtime.CompilerServices;
using System.Threading;
using PyBind.Hosting;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// A thread that runs Python for .NET, as far as interrupting it goes. Python raises an asynchronous exception
/// (<c>PyThreadState_SetAsyncExc</c>) in a thread between two bytecodes, which is how a <c>while True: pass</c> is
/// stopped; signals are no use here (the runtime leaves SIGINT to .NET, and Python only handles signals on its main
/// thread anyway).
/// </summary>
internal sealed class PythonThread
{
    // Weak on the thread, so that records of threads that ended go away with them.
    private static readonly ConditionalWeakTable<Thread, PythonThread> s_threads = new();

    private PythonThread(nuint ident) => Ident = ident;

    /// <summary>The thread's id for Python (<c>threading.get_ident()</c>, the <c>thread_id</c> of its thread state).</summary>
    internal nuint Ident { get; }

    /// <summary>Whether the thread is inside an outermost runtime call; written and read under the GIL.</summary>
    internal bool InDotNetCall { get; set; }

    /// <summary>Whether a KeyboardInterrupt was scheduled that Python may not have raised yet; GIL-guarded.</summary>
    internal bool InterruptPending { get; private set; }

    /// <summary>The record of the calling thread; Python is initialized.</summary>
    internal static PythonThread Register()
    {
        var thread = new PythonThread(PyThread_get_thread_ident());
        s_threads.AddOrUpdate(Thread.CurrentThread, thread);
        return thread;
    }

    /// <summary>Schedules a KeyboardInterrupt in this thread's Python code; the caller holds the GIL.</summary>
    internal void Interrupt()
    {
        if (PyThreadState_SetAsyncExc(Ident, Interop.Data.PyExc_KeyboardInterrupt) > 0)
            InterruptPending = true;
    }

    /// <summary>Drops an interrupt Python has not raised; the caller holds the GIL.</summary>
    internal void ClearPendingInterrupt()
    {
        InterruptPending = false;
        _ = PyThreadState_SetAsyncExc(Ident, 0);
    }

    /// <summary>Interrupts every thread that is inside a runtime call now.</summary>
    internal static int InterruptAll()
    {
        using GilScope gil = Gil.Acquire();
        int interrupted = 0;
        foreach ((Thread _, PythonThread thread) in s_threads)
        {
            if (thread.InDotNetCall)
            {
                thread.Interrupt();
                interrupted++;
            }
        }
        return interrupted;
    }
}

/// <summary>
/// Cancels the Python code run on this thread while it lasts (<see cref="Python.CancelWith"/>): cancelling the token
/// schedules a KeyboardInterrupt in this thread, and <see cref="Marshalling.PythonErrors"/> turns that
/// KeyboardInterrupt into an <see cref="OperationCanceledException"/> for the token.
/// </summary>
public readonly ref struct PyCancellationScope
{
    private readonly CancellationState? _state;

    internal PyCancellationScope(CancellationState? state) => _state = state;

    /// <summary>Ends the scope: a cancellation after this point no longer affects the thread.</summary>
    public void Dispose() => _state?.Exit();
}

/// <summary>One <see cref="PyCancellationScope"/>; scopes nest per thread.</summary>
internal sealed class CancellationState
{
    [ThreadStatic] private static CancellationState? t_current;

    private readonly PythonThread _thread;
    private readonly CancellationState? _outer;
    private CancellationTokenRegistration _registration;
    private bool _exited;

    private CancellationState(PythonThread thread, CancellationState? outer, CancellationToken token)
    {
        _thread = thread;
        Token = token;
        _outer = outer;
    }

    internal CancellationToken Token { get; }

    internal static bool IsActiveOnThisThread => t_current is not null;

    /// <summary>The token of the innermost scope of this thread that was cancelled, if any.</summary>
    internal static bool TryGetCancelled(out CancellationToken token)
    {
        for (CancellationState? state = t_current; state is not null; state = state._outer)
        {
            if (state.Token.IsCancellationRequested)
            {
                token = state.Token;
                return true;
            }
        }
        token = default;
        return false;
    }

    internal static CancellationState? Enter(CancellationToken token)
    {
        if (!token.CanBeCanceled)
            return null;
        token.ThrowIfCancellationRequested();
        PythonEngine.EnsureInitialized();
        var state = new CancellationState(Gil.CurrentThread, t_current, token);
        t_current = state;
        // UnsafeRegister: the callback needs no ExecutionContext, and flowing one would cost an allocation.
        state._registration = token.UnsafeRegister(static s => ((CancellationState)s!).Fire(), state);
        return state;
    }

    /// <summary>Runs on the cancelling thread. The GIL orders it with <see cref="Exit"/>: it either interrupts a scope still running or does nothing.</summary>
    private void Fire()
    {
        using GilScope gil = Gil.Acquire();
        if (!_exited)
            _thread.Interrupt();
    }

    internal void Exit()
    {
        using (Gil.Acquire())
        {
            if (_exited)
                return;
            _exited = true;
            t_current = _outer;
            if (_thread.InterruptPending && _outer is null)
                _thread.ClearPendingInterrupt();
        }
        // Unregister, not Dispose: Dispose waits for a callback in flight, which may be waiting for the GIL we held.
        _registration.Unregister();
    }
}
