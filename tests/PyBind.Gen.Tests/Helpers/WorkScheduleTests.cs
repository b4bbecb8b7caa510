using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PyBind.Gen.Helpers;
using Xunit;

namespace PyBind.Gen.Tests.Helpers;

public class WorkScheduleTests
{
    [Fact]
    public void Parts_RunOnceEach_AfterEveryPartTheyWaitFor()
    {
        var schedule = new WorkSchedule();
        var finished = new ConcurrentDictionary<int, long>();
        var started = new ConcurrentDictionary<int, long>();
        long clock = 0;
        var prerequisites = new Dictionary<int, List<int>>();
        var random = new Random(7);
        for (int i = 0; i < 200; i++)
        {
            int part = i;
            int spins = random.Next(1, 2000);
            int added = schedule.Add(() =>
            {
                started[part] = Interlocked.Increment(ref clock);
                Thread.SpinWait(spins);
                Assert.True(finished.TryAdd(part, Interlocked.Increment(ref clock)), $"part {part} ran twice");
            });
            Assert.Equal(i, added);
            prerequisites[part] = [];
            for (int earlier = Math.Max(0, i - 10); earlier < i; earlier++)
            {
                if (random.Next(3) == 0)
                {
                    schedule.AddDependency(part, earlier);
                    prerequisites[part].Add(earlier);
                }
            }
        }

        schedule.Run(CancellationToken.None);

        Assert.Equal(200, finished.Count);
        foreach (KeyValuePair<int, List<int>> part in prerequisites)
        {
            Assert.All(part.Value, prerequisite => Assert.True(finished[prerequisite] < started[part.Key], $"part {part.Key} started before part {prerequisite} finished"));
        }
    }

    [Fact]
    public void AFailingPart_FailsTheRunWithItsOwnException_AndStopsThePartsWaitingForIt()
    {
        var schedule = new WorkSchedule();
        bool dependentRan = false;
        int failing = schedule.Add(() => throw new InvalidOperationException("part 0 failed"));
        int dependent = schedule.Add(() => dependentRan = true);
        schedule.AddDependency(dependent, failing);

        var exception = Assert.Throws<InvalidOperationException>(() => schedule.Run(CancellationToken.None));

        Assert.Equal("part 0 failed", exception.Message);
        Assert.False(dependentRan);
    }

    [Fact]
    public void WaitingForALaterPart_IsRefused()
    {
        var schedule = new WorkSchedule();
        int first = schedule.Add(() => { });
        int second = schedule.Add(() => { });

        Assert.Throws<ArgumentOutOfRangeException>(() => schedule.AddDependency(first, second));
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
