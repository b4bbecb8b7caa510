using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using PyBind.Gen.Stubs;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Incrementality;

public class ModelEqualityTests
{
    private const string Stub = """
        import collections.abc
        import enum
        import typing
        T = typing.TypeVar("T", bound=float)
        Number: typing.TypeAlias = int | float
        pi: float = 3.14
        def mean(data: collections.abc.Iterable[T], /, *, weights: list[float] | None = None) -> T:
            "Arithmetic mean."
        @typing.overload
        def pick(x: typing.Literal['a', 'b']) -> bytes: ...
        @typing.overload
        def pick(x: collections.abc.Callable[[int], str], default: tuple[int, ...] = (1, -2)) -> None: ...
        class Color(enum.Enum):
            RED = 1
        class StatisticsError(ValueError):
            class Detail:
                @property
                def text(self) -> str: ...
        """;

    [Fact]
    public void ReadingTheSameStubTwice_GivesEqualButDistinctModels()
    {
        ParsedStub first = TestStubs.Read(TestStubs.WithHeader("statistics", Stub));
        ParsedStub second = TestStubs.Read(TestStubs.WithHeader("statistics", Stub));

        Assert.NotSame(first, second);
        Assert.NotSame(first.Module, second.Module);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(first.Module!.Functions[1].Signatures[1].Parameters[0].Type.GetHashCode(), second.Module!.Functions[1].Signatures[1].Parameters[0].Type.GetHashCode());
    }

    [Fact]
    public void AnOpenedStub_KnowsItsModuleAtOnce_IsReadWhenFirstNeeded_AndEqualsTheSameStubReadAtOnce()
    {
        string text = TestStubs.WithHeader("statistics", Stub);
        ParsedStub opened = StubReader.Open("/stubs/stats.pyi", SourceText.From(text));
        ParsedStub read = StubReader.Read("/stubs/stats.pyi", SourceText.From(text), CancellationToken.None);

        Assert.Equal("statistics", opened.ModuleName);
        Assert.Equal(read, opened);
        Assert.Equal(read.Module, opened.Module);
        Assert.Same(opened.Module, opened.Module);
    }

    [Fact]
    public void ACancelledRead_IsNotKept_TheNextReadReadsTheStub()
    {
        ParsedStub opened = StubReader.Open("/stubs/stats.pyi", SourceText.From(TestStubs.WithHeader("statistics", Stub)));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => opened.Read(cancelled.Token));
        Assert.Equal("mean", opened.Module!.Functions[0].PythonName);
    }

    [Fact]
    public void TheIndex_ReadsEveryStub_AsReadingThemOneByOneWould()
    {
        (string Path, string Text)[] files = [.. StubsCache.All().Where(f => Path.GetFileName(f.Path).StartsWith("numpy.", StringComparison.Ordinal))];
        StubIndex index = StubIndex.Create([.. files.Select(f => StubReader.Open(f.Path, SourceText.From(f.Text)))], CancellationToken.None);

        Assert.Equal(files.Length, index.Stubs.Count);
        foreach (ParsedStub stub in index.Stubs)
        {
            (string path, string text) = files.Single(f => f.Path == stub.Path);
            ParsedStub alone = StubReader.Read(path, SourceText.From(text), CancellationToken.None);
            Assert.Equal(alone.Module, stub.Module);
            Assert.Equal(alone.Diagnostics, stub.Diagnostics);
        }
    }

    [Fact]
    public void AddingAComment_LeavesTheModelEqual()
    {
        ModuleSpec before = TestStubs.Module(Stub, "statistics");
        ModuleSpec after = TestStubs.Module("# a comment\n\n" + Stub.Replace("pi: float", "pi:   float", StringComparison.Ordinal), "statistics");

        Assert.Equal(before, after);
    }

    [Fact]
    public void ChangingOneType_MakesTheModelDifferent()
    {
        ModuleSpec before = TestStubs.Module(Stub, "statistics");
        ModuleSpec after = TestStubs.Module(Stub.Replace("list[float] | None", "list[int] | None", StringComparison.Ordinal), "statistics");

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void GeneratedFiles_AreEqualByHintNameAndContent()
    {
        var file = new GeneratedFile("A.g.cs", Microsoft.CodeAnalysis.Text.SourceText.From("class A { }", System.Text.Encoding.UTF8));
        var same = new GeneratedFile("A.g.cs", Microsoft.CodeAnalysis.Text.SourceText.From("class A { }", System.Text.Encoding.UTF8));

        Assert.Equal(file, same);
        Assert.Equal(file.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(file, same with { HintName = "B.g.cs" });
        Assert.NotEqual(file, same with { Text = Microsoft.CodeAnalysis.Text.SourceText.From("class B { }", System.Text.Encoding.UTF8) });
    }

    [Fact]
    public void EquatableArray_ComparesByContent_AndDefaultIsEmpty()
    {
        EquatableArray<string> a = ["x", "y"];
        EquatableArray<string> b = ["x", "y"];

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ["y", "x"]);
        Assert.Equal(default, EquatableArray<string>.Empty);
        Assert.Empty(default(EquatableArray<string>));
    }

    /// <summary>Nothing in a pipeline value may hold a symbol, syntax or compilation: they root old compilations.</summary>
    [Fact]
    public void PipelineModels_ContainNoRoslynObjectsOrArrays()
    {
        Type[] roots = [typeof(ParsedStub), typeof(StubIndex), typeof(BindingRequest), typeof(BindingSpec), typeof(Result<BindingSpec?>), typeof(DiagnosticInfo), typeof(GeneratedBinding)];
        var offenders = new List<string>();
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        Assembly generator = typeof(PyBindGenerator).Assembly;
        while (pending.Count > 0)
        {
            Type type = pending.Pop();
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (Type nested in generator.GetTypes().Where(t => t.IsSubclassOf(type)))
            {
                pending.Push(nested);
            }

            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                Type fieldType = Nullable.GetUnderlyingType(field.FieldType) ?? field.FieldType;
                if (typeof(ISymbol).IsAssignableFrom(fieldType) || typeof(SyntaxNode).IsAssignableFrom(fieldType) || typeof(Compilation).IsAssignableFrom(fieldType)
                    || typeof(Location).IsAssignableFrom(fieldType) || typeof(SyntaxTree).IsAssignableFrom(fieldType) || fieldType.IsArray
                    || (fieldType.IsGenericType && fieldType.GetGenericTypeDefinition() == typeof(List<>)))
                {
                    offenders.Add($"{type.Name}.{field.Name}: {fieldType.Name}");
                }

                foreach (Type candidate in fieldType.IsGenericType ? fieldType.GetGenericArguments().Append(fieldType) : [fieldType])
                {
                    if (candidate.Assembly == generator)
                    {
                        pending.Push(candidate);
                    }
                }
            }
        }

        Assert.Empty(offenders);
        Assert.Contains(typeof(PyCallableType), seen);
    }
}
