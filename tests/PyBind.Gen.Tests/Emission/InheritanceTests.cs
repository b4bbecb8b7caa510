using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Emission;

/// <summary>
/// The members a class inherits from Python bases that are not its C# bases (C# has one base class): bases in a stub no
/// [PyImport] binds, and later bases of the binding itself, in Python's method resolution order.
/// </summary>
public class InheritanceTests
{
    private static readonly SymbolDisplayFormat s_format = SymbolDisplayFormat.MinimallyQualifiedFormat
        .WithParameterOptions(SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue)
        .WithMemberOptions(SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeModifiers)
        .WithGenericsOptions(SymbolDisplayGenericsOptions.IncludeTypeParameters)
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>sklearn.base's shapes: mixins and a root estimator, none of which lib.models' [PyImport] binds.</summary>
    private const string BaseStub = """
        import typing

        T = typing.TypeVar('T')

        class BaseEstimator:
            def __init__(self, **params: typing.Any) -> None: ...
            def get_params(self, deep: bool = True) -> dict[str, typing.Any]: ...
            def set_params(self, **params: typing.Any) -> typing.Self: ...
            def score(self) -> str: ...
        class RegressorMixin:
            def score(self, X: typing.Any, y: typing.Any) -> float: ...
            @property
            def kind(self) -> str: ...
        class MultiOutputMixin: ...
        class Holder(typing.Generic[T]):
            def get(self) -> T: ...
            @staticmethod
            def make() -> int: ...
        """;

    private static GeneratorHarness Bind(string models, string baseStub = BaseStub) =>
        GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"lib.models\")] public static partial class Models;"],
            ("/stubs/lib.models.pyi", TestStubs.WithHeader("lib.models", "import lib.base\nimport other\nimport typing\n" + models)),
            ("/stubs/lib.base.pyi", TestStubs.WithHeader("lib.base", baseStub)),
            ("/stubs/other.pyi", TestStubs.WithHeader("other", "class Foreign:\n    def foreign(self) -> int: ...\n")));

    private static string[] Members(GeneratorHarness harness, string type)
    {
        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        return harness.OutputCompilation.GetTypeByMetadataName(type)!.GetMembers()
            .Where(m => m.DeclaredAccessibility == Accessibility.Public && m is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor } or IPropertySymbol)
            .Select(m => m.ToDisplayString(s_format))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    [Fact]
    public void BasesNoPyImportBinds_GiveTheirMembers_InPythonsMethodOrder()
    {
        // LinearRegression(MultiOutputMixin, RegressorMixin, BaseEstimator): score is RegressorMixin's (before
        // BaseEstimator's in the order), predict its own; get_params/set_params and the constructor BaseEstimator's.
        GeneratorHarness harness = Bind("""
            class LinearRegression(lib.base.MultiOutputMixin, lib.base.RegressorMixin, lib.base.BaseEstimator):
                def predict(self, X: typing.Any) -> float: ...
            """);

        Assert.Equal(
            [
                "IDictionary<string, PyObject> GetParams(bool? deep = null)",
                "LinearRegression SetParams(IEnumerable<KeyValuePair<string, object?>>? @params = null)",
                "LinearRegression(IEnumerable<KeyValuePair<string, object?>>? @params = null)",
                "double Predict(object? x)",
                "double Score(object? x, object? y)",
                "string Kind",
            ],
            Members(harness, "App.Models+LinearRegression"));
        Assert.Equal("PyObject", harness.OutputCompilation.GetTypeByMetadataName("App.Models+LinearRegression")!.BaseType!.Name);
    }

    [Fact]
    public void WhatTheClassDefines_WinsOverItsBases()
    {
        GeneratorHarness harness = Bind("""
            class Model(lib.base.RegressorMixin):
                def score(self, X: typing.Any) -> int: ...
                kind: int
            """);

        Assert.Equal(["long Kind", "long Score(object? x)"], Members(harness, "App.Models+Model"));
    }

    [Fact]
    public void LaterBasesOfTheBinding_GiveTheirMembers_AndTheFirstStaysTheCSharpBase()
    {
        // Python's order for Both(Left, Right), Left(Root), Right(Root) is Both, Left, Right, Root: f is Right's, which
        // hides Root's f that C# inherits through Left ('new'); g is Left's, inherited in C#, not declared again.
        GeneratorHarness harness = Bind("""
            class Root:
                def f(self) -> int: ...
            class Left(Root):
                def g(self) -> int: ...
            class Right(Root):
                def f(self) -> str: ...
                def h(self) -> str: ...
            class Both(Left, Right): ...
            """);

        INamedTypeSymbol both = harness.OutputCompilation.GetTypeByMetadataName("App.Models+Both")!;
        Assert.Equal("Left", both.BaseType!.Name);
        Assert.Equal(["string F()", "string H()"], Members(harness, "App.Models+Both"));
        Assert.Contains("public new string F()", string.Concat(harness.Result.GeneratedSources.Select(g => g.SourceText.ToString())));
    }

    [Fact]
    public void AGenericBase_GivesItsMembers_WithTheTypeArgumentsTheClassGives()
    {
        GeneratorHarness harness = Bind("""
            class IntHolder(lib.base.Holder[int]): ...
            class AnyHolder(lib.base.Holder): ...
            """);

        Assert.Equal(["long Get()", "static long Make()"], Members(harness, "App.Models+IntHolder"));
        Assert.Equal(["PyObject Get()", "static long Make()"], Members(harness, "App.Models+AnyHolder"));
    }

    [Fact]
    public void ABaseOfAnotherLibrary_StaysReachedThroughPython()
    {
        // other.Foreign belongs to its own library's binding: copying a standard ABC's or another library's members into
        // every class deriving from it is left to binding that library.
        GeneratorHarness harness = Bind("""
            class Local(other.Foreign):
                def own(self) -> int: ...
            """);

        Assert.Equal(["long Own()"], Members(harness, "App.Models+Local"));
    }

    [Fact]
    public void AnInheritedNameTakenByTheClass_GetsTheCollisionSuffix()
    {
        // bs4's Tag: get_text is its own, getText (an alias in a base) would be GetText too.
        GeneratorHarness harness = Bind(
            "class Tag(lib.base.PageElement):\n    def get_text(self) -> str: ...\n",
            "class PageElement:\n    def getText(self) -> str: ...\n");

        Assert.Equal(["string GetText()", "string GetText_()"], Members(harness, "App.Models+Tag"));
    }
}
