using Xunit;

namespace PyBind.Runtime.Tests.Infrastructure;

/// <summary>
/// Tests that hold the GIL for long stretches (spinning Python loops), count allocations, or need the runtime's queue
/// of releases to themselves: they run on their own, after the parallel ones, so that no other test's work shows in
/// what they count and they do not hold the others up.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialTestGroup
{
    public const string Name = "Serial: long GIL holders, allocation counts, the release queue";
}
