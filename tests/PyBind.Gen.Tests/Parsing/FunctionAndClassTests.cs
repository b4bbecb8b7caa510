using System.Linq;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Model;
using PyBind.Gen.Stubs;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Parsing;

/// <summary>Functions, overloads, classes and their members.</summary>
public class FunctionAndClassTests
{
    private static readonly PyClassType Int = PyClassType.Builtin("int");
    private static readonly PyClassType Str = PyClassType.Builtin("str");

    [Fact]
    public void Parameters_AllKindsDefaultsAndAnnotations_AreRecorded()
    {
        ModuleSpec module = TestStubs.Module("""
            import typing
            def f(a: int, b: str = 'x', /, c: float = ..., *args: int, d: bool, e: None | int = None, **kwargs: typing.Any) -> None:
                "Docs."
                ...
            """);

        FunctionSpec function = Assert.Single(module.Functions);
        Assert.Equal(("f", "F", FunctionKind.Module, "Docs."), (function.PythonName, function.Name, function.Kind, function.Docstring));
        SignatureSpec signature = Assert.Single(function.Signatures);
        Assert.Equal(
            [
                new ParameterSpec("a", "a", ParameterKind.PositionalOnly, Int, false, null),
                new ParameterSpec("b", "b", ParameterKind.PositionalOnly, Str, true, new PyStringLiteral("x")),
                new ParameterSpec("c", "c", ParameterKind.PositionalOrKeyword, PyClassType.Builtin("float"), true, null),
                new ParameterSpec("args", "args", ParameterKind.VarPositional, Int, false, null),
                new ParameterSpec("d", "d", ParameterKind.KeywordOnly, PyClassType.Builtin("bool"), false, null),
                new ParameterSpec("e", "e", ParameterKind.KeywordOnly, new PyOptionalType(Int), true, PyNoneLiteral.Instance),
                new ParameterSpec("kwargs", "kwargs", ParameterKind.VarKeyword, PyAnyType.Instance, false, null),
            ],
            signature.Parameters);
        Assert.Same(PyNoneType.Instance, signature.ReturnType);
        Assert.False(signature.IsAsync);
    }

    [Fact]
    public void BareStar_MakesTheRestKeywordOnly()
    {
        ModuleSpec module = TestStubs.Module("def loads(s: str, *, cls: type | None = None, parse_float: int = ...) -> object: ...\n");

        Assert.Equal(
            [ParameterKind.PositionalOrKeyword, ParameterKind.KeywordOnly, ParameterKind.KeywordOnly],
            module.Functions[0].Signatures[0].Parameters.Select(p => p.Kind));
        Assert.Equal(["s", "cls", "parseFloat"], module.Functions[0].Signatures[0].Parameters.Select(p => p.Name));
    }

    [Fact]
    public void MissingAnnotations_AreAny()
    {
        ModuleSpec module = TestStubs.Module("def f(x, y=1): ...\n");

        SignatureSpec signature = module.Functions[0].Signatures[0];
        Assert.All(signature.Parameters, p => Assert.Same(PyAnyType.Instance, p.Type));
        Assert.Same(PyAnyType.Instance, signature.ReturnType);
        Assert.Equal(new PyIntLiteral(1), signature.Parameters[1].DefaultValue);
    }

    [Fact]
    public void AsyncDef_IsMarkedAsync()
    {
        ModuleSpec module = TestStubs.Module("async def sleep(delay: float) -> None: ...\n");

        Assert.True(Assert.Single(module.Functions[0].Signatures).IsAsync);
    }

    [Fact]
    public void Overloads_KeepSourceOrder_AndTheImplementationIsIgnored()
    {
        ParsedStub stub = TestStubs.Read(TestStubs.WithHeader("m", """
            import typing
            @typing.overload
            def get(key: str) -> str: ...
            @typing.overload
            def get(key: str, default: int) -> str | int: ...
            def get(key, default=None): ...
            """));

        DiagnosticInfoAssert.Single(stub, DiagnosticDescriptors.ConstructIgnored, "the implementation signature of overloaded 'm.get'");
        FunctionSpec get = Assert.Single(stub.Module!.Functions);
        Assert.True(get.IsOverloaded);
        Assert.Equal([1, 2], get.Signatures.Select(s => s.Parameters.Count));
    }

    [Fact]
    public void CallableObject_RecordsTheInstanceType()
    {
        ModuleSpec module = TestStubs.Module("""
            import numpy
            import typing
            @pybind.callable_object(numpy.ufunc)
            @typing.overload
            def sqrt(x: float, /) -> float: ...
            @pybind.callable_object(numpy.ufunc)
            @typing.overload
            def sqrt(x: numpy.ndarray, /) -> numpy.ndarray: ...
            """, "numpy");

        FunctionSpec sqrt = Assert.Single(module.Functions);
        Assert.Equal(new PyClassType("numpy", "ufunc", []), sqrt.CallableObjectType);
        Assert.Equal(2, sqrt.Signatures.Count);
    }

    [Fact]
    public void CallableObjectOfAPublicClassWhoseCallTheStubCannotType_IsAConstantOfItsClass()
    {
        // scipy.stats.norm: calling it only freezes it; its class's methods (cdf, pdf) are what users call.
        ModuleSpec module = TestStubs.Module("""
            import typing
            class rv_continuous:
                def __call__(self, *args: typing.Any, **kwds: typing.Any) -> typing.Any: ...
                def cdf(self, x: typing.Any, *args: typing.Any, **kwds: typing.Any) -> typing.Any: ...
            @pybind.callable_object(rv_continuous)
            def norm(*args: typing.Any, **kwds: typing.Any) -> typing.Any:
                "A normal continuous random variable."
                ...
            @pybind.callable_object(rv_continuous)
            def typed(x: float, /) -> float: ...
            class _convert2ma:
                def __call__(self, *args: typing.Any, **params: typing.Any) -> typing.Any: ...
            @pybind.callable_object(_convert2ma)
            def arange(*args: typing.Any, **params: typing.Any) -> typing.Any: ...
            """, "scipy.stats");

        ConstantSpec norm = Assert.Single(module.Constants);
        Assert.Equal(new ConstantSpec("norm", "Norm", new PyClassType("scipy.stats", "rv_continuous", []), null, "A normal continuous random variable."), norm);
        // A private class (numpy.ma.arange's) has nothing to reach but its call: a function, as a typed call is.
        Assert.Equal(["typed", "arange"], module.Functions.Select(f => f.PythonName));
    }

    [Fact]
    public void Class_MembersAreSortedIntoConstructorsMethodsPropertiesAndSpecialMethods()
    {
        ModuleSpec module = TestStubs.Module("""
            import abc
            import typing
            class Matrix(typing.Generic[T]):
                "A matrix."
                rows: int
                kind: typing.ClassVar[str] = 'dense'
                origin: typing.Final[int]
                @typing.overload
                def __init__(self, data: list[T]) -> None: ...
                @typing.overload
                def __init__(self, rows: int, cols: int) -> None: ...
                def __add__(self, other: Matrix[T]) -> Matrix[T]: ...
                def __len__(self) -> int: ...
                def transpose(self) -> Matrix[T]: ...
                @classmethod
                def identity(cls, n: int) -> Matrix[T]: ...
                @staticmethod
                def parse(text: str) -> Matrix[T]: ...
                @abc.abstractmethod
                def solve(self) -> None: ...
                @property
                def shape(self) -> tuple[int, int]:
                    "The shape."
                @shape.setter
                def shape(self, value: tuple[int, int]) -> None: ...
                @property
                def size(self) -> int: ...
                @size.deleter
                def size(self) -> None: ...
                def _private(self) -> None: ...
            """.Replace("import typing\n", "import typing\nT = typing.TypeVar('T')\n", System.StringComparison.Ordinal));

        ClassSpec matrix = Assert.Single(module.Classes);
        Assert.Equal(("Matrix", "Matrix", ClassKind.Class, "A matrix."), (matrix.Name, matrix.QualifiedName, matrix.Kind, matrix.Docstring));
        Assert.Equal(["T"], matrix.TypeParameters);
        Assert.True(matrix.IsAbstract);
        Assert.Equal([["data"], ["rows", "cols"]], matrix.Constructors.Select(c => c.Parameters.Select(p => p.Name).ToArray()));
        Assert.Equal(
            [("transpose", FunctionKind.Instance), ("identity", FunctionKind.Class), ("parse", FunctionKind.Static), ("solve", FunctionKind.Instance)],
            matrix.Methods.Select(m => (m.PythonName, m.Kind)));
        Assert.Equal(["n"], matrix.Methods[1].Signatures[0].Parameters.Select(p => p.PythonName));
        Assert.Equal(["__add__", "__len__"], matrix.SpecialMethods.Select(m => m.PythonName));
        Assert.Equal(
            [
                new PropertySpec("shape", "Shape", PropertyKind.Property, new PyTupleType([Int, Int], false), false, false, null, "The shape."),
                new PropertySpec("size", "Size", PropertyKind.Property, Int, true, true, null, null),
                new PropertySpec("rows", "Rows", PropertyKind.Attribute, Int, false, false, null, null),
                new PropertySpec("kind", "Kind", PropertyKind.ClassVariable, Str, false, false, new PyStringLiteral("dense"), null),
                new PropertySpec("origin", "Origin", PropertyKind.Attribute, Int, true, false, null, null),
            ],
            matrix.Properties);
    }

    [Fact]
    public void ClassWithoutInit_UsesNewForConstructors()
    {
        ModuleSpec module = TestStubs.Module("class Point:\n    def __new__(cls, x: int, y: int) -> Point: ...\n");

        Assert.Equal(["x", "y"], Assert.Single(Assert.Single(module.Classes).Constructors).Parameters.Select(p => p.Name));
    }

    [Fact]
    public void NestedClasses_AreBoundWithQualifiedNames()
    {
        ModuleSpec module = TestStubs.Module("class Outer:\n    class Inner:\n        class Deepest: ...\n    def make(self) -> Outer.Inner: ...\n");

        ClassSpec inner = Assert.Single(Assert.Single(module.Classes).NestedClasses);
        Assert.Equal("Outer.Inner", inner.QualifiedName);
        Assert.Equal("Outer.Inner.Deepest", Assert.Single(inner.NestedClasses).QualifiedName);
        Assert.Equal(new PyClassType("test", "Outer.Inner", []), module.Classes[0].Methods[0].Signatures[0].ReturnType);
    }

    [Fact]
    public void Exceptions_AreRecognizedDirectlyAndThroughLocalBases()
    {
        ModuleSpec module = TestStubs.Module("""
            class LinAlgError(ValueError): ...
            class SingularError(LinAlgError): ...
            class Plain: ...
            """);

        Assert.Equal(
            [("LinAlgError", ClassKind.Exception), ("SingularError", ClassKind.Exception), ("Plain", ClassKind.Class)],
            module.Classes.Select(c => (c.PythonName, c.Kind)));
    }

    [Fact]
    public void Enums_RecordKindAndMembers()
    {
        ModuleSpec module = TestStubs.Module("""
            import enum
            class Color(enum.IntEnum):
                RED = 1
                GREEN = 2
                BLUE = enum.auto()
                _ignore_ = 0
                label: str
                def describe(self) -> str: ...
            class Mode(enum.StrEnum):
                FAST = 'fast'
            """);

        ClassSpec color = module.Classes[0];
        Assert.Equal(ClassKind.Enum, color.Kind);
        Assert.Equal(
            new EnumSpec(EnumKind.IntEnum, [new EnumMemberSpec("RED", "Red", new PyIntLiteral(1)), new EnumMemberSpec("GREEN", "Green", new PyIntLiteral(2)), new EnumMemberSpec("BLUE", "Blue", null)]),
            color.Enum);
        Assert.Equal(["label"], color.Properties.Select(p => p.PythonName));
        Assert.Equal(["describe"], color.Methods.Select(m => m.PythonName));
        Assert.Equal(EnumKind.StrEnum, module.Classes[1].Enum!.Kind);
    }

    [Fact]
    public void Protocols_AndFinalClasses_AreMarked()
    {
        ModuleSpec module = TestStubs.Module("""
            import typing
            T = typing.TypeVar('T', covariant=True)
            class SupportsRead(typing.Protocol[T]):
                def read(self, n: int = ...) -> T: ...
            @typing.final
            class Sealed: ...
            """);

        Assert.Equal((ClassKind.Protocol, "T"), (module.Classes[0].Kind, Assert.Single(module.Classes[0].TypeParameters)));
        Assert.True(module.Classes[1].IsFinal);
    }

    [Fact]
    public void ImplicitGenericClass_TakesTypeParametersFromItsBases()
    {
        ModuleSpec module = TestStubs.Module("""
            import collections.abc
            import typing
            K = typing.TypeVar('K')
            V = typing.TypeVar('V')
            class Table(collections.abc.Mapping[K, list[V]]): ...
            """);

        Assert.Equal(["K", "V"], Assert.Single(module.Classes).TypeParameters);
    }

    [Fact]
    public void ClassProperty_IsSkippedWithAReason()
    {
        ParsedStub stub = TestStubs.Read(TestStubs.WithHeader("m", "class A:\n    @classmethod\n    @property\n    def x(cls) -> int: ...\n"));

        DiagnosticInfoAssert.Single(stub, DiagnosticDescriptors.MemberSkipped, "class properties");
        Assert.Empty(stub.Module!.Classes[0].Properties);
    }
}
