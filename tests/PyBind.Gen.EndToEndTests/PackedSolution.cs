using Xunit;

namespace PyBind.Gen.EndToEndTests;

/// <summary>
/// The tests that use the packed solution: it is packed once for all of them, and they run one after another (each
/// builds real projects, which take both cores).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackedSolution : ICollectionFixture<NewUserFixture>
{
    public const string Name = "Packed solution";
}
