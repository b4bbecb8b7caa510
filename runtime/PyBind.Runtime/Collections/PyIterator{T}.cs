using System;
using System.Collections;
using System.Collections.Generic;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// Iterates a Python iterator, converting each item as it comes. Safe at the edges: <see cref="MoveNext"/> after the
/// end keeps returning false, <see cref="Current"/> outside an item throws <see cref="InvalidOperationException"/>
/// without touching Python, and <see cref="Dispose"/> is idempotent.
/// </summary>
public sealed class PyIterator<T> : IEnumerator<T>
{
    private readonly PyConverter<T> _items;
    private PyObject? _iterator;
    private T _current = default!;
    private bool _hasCurrent;

    private PyIterator(PyObject iterator, PyConverter<T> items)
    {
        _iterator = iterator;
        _items = items;
    }

    /// <summary>Starts iterating <paramref name="iterable"/> (<c>iter(iterable)</c>).</summary>
    internal static PyIterator<T> Over(PyObject iterable, PyConverter<T> items)
    {
        using GilScope gil = Gil.Acquire();
        nint iterator = PyObject_GetIter(iterable.Handle);
        if (iterator == 0)
        {
            if (PyErr_ExceptionMatches(Interop.Data.PyExc_TypeError) != 0)
            {
                PyErr_Clear();
                throw PyConvert.Mismatch(iterable.Handle, "an iterable", typeof(IEnumerable<T>));
            }
            PythonErrors.ThrowCurrent();
        }
        return new PyIterator<T>(new PyObject(iterator, PyOwnership.Steal), items);
    }

    /// <inheritdoc />
    public T Current => _hasCurrent ? _current : throw new InvalidOperationException("The enumerator is not positioned on an item (before the first MoveNext, after the end, or disposed).");

    object? IEnumerator.Current => Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        _hasCurrent = false;
        _current = default!;
        if (_iterator is null)
            return false;
        using GilScope gil = Gil.Acquire();
        nint item = PyIter_Next(_iterator.Handle);
        if (item == 0)
        {
            bool failed = PyErr_Occurred() != 0;
            Dispose();
            if (failed)
                PythonErrors.ThrowCurrent();
            return false;
        }
        try
        {
            _current = _items.FromPython(item);
            _hasCurrent = true;
            return true;
        }
        finally
        {
            Py_DecRef(item);
        }
    }

    /// <summary>Python iterators cannot restart.</summary>
    public void Reset() => throw new NotSupportedException("A Python iterator cannot be reset; iterate the iterable again.");

    /// <inheritdoc />
    public void Dispose()
    {
        _hasCurrent = false;
        _current = default!;
        _iterator?.Dispose();
        _iterator = null;
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
