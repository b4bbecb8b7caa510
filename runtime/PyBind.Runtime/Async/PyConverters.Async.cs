using System.Collections.Generic;

namespace PyBind;

// The converter of async iterables runs them on Async's event loop, so it is Async's.
public static partial class PyConverters
{
    /// <summary>A Python async iterable (<c>AsyncIterator[T]</c>, an async generator) as an <see cref="IAsyncEnumerable{T}"/> run on the runtime's event loop.</summary>
    public static PyConverter<IAsyncEnumerable<T>> AsyncEnumerableOf<T>(PyConverter<T> items) => new AsyncEnumerableConverter<T>(items);
}

/// <summary>Converts a Python async iterable into an <see cref="IAsyncEnumerable{T}"/> (each enumeration calls <c>__aiter__</c>).</summary>
internal sealed class AsyncEnumerableConverter<T>(PyConverter<T> items) : PyConverter<IAsyncEnumerable<T>>
{
    public override nint ToPython(IAsyncEnumerable<T> value) => PyConvert.ToPython(value);

    public override IAsyncEnumerable<T> FromPython(nint obj) => new PyObject(obj, PyOwnership.Borrow).AsAsyncEnumerable(items);
}
