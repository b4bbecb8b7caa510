using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using PyBind.Hosting;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// Holds the GIL for the current thread until disposed. Scopes nest: only the outermost one takes and releases the
/// GIL, an inner one costs an increment. Being a <c>ref struct</c>, a scope cannot cross an <c>await</c>.
/// </summary>
public readonly ref struct GilScope
{
    private readonly Gil.ThreadGil? _thread;

    internal GilScope(Gil.ThreadGil thread) => _thread = thread;

    /// <summary>Leaves the scope; the GIL is released when the outermost scope of the thread ends.</summary>
    public void Dispose()
    {
        if (_thread is { } thread && --thread.Depth == 0)
            Gil.Release(thread);
    }
}

/// <summary>
/// Gives the GIL up on this thread until disposed (<see cref="Python.AllowThreads"/>), so that other threads, Python's
/// own among them, run meanwhile. Inside, runtime calls take the GIL again per call, as on any thread.
/// </summary>
public readonly ref struct GilReleaseScope
{
    private readonly Gil.ThreadGil? _thread;
    private readonly nint _threadState;
    private readonly int _depth;
    private readonly int _borrowedState;
    private readonly bool _inDotNetCall;

    internal GilReleaseScope(Gil.ThreadGil thread, nint threadState, int depth, int borrowedState, bool inDotNetCall)
    {
        _thread = thread;
        _threadState = threadState;
        _depth = depth;
        _borrowedState = borrowedState;
        _inDotNetCall = inDotNetCall;
    }

    /// <summary>Takes the GIL back (waiting for it) and restores the scopes this thread had.</summary>
    public void Dispose()
    {
        if (_thread is { } thread)
            Gil.Restore(thread, _threadState, _depth, _borrowedState, _inDotNetCall);
    }
}

/// <summary>
/// The GIL, per thread and re-entrant. Every runtime entry point takes it, so users never have to; a caller may
/// hold one scope around many calls to pay for the acquisition once.
/// </summary>
/// <remarks>
/// A .NET thread that had no Python thread state gets one for its whole life, made by its first
/// <c>PyGILState_Ensure</c> and then swapped in and out with <c>PyEval_RestoreThread</c>/<c>PyEval_SaveThread</c>.
/// Releasing through <c>PyGILState_Release</c> instead would destroy it every time: ten times slower, and Python's
/// <c>threading.local</c> data would not survive from one call to the next. A thread whose state already existed
/// (Python's own threads, threads pythonnet made a state for) is only counted through the <c>PyGILState</c> API: its
/// state is not ours to keep or delete; so is a thread that holds the GIL already through someone else (pythonnet's
/// <c>Py.GIL()</c>). The thread that started Python keeps the main thread state as its own. Everything a thread needs
/// is in one object behind one thread-static slot, and a scope carries it: a lone call reads thread-local storage once.
/// </remarks>
internal static class Gil
{
    private const int NotBorrowed = -1;

    [ThreadStatic] private static ThreadGil? t_thread;

    /// <summary>The managed thread id of the outermost scope's owner (0: none); lets the debugger display avoid blocking.</summary>
    private static volatile int s_ownerThreadId;

    internal static bool IsHeldByCurrentThread => t_thread is { Depth: > 0 };

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
    internal static PythonThread CurrentThread => Current.Python ??= PythonThread.Register();

    private static ThreadGil Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => t_thread ?? CreateCurrent();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ThreadGil CreateCurrent() => t_thread = new ThreadGil();

    /// <summary>
    /// Takes the GIL for the runtime's own work. What finalizers queued is released only when this thread did not hold
    /// the GIL yet: releasing can run any Python code (a <c>__del__</c>), which can give the GIL to another thread, and
    /// a nested acquisition may be in the middle of work that must not be interleaved (a borrowed reference in use, a
    /// cache being filled). Calls made inside a scope release the queue through <see cref="AcquireAtCallBoundary"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static GilScope Acquire()
    {
        ThreadGil thread = Current;
        if (thread.Depth != 0)
        {
            thread.Depth++;
        }
        else
        {
            Enter(thread);
            if (ReleaseQueue.HasPending)
                ReleaseQueue.Drain();
        }
        return new GilScope(thread);
    }

    /// <summary>
    /// Takes the GIL at the start of a call into Python (<see cref="Python.AcquireGil"/>, which generated bindings use):
    /// nothing of the runtime is half done below a call boundary, so what finalizers queued is released here at any
    /// depth, and a loop of calls inside one long GIL scope frees what it drops as it goes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static GilScope AcquireAtCallBoundary()
    {
        GilScope scope = Acquire();
        if (ReleaseQueue.HasPending)
            ReleaseQueue.Drain();
        return scope;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Enter(ThreadGil thread)
    {
        PythonEngine.EnsureInitialized();
        EnterStarted(thread);
    }

    /// <summary>
    /// Takes the GIL once Python is running (compiled only then: the imports it calls without a GC transition are bound
    /// when the method is compiled, which needs libpython loaded).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EnterStarted(ThreadGil thread)
    {
        // This thread may hold the GIL already through someone else: pythonnet's Py.GIL(), or Python calling .NET in a
        // way the runtime does not see (ctypes). Restoring our state then would wait for ourselves; PyGILState counts it.
        if (thread.ThreadState != 0 && PyGILState_Check() == 0)
        {
            PyEval_RestoreThread(thread.ThreadState);
            thread.BorrowedState = NotBorrowed;
        }
        else
        {
            bool isNew = PyGILState_GetThisThreadState() == 0;
            int state = PyGILState_Ensure();
            if (isNew)
            {
                // The Ensure made this thread's state: keep it (its count stays at one) until the thread ends.
                thread.ThreadState = PyThreadState_Get();
                thread.OwnsThreadState = true;
                thread.BorrowedState = NotBorrowed;
            }
            else
            {
                thread.BorrowedState = state;
            }
        }
        thread.Depth = 1;
        s_ownerThreadId = thread.ManagedThreadId;
        (thread.Python ??= PythonThread.Register()).InDotNetCall = true;
    }

    /// <summary>Releases the GIL when the outermost scope of <paramref name="thread"/> ends.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void Release(ThreadGil thread)
    {
        s_ownerThreadId = 0;
        // A shutdown of the runtime may leave Python running (started elsewhere, or pythonnet still using it): the GIL
        // then goes back as always, or the next thread to want it waits forever. Only a finalized interpreter (this
        // thread finalized it inside its scope) has no GIL left to give.
        if (PythonEngine.IsShutDown && Py_IsInitialized() == 0)
            return;
        PythonThread python = thread.Python!;
        python.InDotNetCall = false;
        // An interrupt aimed at this call that Python did not get to raise must not fire in the thread's next call
        // (a cancellation scope keeps its own until it ends: the next call inside it should see it).
        if (python.InterruptPending && !CancellationState.IsActiveOnThisThread)
            python.ClearPendingInterrupt();
        if (thread.BorrowedState == NotBorrowed)
            _ = PyEval_SaveThread();
        else
            PyGILState_Release(thread.BorrowedState);
    }

    /// <summary>
    /// Makes the main thread state, which initialization left on the thread that started Python, that thread's own:
    /// swapped in and out per call like the states the runtime makes (never deleted: it is the interpreter's).
    /// </summary>
    internal static void AdoptStartingThreadState(nint threadState) => Current.ThreadState = threadState;

    /// <summary>
    /// Entered when Python calls .NET (a callback): the thread holds the GIL already, through Python. Counting it
    /// makes the runtime calls inside cost an increment, and keeps them from releasing Python's GIL. Returns the
    /// thread, which <see cref="ExitToPython"/> takes back: one read of thread-local storage per call from Python.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ThreadGil EnterFromPython(out int depth)
    {
        ThreadGil thread = Current;
        depth = thread.Depth;
        thread.Depth = depth + 1;
        return thread;
    }

    /// <summary>Leaves what <see cref="EnterFromPython"/> entered, with the thread and depth it gave.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ExitToPython(ThreadGil thread, int depth) => thread.Depth = depth;

    /// <summary>Gives the GIL up if this thread holds it through the runtime; see <see cref="GilReleaseScope"/>.</summary>
    internal static GilReleaseScope ReleaseTemporarily()
    {
        if (t_thread is not { Depth: > 0 } thread || !PythonEngine.IsReady)
            return default;
        int depth = thread.Depth, borrowedState = thread.BorrowedState;
        bool inDotNetCall = thread.Python?.InDotNetCall ?? false;
        thread.Depth = 0;
        s_ownerThreadId = 0;
        return new GilReleaseScope(thread, PyEval_SaveThread(), depth, borrowedState, inDotNetCall);
    }

    internal static void Restore(ThreadGil thread, nint threadState, int depth, int borrowedState, bool inDotNetCall)
    {
        PyEval_RestoreThread(threadState);
        thread.Depth = depth;
        thread.BorrowedState = borrowedState;
        s_ownerThreadId = thread.ManagedThreadId;
        // A runtime call made meanwhile ended an outermost scope of its own; the one we return to is still running.
        if (thread.Python is { } python)
            python.InDotNetCall = inDotNetCall;
    }

    /// <summary>
    /// One thread's side of the GIL. It lives in a thread-static slot, so it becomes garbage when its thread ends; its
    /// finalizer then queues the thread state the runtime made for deletion at the next acquisition (deleting needs the
    /// GIL, which a finalizer must not wait for).
    /// </summary>
    internal sealed class ThreadGil
    {
        /// <summary>How many scopes (and calls from Python) are open on this thread.</summary>
        internal int Depth;

        /// <summary>This thread's own Python thread state: 0 until its first acquisition, and on threads whose state is not ours.</summary>
        internal nint ThreadState;

        /// <summary>Whether the runtime made <see cref="ThreadState"/> (rather than adopting the main thread's).</summary>
        internal bool OwnsThreadState;

        /// <summary>For a thread whose state is not ours: the <c>PyGILState_Ensure</c> result to release; else <see cref="NotBorrowed"/>.</summary>
        internal int BorrowedState = NotBorrowed;

        internal PythonThread? Python;

        internal readonly int ManagedThreadId = Environment.CurrentManagedThreadId;

        ~ThreadGil()
        {
            if (OwnsThreadState)
                ReleaseQueue.EnqueueThreadState(ThreadState);
        }
    }
}

/// <summary>
/// References whose owners were finalized instead of disposed, buffer views likewise, and thread states of .NET
/// threads that have ended. A finalizer must not take the GIL (it could deadlock against a thread waiting for the
/// finalizer), so it queues the release; the next GIL acquisition on any thread performs it. A tight loop of calls
/// therefore also frees what it drops.
/// </summary>
internal static class ReleaseQueue
{
    private static readonly ConcurrentQueue<nint> s_references = new();
    private static readonly ConcurrentQueue<nint> s_buffers = new();
    private static readonly ConcurrentQueue<nint> s_threadStates = new();
    private static int s_pending;

    internal static bool HasPending
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Volatile.Read(ref s_pending) != 0;
    }

    internal static void Enqueue(nint reference) => Add(s_references, reference);

    /// <summary>Queues a buffer view (a native <c>Py_buffer</c>) whose <see cref="PyBuffer"/> was finalized.</summary>
    internal static void EnqueueBuffer(nint view) => Add(s_buffers, view);

    internal static void EnqueueThreadState(nint threadState) => Add(s_threadStates, threadState);

    /// <summary>Releases everything queued; the caller holds the GIL.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static unsafe void Drain()
    {
        while (s_references.TryDequeue(out nint reference))
        {
            Interlocked.Decrement(ref s_pending);
            Py_DecRef(reference);
        }
        while (s_buffers.TryDequeue(out nint view))
        {
            Interlocked.Decrement(ref s_pending);
            PyBuffer_ReleaseAndFree((Py_buffer*)view);
        }
        while (s_threadStates.TryDequeue(out nint threadState))
        {
            Interlocked.Decrement(ref s_pending);
            // Clearing frees what the thread left (its dict, threading.local data, frames). Deleting is not done:
            // from 3.12 on, PyThreadState_Delete of another thread's state clears the *calling* thread's gilstate
            // binding, and that thread's next PyGILState_Release aborts the process. The bare struct stays until
            // Python finalizes.
            PyThreadState_Clear(threadState);
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
