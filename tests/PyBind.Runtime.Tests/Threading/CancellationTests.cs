using System;
using System.Threading;
using System.Threading.Tasks;
using PyBind.Runtime.Tests.Infrastructure;
using Xunit;

namespace PyBind.Runtime.Tests.Threading;

[Collection(SerialTestGroup.Name)]
public class CancellationTests
{
    // Calls started() (a .NET function) once it runs, then loops until something stops it.
    private const string Spin = "def spin():\n    started()\n    while True:\n        pass\n";

    [Fact]
    public void InfiniteLoop_StopsOnCancellation()
    {
        using var scope = Python.CreateScope();
        using var started = new ManualResetEventSlim();
        DefineSpin(scope, started);
        using var cancellation = new CancellationTokenSource();
        Task run = Task.Factory.StartNew(() => Python.Run("spin()", scope, cancellation.Token), TaskCreationOptions.LongRunning);
        HangGuard.Wait(started, "the loop's start");

        cancellation.Cancel();

        HangGuard.Wait(run, "the cancelled loop");
        var canceled = Assert.IsType<OperationCanceledException>(run.Exception?.InnerException);
        Assert.Equal(cancellation.Token, canceled.CancellationToken);
        Assert.IsType<PyKeyboardInterrupt>(canceled.InnerException);
    }

    [Fact]
    public void Interrupt_StopsPythonThatDotNetThreadsRun()
    {
        using var scope = Python.CreateScope();
        using var started = new ManualResetEventSlim();
        DefineSpin(scope, started);
        Task run = Task.Factory.StartNew(() => scope.Eval("spin()"), TaskCreationOptions.LongRunning);
        HangGuard.Wait(started, "the loop's start");

        Assert.True(Python.Interrupt() >= 1);

        HangGuard.Wait(run, "the interrupted loop");
        Assert.IsType<PyKeyboardInterrupt>(run.Exception?.InnerException);
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
        // Cancelled from another thread once the innermost loop runs.
        scope.Set("started", Python.Function(new Action(() => Task.Run(cancellation.Cancel))));
        scope.Run(Spin);
        using PyObject spin = scope.Get("spin");
        // C# -> Python -> C# callback -> Python spin(): cancelling stops the innermost code; no `except Exception` catches it.
        scope.Set("nested", Python.Function(new Action(() => spin.Call())));
        scope.Run("def outer():\n    try:\n        nested()\n    except Exception:\n        return 'swallowed'\n");
        var error = Assert.Throws<OperationCanceledException>(() => Python.Run("outer()", scope, cancellation.Token));
        Assert.Equal(cancellation.Token, error.CancellationToken);
    }

    private static void DefineSpin(PyScope scope, ManualResetEventSlim started)
    {
        scope.Set("started", Python.Function(new Action(started.Set)));
        scope.Run(Spin);
    }
}
