using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace PyBind.Runtime.Tests.Async;

public class AsyncTests
{
    private const string Coroutines = """
        import asyncio
        cleanup = []

        async def add(a, b):
            await asyncio.sleep(0.01)
            return a + b

        async def fail():
            await asyncio.sleep(0)
            raise ValueError('async failure')

        async def wait_forever(started, stopped):
            try:
                started()
                await asyncio.get_running_loop().create_future()  # never set: only cancelling ends the wait
            finally:
                stopped()

        async def squares(n):
            try:
                for i in range(n):
                    await asyncio.sleep(0)
                    yield i * i
            finally:
                cleanup.append('squares closed')

        async def double_later(complete, awaitable):
            # complete() runs on the loop once this coroutine waits in the await: the awaitable is pending until then.
            asyncio.get_running_loop().call_soon(complete)
            return (await awaitable) * 2

        async def double(awaitable):
            return (await awaitable) * 2
        """;

    [Fact]
    public async Task Coroutine_BecomesATask()
    {
        using var scope = Python.CreateScope();
        scope.Run(Coroutines);
        using PyObject coroutine = scope.Eval("add(2, 3)");
        Assert.Equal(5L, await coroutine.AsTask<long>());
        using PyObject another = scope.Eval("add('a', 'b')");
        Task<PyObject> task = another.AsTask<PyObject>();
        Assert.Same(another, task.GetPythonAwaitable());
        PyObject awaited = await task;
        Assert.Equal("ab", awaited.As<string>());
        Assert.Null(Task.CompletedTask.GetPythonAwaitable());
    }

    [Fact]
    public async Task CoroutineError_FaultsTheTask()
    {
        using var scope = Python.CreateScope();
        scope.Run(Coroutines);
        using PyObject coroutine = scope.Eval("fail()");
        var error = await Assert.ThrowsAsync<PyValueError>(() => coroutine.AsTask<long>());
        Assert.Equal("async failure", error.PythonMessage);
    }

    [Fact]
    public async Task CancellationToken_CancelsTheAsyncioTask()
    {
        using var scope = Python.CreateScope();
        scope.Run(Coroutines);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        scope.Set("started", new Action(() => started.SetResult()));
        scope.Set("stopped", new Action(() => stopped.SetResult()));
        using var cancellation = new CancellationTokenSource();
        using PyObject coroutine = scope.Eval("wait_forever(started, stopped)");
        Task<object?> task = coroutine.AsTask<object?>(cancellation.Token);
        await HangGuard.Within(started.Task, "the coroutine's start");

        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => HangGuard.Within(task, "the cancelled task"));
        Assert.True(task.IsCanceled);
        // The coroutine itself was cancelled (nothing else ends its wait): its finally block ran on the loop.
        await HangGuard.Within(stopped.Task, "the coroutine's finally block");
    }

    [Fact]
    public async Task AsyncLambdaCallback_IsAwaitedByAsyncioGather()
    {
        using var scope = Python.CreateScope();
        scope.Run("""
            import asyncio
            async def gather_prices(fetch, keys):
                return sum(await asyncio.gather(*(fetch(k) for k in keys)))
            async def fetch(key):
                await asyncio.sleep(0)
                return {'apple': 0.5, 'pear': 0.75, 'plum': 0.2}[key]
            """);
        var prices = new Dictionary<string, double> { ["apple"] = 0.5, ["pear"] = 0.75, ["plum"] = 0.2 };
        scope.Set("dotnet_fetch", new Func<string, Task<double>>(async key => { await Task.Yield(); return prices[key]; }));

        using PyObject fromDotNet = scope.Eval("gather_prices(dotnet_fetch, ['apple', 'pear', 'plum'])");
        using PyObject fromPython = scope.Eval("gather_prices(fetch, ['apple', 'pear', 'plum'])");
        Assert.Equal(await fromPython.AsTask<double>(), await fromDotNet.AsTask<double>());

        using PyObject missing = scope.Eval("gather_prices(dotnet_fetch, ['apple', 'gin'])");
        KeyNotFoundException error = await Assert.ThrowsAsync<KeyNotFoundException>(() => missing.AsTask<double>());
        Assert.Contains("'gin'", error.Message);
    }

    [Fact]
    public async Task DotNetTask_IsAwaitableInPython()
    {
        using var scope = Python.CreateScope();
        scope.Run(Coroutines);
        // Completed only once Python awaits it, so that the await really waits.
        var answer = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        scope.Set("answer", answer.Task);
        scope.Set("complete_answer", new Action(() => answer.SetResult(21)));
        using PyObject doubled = scope.Eval("double_later(complete_answer, answer)");
        Assert.Equal(42L, await doubled.AsTask<long>());

        var failure = new InvalidOperationException("the .NET side failed");
        scope.Set("failing", Task.FromException<long>(failure));
        using PyObject failed = scope.Eval("double(failing)");
        Assert.Same(failure, await Assert.ThrowsAsync<InvalidOperationException>(() => failed.AsTask<long>()));

        var plain = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        scope.Set("plain", plain.Task);
        scope.Set("complete_plain", new Action(() => plain.SetResult()));
        await Python.RunAsync("asyncio.get_running_loop().call_soon(complete_plain)\nplain_result = await plain", scope);
        Assert.True(scope.Get("plain_result").IsNone);
    }

    [Fact]
    public async Task RunAsync_AllowsTopLevelAwait()
    {
        using var scope = Python.CreateScope();
        scope.Run(Coroutines);
        await Python.RunAsync("total = await add(40, 2)\nawait asyncio.sleep(0)", scope);
        Assert.Equal(42L, scope.Get<long>("total"));
        Assert.Equal(7L, await Python.EvalAsync<long>("await add(3, 4)", scope));
        Assert.Equal(9L, await Python.EvalAsync<long>("4 + 5", scope));
        Assert.Throws<PySyntaxError>(() => { _ = Python.RunAsync("await = ", scope); });
        await Assert.ThrowsAsync<PyValueError>(() => Python.RunAsync("await fail()", scope));
    }

    [Fact]
    public async Task AsyncGenerator_IsAnAsyncEnumerable()
    {
        using var scope = Python.CreateScope();
        scope.Run(Coroutines);
        var items = new List<long>();
        using (PyObject generator = scope.Eval("squares(5)"))
        {
            await foreach (long item in generator.AsAsyncEnumerable<long>())
                items.Add(item);
        }
        Assert.Equal(new long[] { 0, 1, 4, 9, 16 }, items);

        using PyObject endless = scope.Eval("squares(1000000)");
        await foreach (long item in endless.AsAsyncEnumerable<long>())
        {
            if (item >= 9)
                break;
        }
        Assert.True(scope.Eval<bool>("cleanup.count('squares closed') == 2"), "breaking out closes the async generator");
    }

    [Fact]
    public async Task ManyConcurrentTasks_AllComplete()
    {
        using var scope = Python.CreateScope();
        scope.Run(Coroutines);
        var tasks = new List<Task<long>>();
        for (long i = 0; i < 200; i++)
        {
            using PyObject coroutine = scope.Eval($"add({i}, 1)");
            tasks.Add(coroutine.AsTask<long>());
        }
        long[] results = await Task.WhenAll(tasks);
        for (int i = 0; i < results.Length; i++)
            Assert.Equal(i + 1, results[i]);
    }
}
