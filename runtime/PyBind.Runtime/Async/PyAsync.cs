using System;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind.Async;

/// <summary>
/// async/await across the boundary. Python coroutines run on one asyncio event loop that the runtime starts on a
/// Python thread of its own (<c>pybind-asyncio</c>, a daemon) the first time it is needed; .NET awaits them as tasks
/// completed from that loop. A .NET task handed to Python is awaitable in whatever loop awaits it. The glue is a
/// little Python module, not on any per-call path: crossing threads costs far more than its few bytecodes.
/// </summary>
internal static class PyAsync
{
    private const string BridgeSource = """
        import ast, asyncio, inspect, threading

        loop = asyncio.new_event_loop()

        def _run_loop():
            asyncio.set_event_loop(loop)
            loop.run_forever()

        threading.Thread(target=_run_loop, name='pybind-asyncio', daemon=True).start()

        async def _await(awaitable):
            return await awaitable

        def submit(awaitable, done):
            "Runs the awaitable on the bridge loop; done(future) runs when it completes. Returns the concurrent future."
            coroutine = awaitable if inspect.iscoroutine(awaitable) else _await(awaitable)
            future = asyncio.run_coroutine_threadsafe(coroutine, loop)
            future.add_done_callback(done)
            return future

        async def _run_code(code, scope):
            result = eval(code, scope)
            if code.co_flags & inspect.CO_COROUTINE:
                result = await result
            return result

        def run_code(source, mode, scope, done):
            "Compiles on the caller's thread (a SyntaxError is immediate), runs on the loop, top-level await allowed."
            code = compile(source, '<string>', mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
            return submit(_run_code(code, scope), done)

        def _complete(future, error, value):
            if future.cancelled():
                return
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(value)

        def _cancel(future):
            future.cancel()

        class DotNetTask:
            "A .NET Task, awaitable in any asyncio loop."
            __slots__ = ('_start',)

            def __init__(self, start):
                self._start = start

            def __await__(self):
                running = asyncio.get_running_loop()
                future = running.create_future()
                self._start(running, future)
                return future.__await__()
        """;

    private static PyScope? s_bridge;

    /// <summary>The bridge module's namespace, made (and the loop thread started) on first use; the caller holds the GIL.</summary>
    internal static PyScope Bridge
    {
        get
        {
            if (s_bridge is { } bridge)
                return bridge;
            PyScope created = Python.CreateScope();
            created.Run(BridgeSource);
            // Starting the thread can release the GIL, so two threads may get here: keep one loop, stop the other.
            if (Interlocked.CompareExchange(ref s_bridge, created, null) is { } winner)
            {
                created.Eval("loop.call_soon_threadsafe(loop.stop)").Dispose();
                created.Dispose();
                return winner;
            }
            return created;
        }
    }

    /// <summary>
    /// Runs an awaitable on the loop; the task completes with its result converted to <typeparamref name="T"/>, and its
    /// <see cref="Task.AsyncState"/> is <paramref name="awaitable"/>.
    /// </summary>
    internal static Task<T> Submit<T>(PyObject awaitable, PyConverter<T> result, CancellationToken cancellationToken)
        => Schedule("submit", [awaitable], result, awaitable, cancellationToken);

    /// <summary>Compiles <paramref name="source"/> (top-level await allowed) and runs it on the loop.</summary>
    internal static Task<T> RunCode<T>(string source, string mode, PyScope scope, PyConverter<T> result, CancellationToken cancellationToken)
        => Schedule("run_code", [source, mode, scope], result, state: null, cancellationToken);

    /// <summary>Calls the bridge's <paramref name="function"/> with <paramref name="arguments"/> and a done callback completing the task.</summary>
    private static Task<T> Schedule<T>(string function, object?[] arguments, PyConverter<T> result, object? state, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
            return Task.FromCanceled<T>(cancellationToken);
        var pending = new PendingTask<T>(result, state, cancellationToken);
        using GilScope gil = Gil.Acquire();
        using PyObject schedule = Bridge.Get(function);
        using PyObject done = pending.DoneCallback();
        pending.Start(schedule.Call([.. arguments, done]));
        return pending.Task;
    }

    /// <summary>A new reference to a Python awaitable over <paramref name="task"/>; the caller holds the GIL.</summary>
    internal static nint ToAwaitable(Task task)
    {
        using PyObject taskClass = Bridge.Get("DotNetTask");
        using PyObject start = Python.Function((PyObject loop, PyObject future) =>
        {
            task.ContinueWith(static (completed, state) => Complete(completed, ((PyObject, PyObject))state!),
                (loop, future), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }, "start");
        using PyObject awaitable = taskClass.Call(start);
        return PyConvert.ToPython(awaitable);
    }

    /// <summary>Completes the Python future of an awaited .NET task, from the thread that completed the task.</summary>
    private static void Complete(Task task, (PyObject Loop, PyObject Future) target)
    {
        using GilScope gil = Gil.Acquire();
        using (target.Loop)
        using (target.Future)
        {
            using PyObject threadsafe = target.Loop.GetAttr("call_soon_threadsafe");
            if (task.IsCanceled)
            {
                using PyObject cancel = Bridge.Get("_cancel");
                threadsafe.Call(cancel, target.Future).Dispose();
                return;
            }
            using PyObject complete = Bridge.Get("_complete");
            if (task.Exception is { } failure)
            {
                Exception error = failure.InnerExceptions.Count == 1 ? failure.InnerException! : failure;
                using var exception = new PyObject(PythonErrors.ToPythonException(error), PyOwnership.Steal);
                threadsafe.Call(complete, target.Future, exception, null).Dispose();
                return;
            }
            threadsafe.Call(complete, target.Future, null, ResultOf(task)).Dispose();
        }
    }

    private static readonly ConcurrentDictionary<Type, PropertyInfo?> s_resultProperties = new();

    /// <summary>
    /// A completed task's result, when it has one: <c>Task&lt;T&gt;.Result</c> found by reflection once per task type
    /// (a task passed as <see cref="object"/> has no static type to go by); null for a plain <see cref="Task"/>.
    /// </summary>
    private static object? ResultOf(Task task) => s_resultProperties.GetOrAdd(task.GetType(), FindResult)?.GetValue(task);

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Task<T>.Result is public and used by every awaiter of a Task<T>; it is not trimmed.")]
    private static PropertyInfo? FindResult(Type type)
        => type.IsGenericType && type.GetGenericArguments()[0].Name != "VoidTaskResult" ? type.GetProperty(nameof(Task<int>.Result)) : null;

    /// <summary>One awaitable running on the loop, seen from .NET.</summary>
    private sealed class PendingTask<T>(PyConverter<T> result, object? state, CancellationToken cancellationToken)
    {
        private readonly TaskCompletionSource<T> _completion = new(state, TaskCreationOptions.RunContinuationsAsynchronously);
        private PyObject? _future;
        private CancellationTokenRegistration _registration;

        internal Task<T> Task => _completion.Task;

        /// <summary>A Python function for <c>future.add_done_callback</c>; the caller holds the GIL.</summary>
        internal PyObject DoneCallback() => Python.Function((PyObject future) => Done(future), "done");

        /// <summary>Keeps the concurrent future (for cancelling it) and starts listening to the token; the caller holds the GIL.</summary>
        internal void Start(PyObject future)
        {
            if (_completion.Task.IsCompleted)
            {
                future.Dispose();
                return;
            }
            _future = future;
            if (cancellationToken.CanBeCanceled)
                _registration = cancellationToken.UnsafeRegister(static state => ((PendingTask<T>)state!).Cancel(), this);
        }

        /// <summary>Cancels the concurrent future, which cancels the asyncio task (asyncio chains them) and completes ours.</summary>
        private void Cancel()
        {
            using GilScope gil = Gil.Acquire();
            _future?.CallMethod("cancel").Dispose();
        }

        /// <summary>Runs on the loop thread (or at once, when the future was already done), holding the GIL.</summary>
        private void Done(PyObject future)
        {
            using (future)
            {
                _future?.Dispose();
                _future = null;
                _registration.Unregister();
                try
                {
                    if (future.CallMethod("cancelled").As<bool>())
                    {
                        _completion.TrySetCanceled(cancellationToken);
                        return;
                    }
                    using PyObject error = future.CallMethod("exception");
                    if (!error.IsNone)
                    {
                        // The coroutine was cancelled from inside Python (task.cancel()): a cancelled task here too.
                        if (error.PythonTypeName == "asyncio.exceptions.CancelledError")
                            _completion.TrySetCanceled(cancellationToken);
                        else
                            _completion.TrySetException(PythonErrors.FromPython(PyConvert.ToPython(error)));
                        return;
                    }
                    using PyObject value = future.CallMethod("result");
                    _completion.TrySetResult(result.FromPython(value.Handle));
                }
#pragma warning disable CA1031 // whatever goes wrong belongs to the task, not to the loop thread
                catch (Exception e)
#pragma warning restore CA1031
                {
                    _completion.TrySetException(e);
                }
            }
        }
    }
}
