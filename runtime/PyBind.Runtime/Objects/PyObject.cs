using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;
using PyBind.Hosting;
using PyBind.Marshalling;
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
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public partial class PyObject : IDisposable, IEquatable<PyObject>
{
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

    /// <summary>Converts a .NET value to a new Python object, by its run-time type (see <see cref="PyConvert.ToPython(object?)"/>).</summary>
    public static PyObject From(object? value)
    {
        using GilScope gil = Gil.Acquire();
        return new PyObject(PyConvert.ToPython(value), PyOwnership.Steal);
    }

    /// <summary>Converts a .NET value to a new Python object, by its static type.</summary>
    public static PyObject From<T>(T value)
    {
        using GilScope gil = Gil.Acquire();
        return new PyObject(PyConverters.For<T>().ToPython(value), PyOwnership.Steal);
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

    /// <summary><c>str(self)</c>.</summary>
    public override string ToString()
    {
        using GilScope gil = Gil.Acquire();
        return PyConvert.StealString(Check(PyObject_Str(Handle)));
    }

    /// <summary><c>repr(self)</c>.</summary>
    public string Repr()
    {
        using GilScope gil = Gil.Acquire();
        return PyConvert.StealString(Check(PyObject_Repr(Handle)));
    }

    /// <summary>Python equality (<c>self == other</c>).</summary>
    public bool Equals(PyObject? other)
    {
        if (other is null)
            return false;
        if (ReferenceEquals(this, other))
            return true;
        using GilScope gil = Gil.Acquire();
        int result = PyObject_RichCompareBool(Handle, other.Handle, Py_EQ);
        if (result < 0)
            PythonErrors.ThrowCurrent();
        return result == 1;
    }

    /// <inheritdoc cref="Equals(PyObject?)"/>
    public override bool Equals(object? obj) => obj is PyObject other && Equals(other);

    /// <summary>Python's <c>hash(self)</c>; 0 for an unhashable object (a list, a dict), which keeps the contract with <see cref="Equals(PyObject?)"/>.</summary>
    public override int GetHashCode()
    {
        using GilScope gil = Gil.Acquire();
        nint hash = PyObject_Hash(Handle);
        if (hash == -1 && PyErr_Occurred() != 0)
        {
            PyErr_Clear();
            return 0;
        }
        return hash.GetHashCode();
    }

    /// <summary>Throws the pending Python error when <paramref name="result"/> is NULL; otherwise returns it.</summary>
    internal static nint Check(nint result)
    {
        if (result == 0)
            PythonErrors.ThrowCurrent();
        return result;
    }

    /// <summary>See <see cref="t_undisposed"/>: a generation-0 collection, cheap (only young objects are looked at).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CollectUndisposed()
    {
        t_undisposed = 0;
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
    }

    private static void ThrowDisposed() => throw new ObjectDisposedException(nameof(PyObject), "This Python object was disposed.");

    private string DebuggerDisplay
    {
        get
        {
            // A debugger evaluates this on a stopped thread: it must neither block on the GIL nor throw.
            if (IsDisposed)
                return "<disposed PyObject>";
            if (!PythonEngine.IsReady)
                return "<PyObject: Python is not running>";
            if (Gil.IsHeldByAnotherManagedThread)
                return "<PyObject: the GIL is held by another thread>";
            try
            {
                string repr = Repr();
                return repr.Length <= 200 ? repr : string.Concat(repr.AsSpan(0, 200), "…");
            }
#pragma warning disable CA1031 // a debugger display must never throw
            catch (Exception e)
#pragma warning restore CA1031
            {
                return $"<PyObject: repr() failed: {e.Message}>";
            }
        }
    }

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
