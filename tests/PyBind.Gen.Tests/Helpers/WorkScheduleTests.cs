using System;
using System.Collections.Concurrent;
using System.Threading;
using PyBind.Gen.Helpers;
using Xunit;

namespace PyBind.Gen.Tests.Helpers;

public class WorkScheduleTests
{
    [Fact]
    public void Parts_RunOnceEach_NumberedInTheOrderAdded()
    {
        var schedule = new WorkSchedule();
        var ran = new ConcurrentDictionary<int, int>();
        var random = new Random(7);
        for (int i = 0; i < 200; i++)
        {
            int part = i;
            int spins = random.Next(1, 2000);
            int added = schedule.Add(() =>
            {
                Thread.SpinWait(spins);
                Assert.True(ran.TryAdd(part, Environment.CurrentManagedThreadId), $"part {part} ran twice");
            });
            Assert.Equal(i, added);
        }

        schedule.Run(CancellationToken.None);

        Assert.Equal(200, ran.Count);
    }

    [Fact]
    public void AFailingPart_FailsTheRunWithItsOwnException()
    {
        var schedule = new WorkSchedule();
        schedule.Add(() => throw new InvalidOperationException("part 0 failed"));
        schedule.Add(() => { });

        var exception = Assert.Throws<InvalidOperationException>(() => schedule.Run(CancellationToken.None));

        Assert.Equal("part 0 failed", exception.Message);
    }

    [Fact]
    public void ACancelledRun_Throws()
    {
        var schedule = new WorkSchedule();
        schedule.Add(() => { });
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => schedule.Run(cancelled.Token));
    }
}
