using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace PyBind.Runtime.Tests.Threading;

public class GilTests
{
    [Fact]
    public void ManyThreads_CallConcurrently_WithoutDeadlockAndWithCorrectResults()
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
        Assert.True(Task.WaitAll(workers, TimeSpan.FromMinutes(3)), "the threads did not finish: deadlock?");
        Assert.All(failures, count => Assert.Equal(0, count));
    }

    [Fact]
    public void GilScope_Nests_AndCallsInsideItWork()
    {
        using (Python.AcquireGil())
        {
            using (Python.AcquireGil())
                Assert.Equal(4L, Python.Eval<long>("2 + 2"));
            Assert.Equal(6L, Python.Eval<long>("3 + 3"));
        }
        // Released: another thread can take it.
        long fromOtherThread = Task.Run(() => Python.Eval<long>("5 + 5")).Result;
        Assert.Equal(10L, fromOtherThread);
    }

    [Fact]
    public void PythonThreads_RunWhileDotNetWaits()
    {
        // Python's own threads need the GIL too: it must not stay held between calls.
        using var scope = Python.CreateScope();
        scope.Run("import threading\ndone = threading.Event()\nthreading.Thread(target=done.set).start()");
        bool set = false;
        for (int attempt = 0; attempt < 200 && !set; attempt++)
        {
            set = scope.Eval<bool>("done.is_set()");
            if (!set)
                Thread.Sleep(10);
        }
        Assert.True(set);
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
        // Only the ended threads' states hold the markers; a collection may already have reclaimed some of them.
        Assert.Equal(20, scope.Eval<long>("len(refs)"));
        for (int attempt = 0; attempt < 50 && scope.Eval<long>("sum(1 for r in refs if r() is not None)") > 0; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        // Deleting an ended thread's state frees its threading.local values.
        Assert.Equal(0, scope.Eval<long>("sum(1 for r in refs if r() is not None)"));
    }

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
                // a .NET thread that used Python ends, and its state is queued when its owner is finalized;
                var worker = new Thread(() => Python.Eval<long>("1 + 1"));
                worker.Start();
                worker.Join();
                for (int i = 0; i < 3; i++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                }

                // the next acquisition, here, goes through PyGILState_Ensure/Release and drains the queue. Deleting
                // the dead state used to unbind this thread's own state (3.12+), and the release aborted the process.
                seen = Python.Eval<long>("40 + 2");
            }
        }));
        scope.Run("import threading\nt = threading.Thread(target=callback)\nt.start()\nt.join()");
        Assert.Equal(42, seen);
    }
}
