using Xunit;

namespace PyBind.Runtime.Tests.Infrastructure;

/// <summary>
/// Tests that hold the GIL for long stretches (spinning Python loops) or measure time and allocations: they run on
/// their own, after the parallel ones, so that they neither slow the others down nor get slowed down by them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialTestGroup
{
    public const string Name = "Serial: long GIL holders and measurements";
}
