using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;
using PyBind.Hosting;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>How a wrapper takes a raw reference.</summary>
public enum PyOwnership
{
    /// <summary>The caller hands over a reference it owns (a "new reference" in CPython's terms); the wrapper will release it.</summary>
    Steal,

    /// <summary>The caller lends a reference; the wrapper adds one of its own.</summary>
    Borrow,
}

/// <summary>
/// A Python object. Owns one reference, released by <see cref="Dispose()"/>; if it is never disposed, the finalizer queues
/// the release and the next GIL acquisition on any thread performs it. Every member takes the GIL itself.
/// Generated wrappers (<c>Np.Ndarray</c>) derive from it.
/// </summary>
/// <remarks>
/// <c>dynamic</c> access: .NET members of <see cref="PyObject"/> bind first (<c>As&lt;T&gt;()</c>, <c>Count</c>),
/// then Python attributes, calls with named arguments, indexers, operators and conversions. Results are
/// <see cref="PyObject"/>s, which convert implicitly to the .NET type they are assigned to.
/// </remarks>
public partial class PyObject : IDisposable
{
    // This part is the core every layer above Threading passes around: the handle, its reference and its release.
    // The API sits in the layer each member needs: Marshalling/PyObject.Protocol.cs (attributes by name, str, equality,
    // Check), Conversions (As<T>, calls, items, dynamic), Buffers (spans), Async (tasks).

    private nint _handle;

    // None, True and False are handed out as shared instances; disposing one must not release the shared reference.
    private readonly bool _shared;

    /// <summary>
    /// Wrappers made on this thread and not (yet) disposed, since the last collection this count asked for. The .NET
    /// collector sees a wrapper's few bytes, not the Python object behind it: a loop that drops wrappers undisposed
    /// allocates so little .NET memory that collections come seldom, and megabytes of Python objects wait for them.
    /// Past <see cref="UndisposedBudget"/>, a generation-0 collection finds the dropped ones, so their finalizers queue
    /// the releases. Disposing keeps the count down, so code that disposes never pays for it.
    /// </summary>
    [ThreadStatic] private static int t_undisposed;

    private const int UndisposedBudget = 16_384;

    /// <summary>Wraps a raw reference; the caller holds the GIL.</summary>
    /// <param name="handle">A non-null <c>PyObject*</c>.</param>
    /// <param name="ownership">Whether the reference is handed over or lent.</param>
    protected internal PyObject(nint handle, PyOwnership ownership)
    {
        if (handle == 0)
            throw new ArgumentNullException(nameof(handle), "A PyObject needs a non-null reference.");
        if (ownership == PyOwnership.Borrow)
            Py_IncRef(handle);
        _handle = handle;
        if (++t_undisposed >= UndisposedBudget)
            CollectUndisposed();
    }

    private PyObject(nint borrowedImmortal)
    {
        Py_IncRef(borrowedImmortal);
        _handle = borrowedImmortal;
        _shared = true;
    }

    /// <summary>Queues the release of the reference for the next GIL acquisition.</summary>
    ~PyObject()
    {
        if (_handle != 0 && !_shared)
            ReleaseQueue.Enqueue(_handle);
    }

    /// <summary>Python's <c>None</c>.</summary>
    public static PyObject None => Singletons.None;

    /// <summary>Python's <c>True</c>.</summary>
    public static PyObject True => Singletons.True;

    /// <summary>Python's <c>False</c>.</summary>
    public static PyObject False => Singletons.False;

    /// <summary><c>self is None</c>.</summary>
    public bool IsNone => Handle == Interop.Data.Py_None;

    /// <summary>Whether <see cref="Dispose()"/> has run.</summary>
    public bool IsDisposed => Volatile.Read(ref _handle) == 0;

    /// <summary>The object's address (<c>PyObject*</c>), for code that calls the C API itself; valid while this wrapper is alive and not disposed.</summary>
    /// <exception cref="ObjectDisposedException">The wrapper was disposed.</exception>
    public nint DangerousGetHandle() => Handle;

    internal nint Handle
    {
        get
        {
            nint handle = _handle;
            if (handle == 0)
                ThrowDisposed();
            return handle;
        }
    }

    /// <summary>A second wrapper of the same Python object, disposed independently.</summary>
    public PyObject NewReference()
    {
        using GilScope gil = Gil.Acquire();
        return new PyObject(Handle, PyOwnership.Borrow);
    }

    /// <summary>Releases the reference now. Idempotent; a shared singleton (<see cref="None"/>) stays usable.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the reference (from <see cref="Dispose()"/>; the finalizer queues it instead).</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (_shared)
            return;
        nint handle = Interlocked.Exchange(ref _handle, 0);
        if (handle != 0)
            t_undisposed--;
        if (handle != 0 && PythonEngine.IsReady)
        {
            using GilScope gil = Gil.Acquire();
            Py_DecRef(handle);
        }
    }

    /// <summary>Python identity (<c>a is b</c>).</summary>
    public bool Is(PyObject? other) => other is not null && Handle == other.Handle;

    /// <summary>See <see cref="t_undisposed"/>: a generation-0 collection, cheap (only young objects are looked at).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CollectUndisposed()
    {
        t_undisposed = 0;
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
    }

    private static void ThrowDisposed() => throw new ObjectDisposedException(nameof(PyObject), "This Python object was disposed.");

    private static class Singletons
    {
        internal static readonly PyObject None = Create(static () => Interop.Data.Py_None);
        internal static readonly PyObject True = Create(static () => Interop.Data.Py_True);
        internal static readonly PyObject False = Create(static () => Interop.Data.Py_False);

        private static PyObject Create(Func<nint> address)
        {
            using GilScope gil = Gil.Acquire();
            return new PyObject(address());
        }
    }
}
