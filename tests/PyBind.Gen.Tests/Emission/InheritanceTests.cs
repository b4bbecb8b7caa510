using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Emission;

/// <summary>
/// The members a class inherits from Python bases that are not its C# bases (C# has one base class): bases in a stub no
/// [PyImport] binds, and later bases of the binding itself, in Python's method resolution order. A first base no
/// [PyImport] binds is declared once, hidden, as the C# base of the classes deriving from it.
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
        class Indexed:
            def __getitem__(self, key: str) -> int: ...
            def __call__(self, x: int) -> str: ...
            def __add__(self, other: int) -> int: ...
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

    /// <summary>Where the binding of lib.models declares lib.base's classes that are first bases.</summary>
    private const string Hidden = "App.Models+__PyBindBases+Lib_Base+";

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
        Assert.Equal(
            harness.OutputCompilation.GetTypeByMetadataName(Hidden + "MultiOutputMixin"),
            harness.OutputCompilation.GetTypeByMetadataName("App.Models+LinearRegression")!.BaseType,
            SymbolEqualityComparer.Default);
    }

    [Fact]
    public void AFirstBaseNoPyImportBinds_IsDeclaredOnce_AsTheHiddenCSharpBase()
    {
        // pygments' lexers and their RegexLexer: the base's members come once, by inheritance, and a cast to it works
        // (a method returning Self is declared again on each class, returning it: Ridge.SetParams() is a Ridge).
        GeneratorHarness harness = Bind("""
            class Ridge(lib.base.BaseEstimator):
                def fit(self, X: typing.Any) -> typing.Self: ...
            class Lasso(lib.base.BaseEstimator): ...
            def best() -> lib.base.BaseEstimator: ...
            """);

        INamedTypeSymbol estimator = harness.OutputCompilation.GetTypeByMetadataName(Hidden + "BaseEstimator")!;
        Assert.Equal(estimator, harness.OutputCompilation.GetTypeByMetadataName("App.Models+Ridge")!.BaseType, SymbolEqualityComparer.Default);
        Assert.Equal(estimator, harness.OutputCompilation.GetTypeByMetadataName("App.Models+Lasso")!.BaseType, SymbolEqualityComparer.Default);
        Assert.Equal(
            [
                "BaseEstimator SetParams(IEnumerable<KeyValuePair<string, object?>>? @params = null)",
                "BaseEstimator(IEnumerable<KeyValuePair<string, object?>>? @params = null)",
                "IDictionary<string, PyObject> GetParams(bool? deep = null)",
                "string Score()",
            ],
            Members(harness, Hidden + "BaseEstimator"));
        Assert.Equal(
            [
                "Ridge Fit(object? x)",
                "Ridge SetParams(IEnumerable<KeyValuePair<string, object?>>? @params = null)",
                "Ridge(IEnumerable<KeyValuePair<string, object?>>? @params = null)",
            ],
            Members(harness, "App.Models+Ridge"));
        Assert.Equal(
            ["Lasso SetParams(IEnumerable<KeyValuePair<string, object?>>? @params = null)", "Lasso(IEnumerable<KeyValuePair<string, object?>>? @params = null)"],
            Members(harness, "App.Models+Lasso"));

        // The class that holds them is hidden from completion; a function returning the base returns it typed.
        INamedTypeSymbol container = harness.OutputCompilation.GetTypeByMetadataName("App.Models+__PyBindBases")!;
        Assert.Equal("EditorBrowsableAttribute", Assert.Single(container.GetAttributes()).AttributeClass!.Name);
        Assert.Equal(Accessibility.Public, container.DeclaredAccessibility);
        Assert.Equal(estimator, ((IMethodSymbol)harness.OutputCompilation.GetTypeByMetadataName("App.Models")!.GetMembers("Best").Single()).ReturnType, SymbolEqualityComparer.Default);
    }

    /// <summary>psutil's shapes: a public function returning a named tuple of a private module, which names another.</summary>
    private static GeneratorHarness BindPrivateReferences(string bindings) =>
        GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n" + bindings],
            ("/stubs/lib.pyi", TestStubs.WithHeader("lib", "import lib._linux\nimport typing\ndef virtual_memory() -> lib._linux.svmem: ...\ndef cpu_stats() -> lib._linux.scpustats: ...\n")),
            ("/stubs/lib._linux.pyi", TestStubs.WithHeader("lib._linux", """
                import lib._common
                import typing
                class svmem(typing.NamedTuple):
                    total: int
                    percent: float
                    def top(self) -> lib._common.pentry: ...
                class scpustats(lib._common.sbase):
                    ctx_switches: int
                """)),
            ("/stubs/lib._common.pyi", TestStubs.WithHeader("lib._common", """
                import lib._deeper
                class sbase:
                    @property
                    def name(self) -> str: ...
                class pentry:
                    pid: int
                    def deeper(self) -> lib._deeper.far: ...
                """)),
            ("/stubs/lib._deeper.pyi", TestStubs.WithHeader("lib._deeper", "class far:\n    x: int\n")));

    [Fact]
    public void AClassOfAPrivateModuleThatAnnotationsName_IsDeclaredHidden_AndReturnedTyped()
    {
        // psutil.virtual_memory() -> psutil._pslinux.svmem: no [PyImport] binds a private module, so the binding declares
        // the classes its annotations name (and theirs, two deep) as it declares outside bases, with their own bases.
        GeneratorHarness harness = BindPrivateReferences("[PyImport(\"lib\")] public static partial class Lib;");

        const string linux = "App.Lib+__PyBindBases+Lib_Linux+";
        const string common = "App.Lib+__PyBindBases+Lib_Common+";
        Assert.Equal(["Pentry Top()", "double Percent", "long Total"], Members(harness, linux + "Svmem"));
        Assert.Equal(["long CtxSwitches", "string Name"], Members(harness, linux + "Scpustats").Concat(Members(harness, common + "Sbase")).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(harness.OutputCompilation.GetTypeByMetadataName(common + "Sbase"), harness.OutputCompilation.GetTypeByMetadataName(linux + "Scpustats")!.BaseType, SymbolEqualityComparer.Default);
        Assert.Equal(["PyObject Deeper()", "long Pid"], Members(harness, common + "Pentry"));
        Assert.Null(harness.OutputCompilation.GetTypeByMetadataName("App.Lib+__PyBindBases+Lib_Deeper+Far"));
        Assert.Equal(
            harness.OutputCompilation.GetTypeByMetadataName(linux + "Svmem"),
            ((IMethodSymbol)harness.OutputCompilation.GetTypeByMetadataName("App.Lib")!.GetMembers("VirtualMemory").Single()).ReturnType,
            SymbolEqualityComparer.Default);
    }

    [Fact]
    public void AClassOfAPrivateModuleAnotherPyImportBinds_IsThatClass_NotDeclaredAgain()
    {
        GeneratorHarness harness = BindPrivateReferences("[PyImport(\"lib\")] public static partial class Lib;\n[PyImport(\"lib._linux\")] public static partial class Linux;");

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        Assert.Null(harness.OutputCompilation.GetTypeByMetadataName("App.Lib+__PyBindBases+Lib_Linux+Svmem"));
        Assert.Equal(
            harness.OutputCompilation.GetTypeByMetadataName("App.Linux+Svmem"),
            ((IMethodSymbol)harness.OutputCompilation.GetTypeByMetadataName("App.Lib")!.GetMembers("VirtualMemory").Single()).ReturnType,
            SymbolEqualityComparer.Default);
    }

    [Fact]
    public void AClassOfAPublicModuleNoPyImportBinds_IsDeclaredHidden_UnlessOneBindsIt()
    {
        // pandas' Series.str is a pandas.core.strings.StringMethods, and DataFrame.groupby a DataFrameGroupBy: modules
        // public by name that a user binding pandas does not bind. Once one binds the module, its wrapper is the type.
        (string Path, string Text)[] stubs =
        [
            ("/stubs/lib.pyi", TestStubs.WithHeader("lib", """
                import lib.core.strings
                class Series:
                    @property
                    def str(self) -> lib.core.strings.StringMethods: ...
                """)),
            ("/stubs/lib.core.strings.pyi", TestStubs.WithHeader("lib.core.strings", """
                class StringMethods:
                    def contains(self, pat: str) -> bool: ...
                """)),
        ];
        GeneratorHarness alone = GeneratorHarness.Create(["using PyBind;\nnamespace App;\n[PyImport(\"lib\")] public static partial class Lib;"], stubs);
        GeneratorHarness both = GeneratorHarness.Create(["using PyBind;\nnamespace App;\n[PyImport(\"lib\")] public static partial class Lib;\n[PyImport(\"lib.core.strings\")] public static partial class Strings;"], stubs);

        const string hidden = "App.Lib+__PyBindBases+Lib_Core_Strings+StringMethods";
        Assert.Equal(["bool Contains(string pat)"], Members(alone, hidden));
        Assert.Equal(alone.OutputCompilation.GetTypeByMetadataName(hidden), StrType(alone), SymbolEqualityComparer.Default);
        Assert.Empty(both.OutputProblems().Select(d => d.ToString()));
        Assert.Null(both.OutputCompilation.GetTypeByMetadataName(hidden));
        Assert.Equal(both.OutputCompilation.GetTypeByMetadataName("App.Strings+StringMethods"), StrType(both), SymbolEqualityComparer.Default);

        static ITypeSymbol StrType(GeneratorHarness harness) =>
            ((IPropertySymbol)harness.OutputCompilation.GetTypeByMetadataName("App.Lib+Series")!.GetMembers("Str").Single()).Type;
    }

    [Fact]
    public void AnInheritedClassMethod_IsDeclaredOnTheSubclass_WhichItCallsItOn()
    {
        // igraph's Graph.Famous is GraphBase's class method: C# found GraphBase.Famous through Graph, which called it on
        // GraphBase and returned a GraphBase where Python's Graph.Famous("Zachary") gives a Graph.
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"lib\")] public static partial class Lib;",
             "namespace App; static class Calls { static void M() { Lib.Graph made = Lib.Graph.Famous(\"Zachary\"); } }"],
            ("/stubs/lib.pyi", TestStubs.WithHeader("lib", """
                import typing
                class GraphBase:
                    @classmethod
                    def Famous(cls, /, name: str) -> typing.Self: ...
                    def vcount(self) -> int: ...
                class Graph(GraphBase):
                    def pagerank(self) -> list[float]: ...
                """)));

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        INamedTypeSymbol graph = harness.OutputCompilation.GetTypeByMetadataName("App.Lib+Graph")!;
        Assert.Equal(["static Graph Famous(string name)"], graph.GetMembers("Famous").Select(m => m.ToDisplayString(s_format)));
        Assert.Empty(graph.GetMembers("Vcount"));  // an instance method stays the C# base's: self is the object itself
    }

    [Fact]
    public void AnInheritedMethodReturningItsReceiversClass_IsDeclaredOnTheSubclass_ReturningIt()
    {
        // pandas' NDFrame.head(self: NDFrameT) -> NDFrameT, inherited through DataFrame's C# base NDFrame, returned an
        // NDFrame: frame.Head(3).Iterrows() did not compile, where Python's head() of a DataFrame is a DataFrame.
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"lib\")] public static partial class Lib;",
             "namespace App; static class Calls { static void M(Lib.DataFrame frame) { Lib.DataFrame top = frame.Head(3).Copy(); top.Iterrows(); } }"],
            ("/stubs/lib.pyi", TestStubs.WithHeader("lib", """
                import typing
                _T = typing.TypeVar('_T')
                class NDFrame:
                    def head(self, n: int = 5) -> typing.Self: ...
                    def copy(self: _T, deep: bool = True) -> _T: ...
                    def keys(self) -> list[str]: ...
                class DataFrame(NDFrame):
                    def iterrows(self) -> typing.Iterator[tuple[int, str]]: ...
                """)));

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        INamedTypeSymbol frame = harness.OutputCompilation.GetTypeByMetadataName("App.Lib+DataFrame")!;
        Assert.Equal(["DataFrame Head(long? n = null)"], frame.GetMembers("Head").Select(m => m.ToDisplayString(s_format)));
        Assert.Equal(["DataFrame Copy(bool? deep = null)"], frame.GetMembers("Copy").Select(m => m.ToDisplayString(s_format)));
        Assert.Empty(frame.GetMembers("Keys"));  // a method returning something else stays the C# base's
    }

    [Fact]
    public void AClassMethodWhoseClsIsTypeOfATypeVariable_ReturnsTheClassItIsCalledOn()
    {
        // typeshed's datetime: date.today(cls: type[Self]) -> Self, which datetime inherits; both returned PyObject.
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"lib\")] public static partial class Lib;"],
            ("/stubs/lib.pyi", TestStubs.WithHeader("lib", """
                import typing
                Self = typing.TypeVar('Self')
                class date:
                    @classmethod
                    def today(cls: type[Self]) -> Self: ...
                class datetime(date):
                    @classmethod
                    def now(cls: type[Self], tz: str | None = None) -> Self: ...
                """)));

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        Assert.Equal(["static Date Today()"], harness.OutputCompilation.GetTypeByMetadataName("App.Lib+Date")!.GetMembers("Today").Select(m => m.ToDisplayString(s_format)));
        INamedTypeSymbol datetime = harness.OutputCompilation.GetTypeByMetadataName("App.Lib+Datetime")!;
        Assert.Equal(["static Datetime Today()"], datetime.GetMembers("Today").Select(m => m.ToDisplayString(s_format)));
        Assert.Equal(["static Datetime Now(string? tz = null)"], datetime.GetMembers("Now").Select(m => m.ToDisplayString(s_format)));
    }

    [Fact]
    public void AClassNamedByThePathOfAModuleThatReExportsIt_IsTheReExportedClass()
    {
        // pandas' _libs.tslibs.offsets names pandas.core.indexes.datetimes.DatetimeIndex, which that module's stub
        // re-exports from pandas, where the class is written.
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"lib\")] public static partial class Lib;"],
            ("/stubs/lib.pyi", TestStubs.WithHeader("lib", "import lib.indexes\nclass Index: ...\ndef make() -> lib.indexes.Index: ...\n")),
            ("/stubs/lib.indexes.pyi", TestStubs.WithHeader("lib.indexes", "from lib import Index as Index\n")));

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        Assert.Equal(
            harness.OutputCompilation.GetTypeByMetadataName("App.Lib+Index"),
            ((IMethodSymbol)harness.OutputCompilation.GetTypeByMetadataName("App.Lib")!.GetMembers("Make").Single()).ReturnType,
            SymbolEqualityComparer.Default);
    }

    [Fact]
    public void AFirstBaseAnotherPyImportBinds_IsThatClass()
    {
        // numpy.matrixlib's matrix(ndarray) where numpy is bound too: Np.Ndarray is its C# base, only what returns Self
        // is copied (declared again, returning the class).
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"lib.models\")] public static partial class Models;\n[PyImport(\"lib.base\")] public static partial class Base;"],
            ("/stubs/lib.models.pyi", TestStubs.WithHeader("lib.models", "import lib.base\nimport typing\n" + """
                class Ridge(lib.base.BaseEstimator):
                    def fit(self, X: typing.Any) -> typing.Self: ...
                    def score(self, X: typing.Any) -> float: ...
                class Table(lib.base.Indexed):
                    def __getitem__(self, key: str) -> str: ...
                """)),
            ("/stubs/lib.base.pyi", TestStubs.WithHeader("lib.base", BaseStub)));

        INamedTypeSymbol ridge = harness.OutputCompilation.GetTypeByMetadataName("App.Models+Ridge")!;
        Assert.Equal(harness.OutputCompilation.GetTypeByMetadataName("App.Base+BaseEstimator"), ridge.BaseType, SymbolEqualityComparer.Default);
        Assert.Equal(
            [
                "Ridge Fit(object? x)",
                "Ridge SetParams(IEnumerable<KeyValuePair<string, object?>>? @params = null)",
                "Ridge(IEnumerable<KeyValuePair<string, object?>>? @params = null)",
                "double Score(object? x)",
            ],
            Members(harness, "App.Models+Ridge"));
        Assert.Null(harness.OutputCompilation.GetTypeByMetadataName("App.Models+__PyBindBases"));
        string models = string.Concat(harness.Result.GeneratedSources.Where(g => g.HintName.StartsWith("App.Models", StringComparison.Ordinal)).Select(g => g.SourceText.ToString()));

        // Indexed's operator stays on its class (Table declares none); Table's own indexer hides Indexed's.
        INamedTypeSymbol table = harness.OutputCompilation.GetTypeByMetadataName("App.Models+Table")!;
        Assert.Equal(harness.OutputCompilation.GetTypeByMetadataName("App.Base+Indexed"), table.BaseType, SymbolEqualityComparer.Default);
        Assert.DoesNotContain(table.GetMembers().OfType<IMethodSymbol>(), m => m.MethodKind == MethodKind.UserDefinedOperator);
        Assert.Contains("public new string this[string key]", models);
    }

    [Fact]
    public void AMemberOfABaseItsBindingNamedAfterItsModuleClass_IsHiddenWithNew()
    {
        // pandas' PyTablesExpr(expr.Expr): bound into the module class Expr, the class is Expr_ and keeps its attribute
        // expr as Expr, which the subclass's Expr hides; the stub alone would name that attribute Expr_.
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"lib.expr\")] public static partial class Expr;\n[PyImport(\"lib.pytables\")] public static partial class Pytables;"],
            ("/stubs/lib.expr.pyi", TestStubs.WithHeader("lib.expr", "class Expr:\n    expr: str\n")),
            ("/stubs/lib.pytables.pyi", TestStubs.WithHeader("lib.pytables", "import lib.expr\nclass PyTablesExpr(lib.expr.Expr):\n    expr: int\n")));

        Assert.Equal(["long Expr"], Members(harness, "App.Pytables+PyTablesExpr"));
        Assert.Equal(["string Expr"], Members(harness, "App.Expr+Expr_"));
        Assert.Contains("public new long Expr", string.Concat(harness.Result.GeneratedSources.Select(g => g.SourceText.ToString())));
    }

    [Fact]
    public void DundersOfALaterBase_AreCopied_AsIndexerInvokeAndOperators()
    {
        GeneratorHarness harness = Bind("""
            class Table(lib.base.MultiOutputMixin, lib.base.Indexed): ...
            """);

        INamedTypeSymbol table = harness.OutputCompilation.GetTypeByMetadataName("App.Models+Table")!;
        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        Assert.Equal("long this[string key]", Assert.Single(table.GetMembers().OfType<IPropertySymbol>(), p => p.IsIndexer).ToDisplayString(s_format));
        Assert.Equal("string Invoke(long x)", Assert.Single(table.GetMembers("Invoke")).ToDisplayString(s_format));
        Assert.Contains(table.GetMembers().OfType<IMethodSymbol>(), m => m.MethodKind == MethodKind.UserDefinedOperator && m.Name == "op_Addition");
    }

    [Fact]
    public void WhatTheClassDefines_WinsOverItsBases()
    {
        GeneratorHarness harness = Bind("""
            class Model(lib.base.RegressorMixin):
                def score(self, X: typing.Any) -> int: ...
                kind: int
            """);

        // RegressorMixin is Model's C# base: its kind property is hidden ('new'), its score(X, y) an overload.
        Assert.Equal(["long Kind", "long Score(object? x)"], Members(harness, "App.Models+Model"));
        Assert.Contains("public new long Kind", string.Concat(harness.Result.GeneratedSources.Select(g => g.SourceText.ToString())));
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

        // Without type arguments (or with the class's own type variables) the base types its members as copies would.
        Assert.Empty(Members(harness, "App.Models+AnyHolder"));
        Assert.Equal(["PyObject Get()", "static long Make()"], Members(harness, Hidden + "Holder"));
        Assert.Equal(harness.OutputCompilation.GetTypeByMetadataName(Hidden + "Holder"), harness.OutputCompilation.GetTypeByMetadataName("App.Models+AnyHolder")!.BaseType, SymbolEqualityComparer.Default);
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
    public void ABuiltinContainerBase_GivesItsMembers_WithTheTypeArgumentsTheClassGives()
    {
        // collections.Counter(dict[_T, int]): builtins is no library's own, but a Counter is a dict, and a C# caller
        // indexes, counts and enumerates it as one.
        const string Builtins = """
            import collections.abc
            import typing

            _KT = typing.TypeVar('_KT')
            _VT = typing.TypeVar('_VT')

            class dict(typing.Generic[_KT, _VT]):
                def __init__(self) -> None: ...
                def __getitem__(self, key: _KT, /) -> _VT: ...
                def __iter__(self) -> collections.abc.Iterator[_KT]: ...
                def __len__(self) -> int: ...
                def get(self, key: _KT, /) -> _VT | None: ...
                def keys(self) -> list[_KT]: ...
            """;
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"lib.models\")] public static partial class Models;"],
            ("/stubs/lib.models.pyi", TestStubs.WithHeader("lib.models", "class Tally(dict[str, int]):\n    def total(self) -> int: ...\n")),
            ("/stubs/builtins.pyi", TestStubs.WithHeader("builtins", Builtins)));

        Assert.Equal(
            ["IEnumerator<string> GetEnumerator()", "IList<string> Keys()", "Tally()", "long Total()", "long this[string key]", "long? Get(string key)"],
            Members(harness, "App.Models+Tally"));
        INamedTypeSymbol tally = harness.OutputCompilation.GetTypeByMetadataName("App.Models+Tally")!;
        Assert.Contains(tally.AllInterfaces, i => i.ToDisplayString() == "System.Collections.Generic.IEnumerable<string>");
    }

    [Fact]
    public void AnInheritedNameTakenByTheClass_GetsTheCollisionSuffix()
    {
        // bs4's Tag: get_text is its own, getText (an alias in a later base) would be GetText too.
        GeneratorHarness harness = Bind(
            "class Tag(lib.base.MultiOutputMixin, lib.base.PageElement):\n    def get_text(self) -> str: ...\n",
            "class MultiOutputMixin: ...\nclass PageElement:\n    def getText(self) -> str: ...\n");

        Assert.Equal(["string GetText()", "string GetText_()"], Members(harness, "App.Models+Tag"));
    }

    [Fact]
    public void AMemberOfTheClass_HidesTheSameMemberOfAnOutsideCSharpBase()
    {
        GeneratorHarness harness = Bind(
            "class Tag(lib.base.PageElement):\n    def get_text(self) -> str: ...\n",
            "class PageElement:\n    def getText(self) -> str: ...\n");

        Assert.Equal(["string GetText()"], Members(harness, "App.Models+Tag"));
        Assert.Contains("public new string GetText()", string.Concat(harness.Result.GeneratedSources.Select(g => g.SourceText.ToString())));
    }
}
