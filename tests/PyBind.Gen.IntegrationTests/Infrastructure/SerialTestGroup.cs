using Xunit;

namespace PyBind.Gen.IntegrationTests.Infrastructure;

/// <summary>
/// Tests that measure the process (memory) or load every core (many threads): they run on their own, after the
/// parallel ones, so that neither disturbs the other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialTestGroup
{
    public const string Name = "Serial: measurements and thread stress";
}
