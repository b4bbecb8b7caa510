using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace PyBind.Testing;

/// <summary>
/// How long a test waits for something a correct build always does (a thread to finish, an event to be signalled, a
/// finalizer to run) before it calls the build hung. Far beyond any machine's slowness: it never decides the verdict
/// of a correct build, it only turns a deadlock into a failure that says what did not happen.
/// </summary>
public static class HangGuard
{
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Waits for <paramref name="signal"/>; fails with <paramref name="what"/> if it never comes.</summary>
    public static void Wait(ManualResetEventSlim signal, string what) =>
        Assert.True(signal.Wait(Limit), $"{what} did not happen within {Limit.TotalMinutes} minutes: hung?");

    /// <summary>Waits for <paramref name="task"/> to end (in any state); fails with <paramref name="what"/> if it never does.</summary>
    public static void Wait(Task task, string what) =>
        Assert.True(((IAsyncResult)task).AsyncWaitHandle.WaitOne(Limit), $"{what} did not finish within {Limit.TotalMinutes} minutes: hung?");

    /// <summary>Awaits <paramref name="task"/> (rethrowing its exception); fails with <paramref name="what"/> if it never ends.</summary>
    public static async Task Within(Task task, string what)
    {
        Task first = await Task.WhenAny(task, Task.Delay(Limit)).ConfigureAwait(false);
        Assert.True(first == task, $"{what} did not happen within {Limit.TotalMinutes} minutes: hung?");
        await task.ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="step"/> (a collection, say) until <paramref name="done"/> holds: for what a correct build
    /// does after a number of steps no test can know (a thread's teardown after Join, a finalizer's turn).
    /// </summary>
    public static void Until(Func<bool> done, Action step, string what)
    {
        for (var waited = Stopwatch.StartNew(); !done(); step())
            Assert.True(waited.Elapsed < Limit, $"{what} did not happen within {Limit.TotalMinutes} minutes: hung?");
    }
}
