using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace PyBind.Gen.Helpers;

/// <summary>
/// Runs independent parts of one step's work on every core (stubs to read, parts of a binding to plan or write), in
/// the order they were added as threads free up. The calling thread works too, so the work never waits for the thread
/// pool (a compiler server's may be busy): one thread alone finishes every part.
/// </summary>
internal sealed class WorkSchedule
{
    private readonly List<Action> _parts = [];

    /// <summary>Adds a part after every part added so far; returns its number.</summary>
    public int Add(Action work)
    {
        _parts.Add(work);
        return _parts.Count - 1;
    }

    /// <summary>Runs every part; the first to fail stops the others taking new parts, and its exception is rethrown.</summary>
    public void Run(CancellationToken cancellationToken)
    {
        int taken = -1;
        Exception? failure = null;

        void Work()
        {
            for (int next = Interlocked.Increment(ref taken); next < _parts.Count && Volatile.Read(ref failure) is null; next = Interlocked.Increment(ref taken))
            {
                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    _parts[next]();
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, e, null);
                    return;
                }
            }
        }

#pragma warning disable RS1035 // The processor count is no setting: one worker per core.
        int workers = Math.Max(1, Math.Min(Environment.ProcessorCount, _parts.Count));
#pragma warning restore RS1035
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ => Work());
        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }
}
