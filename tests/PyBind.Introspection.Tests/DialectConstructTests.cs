using System;
using System.Linq;
using PyBind.Introspection.Tests.Infrastructure;
using Xunit;

namespace PyBind.Introspection.Tests;

/// <summary>Precise expectations for each construct of the dialect, from the typedpkg fixture's stub.</summary>
public sealed class DialectConstructTests(TypedPackageFixture fixture) : IClassFixture<TypedPackageFixture>
{
    private readonly string _stub = fixture.Package;

    [Fact]
    public void TypingExtensionsNames_AreSpelledWhereTheRunningPythonKeepsThem()
    {
        // typing_extensions.Buffer is collections.abc.Buffer from Python 3.12 on, and typing.Buffer in no version.
        string home = Normalizer.RunScript("import collections.abc\nresult = 'collections.abc' if hasattr(collections.abc, 'Buffer') else 'typing_extensions'");

        Assert.Contains($"def as_buffer(data: {home}.Buffer) -> {home}.Buffer: ...", _stub);
        Assert.DoesNotContain("typing.Buffer", _stub);
    }

    [Fact]
    public void Overloads_AreKeptInSourceOrder_WithTheDocstringOnTheFirst()
    {
        Assert.Equal(
            """"
            @typing.overload
            def first(items: collections.abc.Sequence[T]) -> T:
                """Return the first item, or the default."""
                ...
            @typing.overload
            def first(items: collections.abc.Sequence[T], default: T = ...) -> T: ...
            """",
            StubText.TopLevel(_stub, "def", "first"));
    }

    [Fact]
    public void VersionBranch_IsResolvedForTheRunningInterpreter()
    {
        Assert.Equal(fixture.InterpreterIsAtLeast311, _stub.Contains("def since_311(x: int) -> int: ...\n"));
        Assert.Equal(!fixture.InterpreterIsAtLeast311, _stub.Contains("def until_310("));
        Assert.DoesNotContain("sys.version_info", _stub);
    }

    [Fact]
    public void PlatformBranch_IsResolvedForTheRunningPlatform()
    {
        Assert.Equal(!fixture.PlatformIsWindows, _stub.Contains("def on_linux() -> None: ...\n"));
        Assert.Equal(fixture.PlatformIsWindows, _stub.Contains("def on_windows("));
    }

    [Fact]
    public void StubWithoutConditionals_HasNoIfTryOrLoop()
    {
        string[] statements = _stub.Split('\n').Select(l => l.TrimStart()).ToArray();
        Assert.DoesNotContain(statements, l => new[] { "if ", "try:", "for ", "while " }.Any(keyword => l.StartsWith(keyword, StringComparison.Ordinal)));
    }

    [Fact]
    public void ParameterKinds_KeepPositionalOnlyKeywordOnlyArgsAndKwargs()
    {
        Assert.StartsWith(
            """
            def pos_and_kw(
                a: int,
                b: str,
                /,
                c: float,
                *args: bytes,
                d: bool = True,
                e: str | None = None,
                **kwargs: typing.Any,
            ) -> None:
            """,
            StubText.TopLevel(_stub, "def", "pos_and_kw"));
    }

    [Fact]
    public void LegacyDoubleUnderscoreParameter_BecomesPositionalOnly_AndLiteralIsKept()
    {
        Assert.Equal(
            "def kinds(legacy: int, /, mode: typing.Literal['r', 'w'] = 'r', *, flag: bool) -> int | str: ...",
            StubText.TopLevel(_stub, "def", "kinds"));
    }

    [Fact]
    public void Defaults_LiteralsAreWritten_StubEllipsisTakesTheLiveLiteral_OthersStayEllipsis()
    {
        Assert.Equal(
            """
            def maybe(
                x: int | None = None,
                y: int = -1,
                z: tuple[int, str] = (1, 'a'),
                w: complex = 1j,
                v: object = ...,
            ) -> int | None: ...
            """.TrimEnd(),
            StubText.TopLevel(_stub, "def", "maybe"));
    }

    [Fact]
    public void Defaults_WithoutImports_AreWhatTheStubWrites_AndOptionalBecomesUnionWithNone()
    {
        Assert.Contains("    x: int | None = ...,\n    y: int = -1,\n    z: tuple[int, str] = (1, 'a'),\n    w: complex = ...,\n", StubText.TopLevel(fixture.PackageWithoutImports, "def", "maybe"));
    }

    [Fact]
    public void Defaults_OfOverloadedFunctions_StayAsTheStubWritesThem()
    {
        Assert.Contains("def first(items: collections.abc.Sequence[T], default: T = ...) -> T: ...", _stub);
    }

    [Fact]
    public void Callable_IsSpelledFromCollectionsAbc_WithParamSpec()
    {
        Assert.Contains("    f: collections.abc.Callable[[int, str], bool],\n    g: collections.abc.Callable[..., typing.Any],\n) -> collections.abc.Callable[P, T]: ...", _stub);
        Assert.Contains("def wrap(f: collections.abc.Callable[P, T]) -> collections.abc.Callable[P, list[T]]: ...", _stub);
    }

    [Fact]
    public void TypeVarsParamSpecsAndAliases_AreDeclared_PrivateOnesOnlyWhenUsed()
    {
        Assert.Contains(
            """
            B = typing.TypeVar('B', bound=collections.abc.Sequence[int])
            N = typing.TypeVar('N', int, float)
            P = typing.ParamSpec('P')
            T = typing.TypeVar('T')
            _Secret = typing.TypeVar('_Secret')

            Number: typing.TypeAlias = int | float
            _PrivateAlias: typing.TypeAlias = list[str] | None
            """,
            _stub);
        Assert.Contains("def private_alias_user(x: _PrivateAlias) -> _Secret: ...", _stub);
        Assert.Contains("def scale(value: N, factor: N) -> N: ...", _stub);
    }

    [Fact]
    public void AVariableIndexed_IsAValue_WhileAClassOrTypingConstructIndexedIsAnAlias()
    {
        // Described from its source: the generator refused a stub that made `rows[:, 0]` an alias given arguments.
        string stub = Normalizer.Stub("subscriptvalues", allowImports: false);

        Assert.DoesNotContain("rows: typing.TypeAlias", stub);
        Assert.DoesNotContain("first_column: typing.TypeAlias", stub);
        Assert.Contains("\nrows: ", stub);
        Assert.Contains("\nfirst_column: ", stub);
        Assert.Contains("\nPair: typing.TypeAlias = tuple[int, int]\n", stub);
        Assert.Contains("\nMaybePair: typing.TypeAlias = ", stub);
    }

    [Fact]
    public void GenericClass_KeepsGenericBase_PropertiesWithSetters_AndAllMethodKinds()
    {
        Assert.Equal(
            """"
            class Box(typing.Generic[T]):
                """A box holding one item."""
                capacity: int
                kind: typing.ClassVar[str]
                def __init__(self, item: T) -> None: ...
                @classmethod
                def empty(cls) -> Box[typing.Any]: ...
                @property
                def item(self) -> T:
                    """The boxed item."""
                    ...
                @item.setter
                def item(self, value: T) -> None: ...
                @property
                def label(self) -> str: ...
                def map(self, f: collections.abc.Callable[[T], B]) -> Box[B]:
                    """Apply f to the item."""
                    ...
                @staticmethod
                def version() -> str: ...
                class Lid:
                    closed: bool
                    def open(self) -> None: ...
            """".TrimEnd(),
            StubText.TopLevel(_stub, "class", "Box"));
    }

    [Fact]
    public void Enum_MembersCarryTheirRuntimeValues_InDefinitionOrder()
    {
        Assert.Equal("class Temperature(enum.IntEnum):\n    COLD = 1\n    WARM = 2\n    HOT = 3", StubText.TopLevel(_stub, "class", "Temperature"));
        Assert.Contains("class Color(enum.Enum):\n    \"\"\"Primary-ish colors.\"\"\"\n    RED = 'red'\n    GREEN = 'green'", _stub);
    }

    [Fact]
    public void Enum_WithoutImports_WritesLiteralValuesFromTheStub_AndEllipsisForTheRest()
    {
        Assert.Equal("class Temperature(enum.IntEnum):\n    COLD = 1\n    WARM = 2\n    HOT = ...", StubText.TopLevel(fixture.PackageWithoutImports, "class", "Temperature"));
    }

    [Fact]
    public void ExceptionClass_KeepsItsBuiltinBase()
    {
        Assert.Contains("class FixtureError(ValueError):\n    \"\"\"Raised by nothing; exists to be an exception class.\"\"\"\n", _stub);
    }

    [Fact]
    public void CallableObject_IsAFunctionWithTheMarker_AndItsClassHasTheFlattenedCall()
    {
        Assert.Equal(
            """"
            @pybind.callable_object(Shouter)
            def shout(text: str, *, times: int = 1) -> str:
                """Something that shouts when called."""
                ...
            """".TrimEnd(),
            StubText.TopLevel(_stub, "def", "shout"));
        Assert.Contains("class Shouter:\n    \"\"\"Something that shouts when called.\"\"\"\n    volume: int\n    def __call__(self, text: str, *, times: int = 1) -> str:", _stub);
        Assert.Contains("import pybind\n", _stub);
    }

    [Fact]
    public void CallableObject_ReExportedByAnotherModule_NamesItsTypeByTheFullPath()
    {
        string extras = Normalizer.Stub("typedpkg.extras");

        Assert.Contains("import pybind\nimport typedpkg\n", extras);
        Assert.Contains("@pybind.callable_object(typedpkg.Shouter)\ndef shout(text: str, *, times: int = 1) -> str:", extras);
    }

    [Fact]
    public void ClassFromPrivateModule_IsDefinedInThePackageThatExportsIt()
    {
        Assert.Contains("class Helper:\n    \"\"\"Defined in a private module, exported by the package: its home is typedpkg.\"\"\"\n    def help(self, topic: str) -> str:", _stub);
        Assert.DoesNotContain("typedpkg._impl", _stub);
    }

    [Fact]
    public void ReExportedClass_LivesInItsShortestHome_AndTheSubmoduleReExportsIt()
    {
        Assert.Contains("class Circle:\n", _stub);
        Assert.Contains("from typedpkg import Circle as Circle\n", fixture.Shapes);
        Assert.DoesNotContain("class Circle", fixture.Shapes);
        Assert.Contains("class Square:\n    \"\"\"A square.\"\"\"\n    side: float", fixture.Shapes);
        Assert.Contains("def area(shape: typedpkg.shapes.Square) -> float: ...", _stub);
    }

    [Fact]
    public void AliasOfAMethodInAClassBody_IsTheMethodUnderItsSecondName()
    {
        // bs4's stubs: `getText = get_text` is the same method (type checkers read it so), not an attribute of type Any.
        string circle = StubText.TopLevel(_stub, "class", "Circle");
        Assert.Contains("    def scaled(self, factor: float = 2.0) -> Circle:\n        \"\"\"The circle with its radius times factor.\"\"\"\n        ...", circle);
        Assert.Contains("    def scaledBy(self, factor: float = 2.0) -> Circle:\n        \"\"\"The circle with its radius times factor.\"\"\"\n        ...", circle);
        Assert.DoesNotContain("scaledBy:", circle);
    }

    [Fact]
    public void UnexportedClassOfTheModule_ThatTheStubRefersTo_IsWrittenHere()
    {
        Assert.Contains("def make_unlisted() -> Unlisted: ...", _stub);
        Assert.Contains("class Unlisted:\n    \"\"\"Not in __all__, but a public function returns it.\"\"\"\n    value: int", _stub);
    }

    [Fact]
    public void Submodule_IsListedAsAnImportAlias()
    {
        Assert.Contains("\nimport typedpkg.shapes as shapes\n", _stub);
    }

    [Fact]
    public void PrivateNames_AreDropped_AndAllDecidesThePublicApi()
    {
        Assert.DoesNotContain("_private_function", _stub);
        Assert.DoesNotContain("_HIDDEN", _stub);
        Assert.DoesNotContain("_internal", _stub);
        Assert.DoesNotContain("_private_helper", _stub);
    }

    [Fact]
    public void ConstantsAndAsyncFunctions_KeepTypesLiteralValuesAndAsync()
    {
        Assert.Contains("ANSWER: int\nGREETING: str = 'hello'\n", _stub);
        Assert.Contains("async def async_fetch(url: str) -> bytes: ...", _stub);
    }

    [Fact]
    public void Docstring_WithQuotesBackslashesAndTrailingSpace_RoundTripsExactly()
    {
        string script = """
            import ast, typedpkg
            tree = ast.parse(text)
            node = next(n for n in tree.body if getattr(n, "name", "") == "pos_and_kw")
            result = ast.get_docstring(node, clean=False) == typedpkg.pos_and_kw.__doc__
            """;
        Assert.Equal("True", Normalizer.RunScript(script, _stub));
        Assert.DoesNotContain(_stub.Split('\n'), line => line.EndsWith(' ') || line.EndsWith('\t'));
    }

    [Fact]
    public void Header_NamesDialectModuleInterpreterAndSources()
    {
        Assert.Equal("1", StubText.Header(_stub, "pybind-stub"));
        Assert.Equal("typedpkg", StubText.Header(_stub, "module"));
        Assert.Equal("unknown", StubText.Header(_stub, "module-version"));
        Assert.Equal(Normalizer.RunScript("import platform\nresult = ' '.join([platform.python_implementation(), platform.python_version(), sys.platform, platform.machine()])"),
            StubText.Header(_stub, "interpreter"));
        Assert.Equal("typedpkg/__init__.pyi, typedpkg/_impl.pyi, typedpkg/shapes.pyi, runtime", StubText.Header(_stub, "sources"));
        Assert.Equal("typedpkg/__init__.pyi, typedpkg/_impl.pyi, typedpkg/shapes.pyi", StubText.Header(fixture.PackageWithoutImports, "sources"));
    }

    [Fact]
    public void Stub_ParsesWithPythonsAst()
    {
        Assert.Null(Normalizer.AstError(_stub));
    }
}
