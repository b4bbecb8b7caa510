using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// A Python iterator (<c>Iterator[T]</c>, what <c>iter()</c> returns), converting each item as it comes. It is the Python object
/// (dispose it to release it), an <see cref="IEnumerable{T}"/> of the items still to come (<c>foreach</c>, LINQ: each pass
/// goes on from where the last stopped, as in Python, and does not release the iterator), and its own
/// <see cref="IEnumerator{T}"/> (<see cref="MoveNext"/>/<see cref="Current"/>, as <c>foreach</c> over a <see cref="PyObject"/>
/// uses it). Safe at the edges: after the end, <see cref="TryNext"/> and <see cref="MoveNext"/> keep returning false,
/// <see cref="Current"/> outside an item throws <see cref="InvalidOperationException"/>.
/// </summary>
public class PyIterator<T> : PyObject, IEnumerable<T>, IEnumerator<T>
{
    private T _current = default!;
    private bool _hasCurrent;

    /// <summary>Wraps a Python iterator; the caller holds the GIL.</summary>
    internal PyIterator(nint iterator, PyOwnership ownership, PyConverter<T> items)
        : base(iterator, ownership)
    {
        Items = items;
    }

    /// <summary>The converter of the items.</summary>
    private protected PyConverter<T> Items { get; }

    /// <summary>Whether the iterator is exhausted (or, for a generator, returned, raised or was closed).</summary>
    public bool IsFinished { get; private protected set; }

    /// <summary>Starts iterating <paramref name="iterable"/> (<c>iter(iterable)</c>).</summary>
    internal static PyIterator<T> Over(PyObject iterable, PyConverter<T> items)
    {
        using GilScope gil = Gil.Acquire();
        return Over(iterable.Handle, items);
    }

    /// <summary><c>iter(iterable)</c> of a borrowed reference; the caller holds the GIL.</summary>
    internal static PyIterator<T> Over(nint iterable, PyConverter<T> items)
    {
        nint iterator = PyObject_GetIter(iterable);
        if (iterator == 0)
        {
            if (PyErr_ExceptionMatches(Interop.Data.PyExc_TypeError) != 0)
            {
                PyErr_Clear();
                throw PyConvert.Mismatch(iterable, "an iterable", typeof(IEnumerable<T>));
            }
            PythonErrors.ThrowCurrent();
        }
        return new PyIterator<T>(iterator, PyOwnership.Steal, items);
    }

    /// <summary><c>next(iterator)</c>: false at the end (and ever after).</summary>
    public bool TryNext([MaybeNullWhen(false)] out T item)
    {
        item = default;
        if (IsFinished)
            return false;
        using GilScope gil = Gil.Acquire();
        try
        {
            return Step(out item);
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    /// <summary>Takes the next item; the caller holds the GIL and has checked <see cref="IsFinished"/>.</summary>
    private protected virtual bool Step([MaybeNullWhen(false)] out T item)
    {
        item = default;
        nint next = PyIter_Next(Handle);
        if (next == 0)
        {
            IsFinished = true;
            if (PyErr_Occurred() != 0)
                PythonErrors.ThrowCurrent();
            return false;
        }
        try
        {
            item = Items.FromPython(next);
            return true;
        }
        finally
        {
            Py_DecRef(next);
        }
    }

    /// <inheritdoc />
    public T Current => _hasCurrent ? _current : throw new InvalidOperationException("The enumerator is not positioned on an item (before the first MoveNext, after the end, or disposed).");

    object? IEnumerator.Current => Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        _hasCurrent = false;
        _current = default!;
        if (IsDisposed || !TryNext(out T? item))
            return false;
        _current = item;
        _hasCurrent = true;
        return true;
    }

    /// <summary>Python iterators cannot restart.</summary>
    public void Reset() => throw new NotSupportedException("A Python iterator cannot be reset; iterate the iterable again.");

    /// <summary>The items still to come (<c>for item in iterator</c>); ending or breaking the loop does not release the iterator.</summary>
    public new IEnumerator<T> GetEnumerator() => new Remaining(this);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        _hasCurrent = false;
        _current = default!;
        IsFinished = true;
        base.Dispose(disposing);
    }

    /// <summary>An enumeration of the iterator's remaining items that leaves the iterator itself alive.</summary>
    private sealed class Remaining(PyIterator<T> iterator) : IEnumerator<T>
    {
        private T _current = default!;
        private bool _hasCurrent;

        public T Current => _hasCurrent ? _current : throw new InvalidOperationException("The enumerator is not positioned on an item.");

        object? IEnumerator.Current => Current;

        public bool MoveNext()
        {
            _hasCurrent = iterator.TryNext(out T? item);
            _current = _hasCurrent ? item! : default!;
            return _hasCurrent;
        }

        public void Reset() => throw new NotSupportedException("A Python iterator cannot be reset; iterate the iterable again.");

        public void Dispose() => _hasCurrent = false;
    }
}

/// <summary>A Python iterable seen as a lazy <see cref="IEnumerable{T}"/>: each enumeration calls <c>iter()</c> anew.</summary>
internal sealed class PyEnumerable<T> : IEnumerable<T>
{
    private readonly PyObject _iterable;
    private readonly PyConverter<T> _items;

    internal PyEnumerable(PyObject iterable, PyConverter<T> items)
    {
        _iterable = iterable;
        _items = items;
    }

    public IEnumerator<T> GetEnumerator() => PyIterator<T>.Over(_iterable, _items);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
