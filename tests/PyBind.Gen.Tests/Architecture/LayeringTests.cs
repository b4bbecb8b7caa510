using PyBind.Testing.Architecture;
using Xunit;

namespace PyBind.Gen.Tests.Architecture;

/// <summary>
/// The generator's folders form one-way layers (the diagram in <c>generator/PyBind.Gen/README.md</c>): a folder
/// uses only folders below it, and folders of one layer do not use each other.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>Lowest first.</summary>
    public static readonly string[][] Layers =
    [
        ["Helpers"],                 // EquatableArray, the indented writer, the work schedule: no PyBind knowledge
        ["Diagnostics"],             // the PYB catalogue and diagnostics as values, usable from every layer above
        ["Model"],                   // the equatable specs and the facts about them (Python's names, type algebra, class shapes)
        ["Naming"],                  // Python names → C# names, collisions
        ["Stubs", "Emit"],           // .pyi text → model; model → C# (independent of each other)
        [SourceLayers.Root, "Exports"], // the two generators' pipelines, the analyzer, the catalog
    ];

    [Fact]
    public void GeneratorFolders_ReferOnlyToLowerLayers() =>
        SourceLayers.Load("generator/PyBind.Gen").AssertLayered(Layers);
}
