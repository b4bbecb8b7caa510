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
/// The GIL, per thread and re-entrant. Every runtime entry point takes it, so users never have to; a caller may
/// hold one scope around many calls to pay for the acquisition once.
/// </summary>
/// <remarks>
/// Each .NET thread gets one Python thread state for its whole life, made by its first <c>PyGILState_Ensure</c>
/// and then swapped in and out with <c>PyEval_RestoreThread</c>/<c>PyEval_SaveThread</c>. Releasing through
/// <c>PyGILState_Release</c> instead would destroy the thread state every time: ten times slower, and Python's
/// <c>threading.local</c> data would not survive from one call to the next. A thread that Python itself runs
/// (a callback from a Python thread) already holds the GIL and is only counted.
/// </remarks>
internal static class Gil
{
    [ThreadStatic] private static int t_depth;

    /// <summary>This thread's own Python thread state (0 until its first acquisition, or on a Python-owned thread).</summary>
    [ThreadStatic] private static nint t_threadState;

    /// <summary>For a thread whose GIL was already held by Python: the <c>PyGILState_Ensure</c> result to release.</summary>
    [ThreadStatic] private static int t_borrowedState;

    [ThreadStatic] private static bool t_borrowed;

    [ThreadStatic] private static ThreadStateOwner? t_owner;

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
        if (t_threadState != 0)
        {
            PyEval_RestoreThread(t_threadState);
        }
        else
        {
            int state = PyGILState_Ensure();
            t_borrowed = state == PyGILState_LOCKED;
            if (t_borrowed)
            {
                t_borrowedState = state;
            }
            else
            {
                // This thread's first acquisition: keep the thread state the Ensure made (its count stays at one).
                t_threadState = PyThreadState_Get();
                if (t_threadState != PythonEngine.MainThreadState)
                    t_owner = new ThreadStateOwner(t_threadState);
            }
        }
        t_depth = 1;
        s_ownerThreadId = Environment.CurrentManagedThreadId;
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
        if (t_borrowed)
        {
            t_borrowed = false;
            PyGILState_Release(t_borrowedState);
        }
        else
        {
            _ = PyEval_SaveThread();
        }
    }

    /// <summary>
    /// Lives in a thread-static slot, so it becomes garbage when its thread ends; its finalizer then queues the
    /// thread state for deletion at the next acquisition (deleting needs the GIL, which a finalizer must not wait for).
    /// </summary>
    private sealed class ThreadStateOwner(nint threadState)
    {
        ~ThreadStateOwner() => ReleaseQueue.EnqueueThreadState(threadState);
    }
}

/// <summary>
/// References whose owners were finalized instead of disposed, and thread states of .NET threads that have ended.
/// A finalizer must not take the GIL (it could deadlock against a thread waiting for the finalizer), so it queues
/// the release; the next GIL acquisition on any thread performs it. A tight loop of calls therefore also frees what
/// it drops.
/// </summary>
internal static class ReleaseQueue
{
    private static readonly ConcurrentQueue<nint> s_references = new();
    private static readonly ConcurrentQueue<nint> s_threadStates = new();
    private static int s_pending;

    internal static bool HasPending
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Volatile.Read(ref s_pending) != 0;
    }

    internal static void Enqueue(nint reference) => Add(s_references, reference);

    internal static void EnqueueThreadState(nint threadState) => Add(s_threadStates, threadState);

    /// <summary>Releases everything queued; the caller holds the GIL.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void Drain()
    {
        while (s_references.TryDequeue(out nint reference))
        {
            Interlocked.Decrement(ref s_pending);
            Py_DecRef(reference);
        }
        while (s_threadStates.TryDequeue(out nint threadState))
        {
            Interlocked.Decrement(ref s_pending);
            PyThreadState_Clear(threadState);
            PyThreadState_Delete(threadState);
        }
    }

    private static void Add(ConcurrentQueue<nint> queue, nint item)
    {
        if (PythonEngine.IsShutDown)
            return;
        queue.Enqueue(item);
        Interlocked.Increment(ref s_pending);
    }
}
