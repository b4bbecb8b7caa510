using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using PyBind.Hosting;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// Holds the GIL for the current thread until disposed. Scopes nest: only the outermost one takes and releases the
/// GIL, an inner one costs a thread-local increment. Being a <c>ref struct</c>, a scope cannot cross an <c>await</c>.
/// </summary>
public readonly ref struct GilScope
{
    private readonly bool _active;

    internal GilScope(bool active) => _active = active;

    /// <summary>Leaves the scope; the GIL is released when the outermost scope of the thread ends.</summary>
    public void Dispose()
    {
        if (_active)
            Gil.Exit();
    }
}

/// <summary>
/// Gives the GIL up on this thread until disposed (<see cref="Python.AllowThreads"/>), so that other threads, Python's
/// own among them, run meanwhile. Inside, runtime calls take the GIL again per call, as on any thread.
/// </summary>
public readonly ref struct GilReleaseScope
{
    private readonly nint _threadState;
    private readonly int _depth;
    private readonly int _ensureState;
    private readonly bool _inDotNetCall;

    internal GilReleaseScope(nint threadState, int depth, int ensureState, bool inDotNetCall)
    {
        _threadState = threadState;
        _depth = depth;
        _ensureState = ensureState;
        _inDotNetCall = inDotNetCall;
    }

    /// <summary>Takes the GIL back (waiting for it) and restores the scopes this thread had.</summary>
    public void Dispose()
    {
        if (_threadState != 0)
            Gil.Restore(_threadState, _depth, _ensureState, _inDotNetCall);
    }
}

/// <summary>
/// The GIL, per thread and re-entrant. Every runtime entry point takes it, so users never have to; a caller may
/// hold one scope around many calls to pay for the acquisition once.
/// </summary>
internal static class Gil
{
    [ThreadStatic] private static int t_depth;
    [ThreadStatic] private static int t_ensureState;
    [ThreadStatic] private static PythonThread? t_thread;

    /// <summary>The managed thread id of the outermost scope's owner (0: none); lets the debugger display avoid blocking.</summary>
    private static volatile int s_ownerThreadId;

    internal static bool IsHeldByCurrentThread => t_depth > 0;

    /// <summary>True when a managed thread other than this one is inside a GIL scope: taking the GIL now would wait.</summary>
    internal static bool IsHeldByAnotherManagedThread
    {
        get
        {
            int owner = s_ownerThreadId;
            return owner != 0 && owner != Environment.CurrentManagedThreadId;
        }
    }

    /// <summary>This thread as Python knows it (made on first use); see <see cref="PythonThread"/>.</summary>
    internal static PythonThread CurrentThread => t_thread ??= PythonThread.Register();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static GilScope Acquire()
    {
        if (t_depth != 0)
            t_depth++;
        else
            Enter();
        if (ReleaseQueue.HasPending)
            ReleaseQueue.Drain();
        return new GilScope(active: true);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Enter()
    {
        PythonEngine.EnsureInitialized();
        t_ensureState = PyGILState_Ensure();
        t_depth = 1;
        s_ownerThreadId = Environment.CurrentManagedThreadId;
        CurrentThread.InDotNetCall = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Exit()
    {
        if (--t_depth == 0)
            Release();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Release()
    {
        s_ownerThreadId = 0;
        if (PythonEngine.IsShutDown)
            return;
        PythonThread thread = t_thread!;
        thread.InDotNetCall = false;
        // An interrupt aimed at this call that Python did not get to raise must not fire in the thread's next call
        // (a cancellation scope keeps its own until it ends: the next call inside it should see it).
        if (thread.InterruptPending && !CancellationState.IsActiveOnThisThread)
            thread.ClearPendingInterrupt();
        PyGILState_Release(t_ensureState);
    }

    /// <summary>
    /// Entered when Python calls .NET (a callback): the thread holds the GIL already, through Python. Counting it
    /// makes the runtime calls inside cost a thread-local increment, and keeps them from releasing Python's GIL.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int EnterFromPython()
    {
        int depth = t_depth;
        t_depth = depth + 1;
        return depth;
    }

    /// <summary>Leaves what <see cref="EnterFromPython"/> entered, with the depth it returned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ExitToPython(int depth) => t_depth = depth;

    /// <summary>Gives the GIL up if this thread holds it through the runtime; see <see cref="GilReleaseScope"/>.</summary>
    internal static GilReleaseScope ReleaseTemporarily()
    {
        if (t_depth == 0 || !PythonEngine.IsReady)
            return default;
        int depth = t_depth, ensureState = t_ensureState;
        bool inDotNetCall = t_thread?.InDotNetCall ?? false;
        t_depth = 0;
        s_ownerThreadId = 0;
        return new GilReleaseScope(PyEval_SaveThread(), depth, ensureState, inDotNetCall);
    }

    internal static void Restore(nint threadState, int depth, int ensureState, bool inDotNetCall)
    {
        PyEval_RestoreThread(threadState);
        t_depth = depth;
        t_ensureState = ensureState;
        s_ownerThreadId = Environment.CurrentManagedThreadId;
        // A runtime call made meanwhile ended an outermost scope of its own; the one we return to is still running.
        if (t_thread is { } thread)
            thread.InDotNetCall = inDotNetCall;
    }
}

/// <summary>
/// References whose owners were finalized instead of disposed. A finalizer must not take the GIL (it could deadlock
/// against a thread waiting for the finalizer), so it queues the reference; the next GIL acquisition on any thread
/// releases it. A tight loop of calls therefore also frees what it drops.
/// </summary>
internal static class ReleaseQueue
{
    private static readonly ConcurrentQueue<nint> s_queue = new();
    private static readonly ConcurrentQueue<nint> s_buffers = new();
    private static int s_pending;

    internal static bool HasPending
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Volatile.Read(ref s_pending) != 0;
    }

    internal static int PendingCount => Volatile.Read(ref s_pending);

    internal static void Enqueue(nint reference)
    {
        if (PythonEngine.IsShutDown)
            return;
        s_queue.Enqueue(reference);
        Interlocked.Increment(ref s_pending);
    }

    /// <summary>Queues a buffer view (a native <c>Py_buffer</c>) whose <see cref="PyBuffer"/> was finalized.</summary>
    internal static void EnqueueBuffer(nint view)
    {
        if (PythonEngine.IsShutDown)
            return;
        s_buffers.Enqueue(view);
        Interlocked.Increment(ref s_pending);
    }

    /// <summary>Releases every queued reference and buffer view; the caller holds the GIL.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static unsafe void Drain()
    {
        while (s_queue.TryDequeue(out nint reference))
        {
            Interlocked.Decrement(ref s_pending);
            Py_DecRef(reference);
        }
        while (s_buffers.TryDequeue(out nint view))
        {
            Interlocked.Decrement(ref s_pending);
            PyBuffer.Release((Py_buffer*)view);
        }
    }
}
