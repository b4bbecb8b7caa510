using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using PyBind.Runtime.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace PyBind.Runtime.Tests.Threading;

[Collection(SerialTestGroup.Name)]
public class CancellationTests(ITestOutputHelper output)
{
    private const string Spin = "def spin():\n    global started\n    started = True\n    while True:\n        pass\n";

    [Fact]
    public void InfiniteLoop_StopsWithin100Milliseconds_OfCancellation()
    {
        using var scope = Python.CreateScope();
        scope.Run(Spin + "started = False");
        using var cancellation = new CancellationTokenSource();
        Task run = Task.Factory.StartNew(() => Python.Run("spin()", scope, cancellation.Token), TaskCreationOptions.LongRunning);
        WaitUntilStarted(scope);
        var clock = Stopwatch.StartNew();
        cancellation.Cancel();
        var error = Assert.Throws<AggregateException>(() => run.Wait(TimeSpan.FromSeconds(10)));
        clock.Stop();
        output.WriteLine($"interrupt latency: {clock.Elapsed.TotalMilliseconds:F2} ms");
        var canceled = Assert.IsType<OperationCanceledException>(error.InnerException);
        Assert.Equal(cancellation.Token, canceled.CancellationToken);
        Assert.IsType<PyKeyboardInterrupt>(canceled.InnerException);
        Assert.True(clock.ElapsedMilliseconds < 100, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Interrupt_StopsPythonThatDotNetThreadsRun()
    {
        using var scope = Python.CreateScope();
        scope.Run(Spin + "started = False");
        Task run = Task.Factory.StartNew(() => scope.Eval("spin()"), TaskCreationOptions.LongRunning);
        WaitUntilStarted(scope);
        Assert.True(Python.Interrupt() >= 1);
        var error = Assert.Throws<AggregateException>(() => run.Wait(TimeSpan.FromSeconds(10)));
        Assert.IsType<PyKeyboardInterrupt>(error.InnerException);
        // Nothing stays pending: the next call on any thread runs normally.
        Assert.Equal(2L, Python.Eval<long>("1 + 1"));
    }

    [Fact]
    public void CancellationAfterTheScope_DoesNotLeakIntoLaterCalls()
    {
        using var cancellation = new CancellationTokenSource();
        Assert.Equal(3L, Python.Eval<long>("1 + 2", null, cancellation.Token));
        cancellation.Cancel();
        Assert.Equal(7L, Python.Eval<long>("sum(range(100000)) * 0 + 7"));
        Assert.Throws<OperationCanceledException>(() => Python.Eval<long>("1", null, cancellation.Token));
    }

    [Fact]
    public void CancellationInsideACallback_PropagatesAsTheSameException()
    {
        using var cancellation = new CancellationTokenSource();
        using var scope = Python.CreateScope();
        scope.Run(Spin);
        using PyObject spin = scope.Get("spin");
        // C# -> Python -> C# callback -> Python spin(): cancelling stops the innermost code; no `except Exception` catches it.
        scope.Set("nested", Python.Function(new Action(() => spin.Call())));
        scope.Run("def outer():\n    try:\n        nested()\n    except Exception:\n        return 'swallowed'\n");
        cancellation.CancelAfter(50);
        var error = Assert.Throws<OperationCanceledException>(() => Python.Run("outer()", scope, cancellation.Token));
        Assert.Equal(cancellation.Token, error.CancellationToken);
    }

    private static void WaitUntilStarted(PyScope scope)
    {
        var clock = Stopwatch.StartNew();
        while (!scope.Get<bool>("started"))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the loop did not start");
            Thread.Sleep(5);
        }
        Thread.Sleep(20);
    }
}
