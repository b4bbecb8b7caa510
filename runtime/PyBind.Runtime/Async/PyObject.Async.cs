using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using PyBind.Async;

namespace PyBind;

public partial class PyObject
{
    /// <summary>
    /// Runs this coroutine (or any awaitable: an asyncio future, an object with <c>__await__</c>) on the runtime's asyncio
    /// event loop; the task completes with its result converted to <typeparamref name="T"/>. Cancelling the token cancels
    /// the asyncio task. The calling thread only takes the GIL briefly to schedule it. The task's
    /// <see cref="Task.AsyncState"/> is this object (see <see cref="PyTaskExtensions.GetPythonAwaitable"/>).
    /// </summary>
    /// <remarks>A <see cref="PyObject"/> is not awaitable itself (most are no awaitables): await <c>AsTask&lt;T&gt;()</c>.</remarks>
    public Task<T> AsTask<T>(CancellationToken cancellationToken = default)
        => PyAsync.Submit(this, PyConverters.For<T>(), cancellationToken);

    /// <summary>
    /// Iterates this async iterable (<c>async for item in self</c>; an async generator, say) on the runtime's event loop,
    /// converting each item. Breaking out early closes an async generator (<c>aclose()</c>).
    /// </summary>
    public IAsyncEnumerable<T> AsAsyncEnumerable<T>(CancellationToken cancellationToken = default) => AsAsyncEnumerable(PyConverters.For<T>(), cancellationToken);

    /// <summary><see cref="AsAsyncEnumerable{T}(CancellationToken)"/> with the items' converter.</summary>
    internal async IAsyncEnumerable<T> AsAsyncEnumerable<T>(PyConverter<T> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using PyObject iterator = CallMethod("__aiter__");
        bool finished = false;
        try
        {
            while (true)
            {
                (bool hasItem, T item) = await NextAsync(iterator, items, cancellationToken).ConfigureAwait(false);
                if (!hasItem)
                {
                    finished = true;
                    yield break;
                }
                yield return item;
            }
        }
        finally
        {
            if (!finished && iterator.HasAttr("aclose"))
            {
                using PyObject closing = iterator.CallMethod("aclose");
                await closing.AsTask<PyObject>(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private static async Task<(bool, T)> NextAsync<T>(PyObject iterator, PyConverter<T> items, CancellationToken cancellationToken)
    {
        using PyObject next = iterator.CallMethod("__anext__");
        try
        {
            return (true, await PyAsync.Submit(next, items, cancellationToken).ConfigureAwait(false));
        }
        catch (PyStopAsyncIteration)
        {
            return (false, default!);
        }
    }
}
