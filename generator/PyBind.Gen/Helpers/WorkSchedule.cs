using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace PyBind.Gen.Helpers;

/// <summary>
/// Runs parts of one step's work on every core (stubs to read, parts of a binding to write), each once the parts it
/// waits for are done, earliest first. The calling thread works too, so the work never waits for the thread pool (a
/// compiler server's may be busy): one thread alone finishes every part.
/// </summary>
internal sealed class WorkSchedule
{
    private readonly List<Action> _parts = [];
    private readonly List<List<int>> _dependents = [];
    private readonly List<int> _waitingFor = [];

    /// <summary>Adds a part after every part added so far; returns its number.</summary>
    public int Add(Action work)
    {
        _parts.Add(work);
        _dependents.Add([]);
        _waitingFor.Add(0);
        return _parts.Count - 1;
    }

    /// <summary>Makes <paramref name="part"/> wait for <paramref name="prerequisite"/>, an earlier part (so no cycle can form).</summary>
    public void AddDependency(int part, int prerequisite)
    {
        if (prerequisite >= part)
        {
            throw new ArgumentOutOfRangeException(nameof(prerequisite), prerequisite, $"Part {part} can only wait for an earlier part.");
        }

        _dependents[prerequisite].Add(part);
        _waitingFor[part]++;
    }

    public void Run(CancellationToken cancellationToken)
    {
        var ready = new List<int>();
        for (int part = 0; part < _parts.Count; part++)
        {
            if (_waitingFor[part] == 0)
            {
                ready.Add(part);
            }
        }

        object gate = new();
        int remaining = _parts.Count;
        Exception? failure = null;

        void Work()
        {
            while (true)
            {
                int next;
                lock (gate)
                {
                    while (ready.Count == 0 && remaining > 0 && failure is null)
                    {
                        Monitor.Wait(gate);
                    }

                    if (ready.Count == 0 || failure is not null)
                    {
                        return;
                    }

                    next = TakeEarliest(ready);
                }

                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    _parts[next]();
                }
                catch (Exception e)
                {
                    lock (gate)
                    {
                        failure ??= e;
                        Monitor.PulseAll(gate);
                    }

                    return;
                }

                lock (gate)
                {
                    remaining--;
                    foreach (int dependent in _dependents[next])
                    {
                        if (--_waitingFor[dependent] == 0)
                        {
                            ready.Add(dependent);
                        }
                    }

                    Monitor.PulseAll(gate);
                }
            }
        }

#pragma warning disable RS1035 // The processor count is no setting: one worker per core.
        int workers = Math.Max(1, Environment.ProcessorCount);
#pragma warning restore RS1035
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ => Work());
        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    private static int TakeEarliest(List<int> ready)
    {
        int earliest = 0;
        for (int i = 1; i < ready.Count; i++)
        {
            if (ready[i] < ready[earliest])
            {
                earliest = i;
            }
        }

        int part = ready[earliest];
        ready[earliest] = ready[ready.Count - 1];
        ready.RemoveAt(ready.Count - 1);
        return part;
    }
}
