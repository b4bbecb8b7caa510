using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PyBind.Runtime.Tests.Infrastructure;
using Xunit;

namespace PyBind.Runtime.Tests.Threading;

public class GilTests
{
    [Fact]
    public async Task ManyThreads_CallConcurrently_WithoutDeadlockAndWithCorrectResults()
    {
        using var scope = Python.CreateScope();
        scope.Run("def square_plus(x, y):\n    return x * x + y");
        using PyObject function = scope.Get("square_plus");
        const int threads = 8, callsPerThread = 10_000;
        long[] failures = new long[threads];
        Task[] workers = Enumerable.Range(0, threads).Select(t => Task.Factory.StartNew(() =>
        {
            for (long i = 0; i < callsPerThread; i++)
            {
                if (function.Call<long>(i, (long)t) != i * i + t)
                    failures[t]++;
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task all = Task.WhenAll(workers);
        Assert.True(await Task.WhenAny(all, Task.Delay(HangGuard.Limit)) == all, "the threads did not finish: deadlock?");
        Assert.All(failures, count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task GilScope_Nests_AndCallsInsideItWork()
    {
        using (Python.AcquireGil())
        {
            using (Python.AcquireGil())
                Assert.Equal(4L, Python.Eval<long>("2 + 2"));
            Assert.Equal(6L, Python.Eval<long>("3 + 3"));
        }
        // Released: another thread can take it.
        long fromOtherThread = await Task.Run(() => Python.Eval<long>("5 + 5"));
        Assert.Equal(10L, fromOtherThread);
    }

    [Fact]
    public void PythonThreads_RunWhileDotNetWaits()
    {
        // Python's own threads need the GIL too: it must not stay held between calls. This thread waits outside
        // Python for a Python thread to call back: were the GIL still held, that thread could never run.
        using var ran = new ManualResetEventSlim();
        using var scope = Python.CreateScope();
        scope.Set("ran", Python.Function(new Action(ran.Set)));
        scope.Run("import threading\nthreading.Thread(target=ran).start()");
        HangGuard.Wait(ran, "the Python thread's call");
    }

    [Fact]
    public void PythonThreadLocals_SurviveBetweenCallsOnTheSameThread()
    {
        using var scope = Python.CreateScope();
        scope.Run("import threading\nlocal = threading.local()");
        var thread = new Thread(() =>
        {
            scope.Run("local.value = threading.get_ident()");
            Assert.True(scope.Eval<bool>("getattr(local, 'value', None) == threading.get_ident()"));
        });
        thread.Start();
        thread.Join();
        // Another thread has its own thread state: it does not see the first thread's value.
        Assert.False(scope.Eval<bool>("hasattr(local, 'value')"));
    }

    [Fact]
    public void ThreadStatesOfEndedThreads_AreReclaimed()
    {
        using var scope = Python.CreateScope();
        scope.Run("import threading, weakref\nclass Marker: pass\nrefs = []\nlocal = threading.local()");
        for (int i = 0; i < 20; i++)
        {
            var thread = new Thread(() => scope.Run("m = Marker()\nrefs.append(weakref.ref(m))\nlocal.marker = m\ndel m"));
            thread.Start();
            thread.Join();
        }
        // Only the ended threads' states hold the markers. A thread's state is queued when its owner is finalized,
        // which can only happen once the thread's teardown (after Join returns) has dropped it.
        Assert.Equal(20, scope.Eval<long>("len(refs)"));
        // Deleting an ended thread's state frees its threading.local values.
        HangGuard.Until(() => scope.Eval<long>("sum(1 for r in refs if r() is not None)") == 0, CollectAndFinalize, "the release of the ended threads' states");
    }

    internal static void CollectAndFinalize()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Thread.Sleep(1);
    }
}

/// <summary>
/// Alone (no other test takes the GIL meanwhile): the queue of releases must hold exactly what this test puts there
/// when it drains it.
/// </summary>
[Collection(SerialTestGroup.Name)]
public class ThreadStateReclamationTests
{
    [Fact]
    public void EndedThreadState_ReclaimedOnAPythonOwnedThread_LeavesThatThreadIntact()
    {
        long seen = 0;
        using var scope = Python.CreateScope();
        scope.Set("callback", (Action)(() =>
        {
            // On a thread Python started (its state is Python's), with the GIL given up meanwhile:
            using (Python.AllowThreads())
            {
                // with nothing queued yet (this call drains what earlier tests left),
                GilTests.CollectAndFinalize();
                Python.Eval<long>("0");
                // a .NET thread that used Python ends, and its state is queued when its owner is finalized;
                var worker = new Thread(() => Python.Eval<long>("1 + 1"));
                worker.Start();
                worker.Join();
                HangGuard.Until(() => ReleaseQueue.HasPending, GilTests.CollectAndFinalize, "the finalization of the ended thread's state");

                // the next acquisition, here, goes through PyGILState_Ensure/Release and drains the queue. Deleting
                // the dead state used to unbind this thread's own state (3.12+), and the release aborted the process.
                seen = Python.Eval<long>("40 + 2");
            }
        }));
        scope.Run("import threading\nt = threading.Thread(target=callback)\nt.start()\nt.join()");
        Assert.Equal(42, seen);
    }
}
