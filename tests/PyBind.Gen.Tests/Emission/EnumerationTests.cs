using System.Linq;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Emission;

/// <summary>
/// Which <c>IEnumerable&lt;T&gt;</c> a class implements: its <c>__iter__</c>'s items, an iterator's <c>__next__</c>
/// (<c>__iter__</c> returns itself), <c>PyObject</c> for an iterator of unknown items or a container of its type variable,
/// and never two item types in one class, where LINQ could infer none.
/// </summary>
public class EnumerationTests
{
    private static GeneratorHarness Bind(string body) => GeneratorHarness.BindModule("_T = typing.TypeVar('_T')\n" + body);

    private static string[] Enumerables(GeneratorHarness harness, string metadataName) =>
        [.. harness.OutputCompilation.GetTypeByMetadataName(metadataName)!.Interfaces
            .Where(i => i.Name == "IEnumerable" && i.IsGenericType)
            .Select(i => i.TypeArguments[0].ToDisplayString())];

    [Fact]
    public void AnIteratorClass_EnumeratesWhatItsNextReturns()
    {
        // builtins.enumerate: __iter__ returns Self, __next__ the items.
        GeneratorHarness harness = Bind("""
            class counted(collections.abc.Iterator[tuple[int, str]]):
                def __iter__(self) -> typing.Self: ...
                def __next__(self) -> tuple[int, str]: ...
            """);

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        Assert.Equal(["(long, string)"], Enumerables(harness, "App.Mod+Counted"));
    }

    [Fact]
    public void AnIteratorOrAContainerOfItsTypeVariable_EnumeratesPyObjects_AndAnotherClassOfAnyItemsNothing()
    {
        // itertools.combinations, collections.deque: the items are a class type variable, which a non-generic wrapper has as PyObject.
        GeneratorHarness harness = Bind("""
            class combinations(collections.abc.Iterator[_T], typing.Generic[_T]):
                def __init__(self, iterable: collections.abc.Iterable[typing.Any], r: int) -> None: ...
                def __iter__(self) -> typing.Self: ...
                def __next__(self) -> _T: ...
            class table:
                def __iter__(self) -> collections.abc.Iterator[typing.Any]: ...
            class queue(typing.Generic[_T]):
                def __iter__(self) -> collections.abc.Iterator[_T]: ...
            """);

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        Assert.Equal(["PyBind.PyObject"], Enumerables(harness, "App.Mod+Combinations"));
        Assert.Empty(Enumerables(harness, "App.Mod+Table"));
        Assert.Equal(["PyBind.PyObject"], Enumerables(harness, "App.Mod+Queue"));
    }

    [Fact]
    public void AnIteratorOfUnknownItems_WithASubclassOfTypedItems_LeavesTheInterfaceToItsSubclasses()
    {
        GeneratorHarness harness = Bind("""
            class anything:
                def __iter__(self) -> typing.Self: ...
                def __next__(self) -> typing.Any: ...
            class numbers(anything):
                def __iter__(self) -> typing.Self: ...
                def __next__(self) -> int: ...
            class plain(anything): ...
            class other:
                def __iter__(self) -> typing.Self: ...
                def __next__(self) -> typing.Any: ...
            class more(other): ...
            """);

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        Assert.Empty(Enumerables(harness, "App.Mod+Anything"));
        Assert.Equal(["long"], Enumerables(harness, "App.Mod+Numbers"));
        Assert.Equal(["PyBind.PyObject"], Enumerables(harness, "App.Mod+Plain"));
        Assert.Equal(["PyBind.PyObject"], Enumerables(harness, "App.Mod+Other"));
        Assert.Empty(Enumerables(harness, "App.Mod+More"));
        Assert.Equal(["PyBind.PyObject"], harness.OutputCompilation.GetTypeByMetadataName("App.Mod+More")!.AllInterfaces
            .Where(i => i.Name == "IEnumerable" && i.IsGenericType).Select(i => i.TypeArguments[0].ToDisplayString()));
    }
}
