using System.Linq;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Model;
using PyBind.Gen.Stubs;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Parsing;

/// <summary>The type-expression grammar and its normalization into <see cref="PyTypeSpec"/>.</summary>
public class TypeExpressionTests
{
    private const string Imports = """
        import collections.abc
        import numpy
        import numpy.linalg
        import typing
        T = typing.TypeVar("T")
        P = typing.ParamSpec("P")
        class Node:
            class Child: ...

        """;

    private static PyTypeSpec TypeOf(string annotation, string module = "test")
    {
        ModuleSpec spec = TestStubs.Module(Imports + $"x: {annotation}\n", module);
        return Assert.Single(spec.Constants).Type;
    }

    private static readonly PyClassType Int = PyClassType.Builtin("int");
    private static readonly PyClassType Str = PyClassType.Builtin("str");

    [Fact]
    public void Builtins_ResolveToTheBuiltinsModule()
    {
        Assert.Equal(new PyClassType("builtins", "int", []), TypeOf("int"));
        Assert.Equal(PyClassType.Builtin("ValueError"), TypeOf("ValueError"));
    }

    [Fact]
    public void DottedNames_SplitAtTheLongestImportedModule()
    {
        Assert.Equal(new PyClassType("numpy.linalg", "LinAlgError", []), TypeOf("numpy.linalg.LinAlgError"));
        Assert.Equal(new PyClassType("numpy", "ndarray", []), TypeOf("numpy.ndarray"));
        Assert.Equal(new PyClassType("numpy", "dtype", [new PyClassType("numpy", "float64", [])]), TypeOf("numpy.dtype[numpy.float64]"));
    }

    [Fact]
    public void ADottedName_OfAModuleImportedByItsName_IsNotASubmoduleAliasedLikeIt()
    {
        // flask's stub exposes flask.typing as `typing` and annotates with the standard typing's names: Any stays Any,
        // and a class of the standard logging stays logging's, not flask.logging's.
        ModuleSpec spec = TestStubs.Module("""
            import logging
            import typing
            import flask.logging as logging
            import flask.typing as typing
            a: typing.Any
            b: logging.Logger
            c: typing.Optional[int]
            """, "flask");

        Assert.Equal(PyAnyType.Instance, spec.Constants[0].Type);
        Assert.Equal(new PyClassType("logging", "Logger", []), spec.Constants[1].Type);
        Assert.Equal(new PyOptionalType(Int), spec.Constants[2].Type);
        Assert.Equal(["logging", "typing"], spec.Submodules.Select(s => s.Name.ToLowerInvariant()));
    }

    [Fact]
    public void LocalClasses_ResolveToThisModule_ByShortOrFullName()
    {
        Assert.Equal(new PyClassType("test", "Node", []), TypeOf("Node"));
        Assert.Equal(new PyClassType("test", "Node.Child", []), TypeOf("Node.Child"));
        Assert.Equal(new PyClassType("test.sub", "Node.Child", []), TypeOf("test.sub.Node.Child", "test.sub"));
    }

    [Fact]
    public void None_IsTheNoneType()
    {
        Assert.Same(PyNoneType.Instance, TypeOf("None"));
    }

    [Theory]
    [InlineData("int | None")]
    [InlineData("None | int")]
    [InlineData("typing.Optional[int]")]
    [InlineData("typing.Union[int, None]")]
    [InlineData("int | None | int")]
    public void OptionalSpellings_AllBecomeOneOptional(string annotation)
    {
        Assert.Equal(new PyOptionalType(Int), TypeOf(annotation));
    }

    [Fact]
    public void Unions_AreFlattenedAndDeduplicatedInSourceOrder()
    {
        Assert.Equal(new PyUnionType([Int, Str, PyClassType.Builtin("float")]), TypeOf("int | typing.Union[str, int] | float"));
        Assert.Equal(new PyOptionalType(new PyUnionType([Int, Str])), TypeOf("int | str | None"));
    }

    [Fact]
    public void AnyInAUnion_AbsorbsTheOtherMembers_ButNotNone()
    {
        Assert.Same(PyAnyType.Instance, TypeOf("int | typing.Any | str"));
        // None stays: a result of Any | None may be null.
        Assert.Equal(new PyOptionalType(PyAnyType.Instance), TypeOf("int | typing.Any | None"));
        Assert.Equal(new PyOptionalType(PyAnyType.Instance), TypeOf("typing.Optional[typing.Any]"));
    }

    [Fact]
    public void Literals_AreMergedAcrossTheUnion_AndNoneBecomesOptional()
    {
        Assert.Equal(
            new PyOptionalType(new PyUnionType([new PyLiteralType([new PyStringLiteral("a"), new PyIntLiteral(-1), new PyBoolLiteral(true), new PyStringLiteral("b")]), Int])),
            TypeOf("typing.Literal['a', -1, True] | int | typing.Literal[typing.Literal['b'], None]"));
        Assert.Equal(new PyLiteralType([new PyBytesLiteral([104, 105])]), TypeOf("typing.Literal[b'hi']"));
    }

    [Fact]
    public void Callable_WithParameterList_KeepsTheParameterTypes()
    {
        Assert.Equal(new PyCallableType([Int, Str], false, PyClassType.Builtin("bool")), TypeOf("collections.abc.Callable[[int, str], bool]"));
        Assert.Equal(new PyCallableType([], false, PyNoneType.Instance), TypeOf("typing.Callable[[], None]"));
    }

    [Theory]
    [InlineData("collections.abc.Callable[..., int]")]
    [InlineData("collections.abc.Callable[P, int]")]
    [InlineData("collections.abc.Callable[typing.Concatenate[str, P], int]")]
    public void Callable_WithUnknownArguments_AcceptsAnyArguments(string annotation)
    {
        Assert.Equal(new PyCallableType([], true, Int), TypeOf(annotation));
    }

    [Fact]
    public void Tuples_FixedVariadicAndEmpty_AreDistinguished()
    {
        Assert.Equal(new PyTupleType([Int, Str], false), TypeOf("tuple[int, str]"));
        Assert.Equal(new PyTupleType([Int], true), TypeOf("tuple[int, ...]"));
        Assert.Equal(new PyTupleType([], false), TypeOf("tuple[()]"));
        Assert.Equal(PyClassType.Builtin("tuple"), TypeOf("tuple"));
    }

    [Theory]
    [InlineData("typing.List[int]", "builtins", "list")]
    [InlineData("typing.Dict[str, int]", "builtins", "dict")]
    [InlineData("typing.Sequence[int]", "collections.abc", "Sequence")]
    [InlineData("typing.Iterator[int]", "collections.abc", "Iterator")]
    [InlineData("typing.DefaultDict[str, int]", "collections", "defaultdict")]
    public void TypingAliases_AreRewrittenToTheirBuiltinOrAbc(string annotation, string module, string name)
    {
        PyClassType type = Assert.IsType<PyClassType>(TypeOf(annotation));
        Assert.Equal((module, name), (type.Module, type.QualifiedName));
    }

    [Fact]
    public void SpecialForms_MapToTheirOwnCases()
    {
        Assert.Same(PyAnyType.Instance, TypeOf("typing.Any"));
        Assert.Same(PyNeverType.Instance, TypeOf("typing.NoReturn"));
        Assert.Same(PySelfType.Instance, TypeOf("typing.Self"));
        Assert.Equal(Int, TypeOf("typing.Annotated[int, 'metadata']"));
        Assert.Equal(Str, TypeOf("typing.LiteralString"));
        Assert.Equal(new PyTypeVariableType("T", TypeVariableKind.TypeVar), TypeOf("T"));
        Assert.Equal(PyClassType.Builtin("list", new PyTypeVariableType("T", TypeVariableKind.TypeVar)), TypeOf("list[T]"));
    }

    [Fact]
    public void StringAnnotations_AreParsedAsForwardReferences()
    {
        Assert.Equal(PyClassType.Builtin("list", new PyClassType("test", "Node", [])), TypeOf("list['Node']"));
        Assert.Equal(new PyOptionalType(new PyClassType("test", "Node", [])), TypeOf("'Node | None'"));
    }

    [Fact]
    public void PlainPyiImports_AreResolvedLeniently()
    {
        ModuleSpec module = TestStubs.Module("""
            from typing import Any, Optional
            from collections.abc import Sequence
            import numpy as np
            def f(a: Optional[int], b: Sequence[Any]) -> np.ndarray: ...
            """);

        SignatureSpec signature = Assert.Single(Assert.Single(module.Functions).Signatures);
        Assert.Equal(new PyOptionalType(Int), signature.Parameters[0].Type);
        Assert.Equal(new PyClassType("collections.abc", "Sequence", [PyAnyType.Instance]), signature.Parameters[1].Type);
        Assert.Equal(new PyClassType("numpy", "ndarray", []), signature.ReturnType);
    }

    [Fact]
    public void UnknownName_IsAnyWithADegradeInfoAtItsPosition()
    {
        ParsedStub stub = TestStubs.Read(TestStubs.WithHeader("m", "x: Mystery\n"));

        var diagnostic = DiagnosticInfoAssert.Single(stub, DiagnosticDescriptors.MemberDegraded, "'Mystery' is neither declared");
        Assert.Equal((TestStubs.HeaderLines, 3), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Same(PyAnyType.Instance, Assert.Single(stub.Module!.Constants).Type);
    }

    [Theory]
    [InlineData("3", "'3' is not a type")]
    [InlineData("typing.Optional", "typing.Optional needs type arguments")]
    [InlineData("collections.abc.Callable[int]", "Callable takes a parameter list and a return type")]
    [InlineData("T[int]", "type variable 'T' cannot take type arguments")]
    public void NonsenseAnnotations_AreMalformed(string annotation, string message)
    {
        ParsedStub stub = TestStubs.Read(TestStubs.WithHeader("m", "import collections.abc\nimport typing\nT = typing.TypeVar('T')\nx: " + annotation + "\n"));

        DiagnosticInfoAssert.Single(stub, DiagnosticDescriptors.MalformedStub, message);
    }

    [Theory]
    [InlineData("int | str | None", "int | str | None")]
    [InlineData("collections.abc.Callable[[int], typing.Literal['a']]", "collections.abc.Callable[[int], typing.Literal['a']]")]
    [InlineData("tuple[numpy.ndarray, ...]", "tuple[numpy.ndarray, ...]")]
    public void Display_SpellsTheTypeAsTheDialectWould(string annotation, string display)
    {
        Assert.Equal(display, TypeOf(annotation).Display);
    }
}
