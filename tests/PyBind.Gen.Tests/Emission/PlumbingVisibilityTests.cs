using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Emission;

/// <summary>
/// What completion offers a user is Python's API and nothing else: from the user's own code, no generated member,
/// type or file-level class of the plumbing (<c>__PyBind…</c>: converters, Python class objects, the module initializer,
/// the handle constructor) is accessible, under the <c>[PyImport]</c> class or any class nested in it.
/// </summary>
public class PlumbingVisibilityTests
{
    private const string Stub = """
        import enum
        import typing

        LIMIT: int = 10

        def describe(a: int, b: str = 'x') -> str: ...

        class Color(enum.IntEnum):
            RED = 1

        class Mode(enum.Enum):
            FAST = 'fast'

        class Problem(ValueError):
            code: int

        class Shape:
            sides: int
            def __init__(self, sides: int) -> None: ...
            def grow(self) -> Shape: ...
            class Corner:
                def angle(self) -> float: ...

        class Square(Shape):
            def paint(self, color: Color) -> Color: ...
        """;

    [Fact]
    public void UserCode_SeesNoGeneratedPlumbing()
    {
        const string user = """
            using PyBind;
            namespace App;
            [PyImport("plumbing")] public static partial class Bound;
            public static class User
            {
                public static void Use() { }
            }
            """;
        GeneratorHarness harness = GeneratorHarness.Create([user], ("/stubs/plumbing.pyi", TestStubs.WithHeader("plumbing", Stub)));
        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        Compilation compilation = harness.OutputCompilation;
        SyntaxTree tree = compilation.SyntaxTrees.First(t => t.FilePath == "/src/Source0.cs");
        SemanticModel model = compilation.GetSemanticModel(tree);
        int position = tree.GetText().ToString().IndexOf("{ }", StringComparison.Ordinal) + 1;

        List<INamedTypeSymbol> classes = GeneratedApi.Classes(compilation, "App").ToList();
        Assert.Contains(classes, c => c.Name == "Square");
        var visible = new List<string>();
        foreach (INamedTypeSymbol type in classes)
        {
            visible.AddRange(model.LookupSymbols(position, container: type).Select(s => type.Name + "." + s.Name));
            visible.AddRange(model.LookupStaticMembers(position, container: type).Select(s => type.Name + "." + s.Name));
            visible.AddRange(type.InstanceConstructors.Where(c => model.IsAccessible(position, c)).Select(c => type.Name + "(" + string.Join(", ", c.Parameters.Select(p => p.Type.Name)) + ")"));
        }

        visible.AddRange(model.LookupSymbols(position).Select(s => s.Name));
        Assert.Empty(visible.Where(name => name.Contains("__PyBind", StringComparison.Ordinal) || name.Contains("IntPtr", StringComparison.Ordinal)).Distinct());
        // The API itself is there.
        Assert.Contains("Bound.Describe", visible);
        Assert.Contains("Shape.Grow", visible);
        Assert.Contains("Square.Paint", visible);
        Assert.Contains("Shape(Int64)", visible);
    }
}
