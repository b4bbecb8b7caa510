using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind.Collections;

/// <summary>
/// A .NET enumerator as a native Python iterator (<c>pybind.DotNetIterator</c>): Python pulls one item at a time,
/// converted as it comes, so a lazy sequence stays lazy and an endless one works. The enumerator is disposed at
/// the end, or when Python drops the iterator.
/// </summary>
internal abstract unsafe class DotNetIterator : IDisposable
{
    private static nint s_type;

    /// <summary>A new reference to a Python iterator over this enumerator; the caller holds the GIL.</summary>
    internal nint ToPython()
    {
        if (s_type == 0)
        {
            s_type = NativeTypes.Create("pybind.DotNetIterator", "An iterator over a .NET IEnumerable, pulled lazily.",
            [
                new PyType_Slot { Slot = Py_tp_iter, Pfunc = (delegate* unmanaged<nint, nint>)&Iter },
                new PyType_Slot { Slot = Py_tp_iternext, Pfunc = (delegate* unmanaged<nint, nint>)&IterNext },
            ]);
        }
        return NativeTypes.New(s_type, this);
    }

    /// <summary>The next item as a new reference, or 0 at the end (no error set); throws on failure.</summary>
    protected abstract nint Next();

    public abstract void Dispose();

    [UnmanagedCallersOnly]
    private static nint Iter(nint self)
    {
        Py_IncRef(self);
        return self;
    }

    [UnmanagedCallersOnly]
    private static nint IterNext(nint self)
    {
        Gil.ThreadGil thread = Gil.EnterFromPython(out int depth);
        try
        {
            return NativeTypes.TargetOf(self) is DotNetIterator iterator ? iterator.Next() : 0;
        }
#pragma warning disable CA1031 // no exception may unwind through Python's frames
        catch (Exception e)
#pragma warning restore CA1031
        {
            PythonErrors.Raise(e);
            return 0;
        }
        finally
        {
            Gil.ExitToPython(thread, depth);
        }
    }
}

/// <summary>Items converted by a converter: for their static type (<see cref="PyConverters.IterableOf{T}"/>), or by run-time type (<see cref="ObjectConverter"/>).</summary>
internal sealed class DotNetIterator<T>(IEnumerator<T> enumerator, PyConverter<T> items) : DotNetIterator
{
    private bool _done;

    protected override nint Next()
    {
        if (_done)
            return 0;
        if (enumerator.MoveNext())
            return items.ToPython(enumerator.Current);
        Dispose();
        return 0;
    }

    public override void Dispose()
    {
        if (!_done)
        {
            _done = true;
            enumerator.Dispose();
        }
    }
}

/// <summary>
/// <c>Iterable[T]</c> parameters: a .NET sequence goes to Python as a lazy iterator (no copy); a Python iterable
/// comes back as a lazy <see cref="IEnumerable{T}"/>.
/// </summary>
internal sealed class LazyIterableConverter<T>(PyConverter<T> items) : PyConverter<IEnumerable<T>>
{
    public override nint ToPython(IEnumerable<T> value)
        => value is null ? PyConvert.None() : new DotNetIterator<T>(value.GetEnumerator(), items).ToPython();

    public override IEnumerable<T> FromPython(nint obj) => new PyEnumerable<T>(new PyObject(obj, PyOwnership.Borrow), items);
}
