using System.Linq;
using System.Numerics;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Model;
using PyBind.Gen.Stubs;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Parsing;

/// <summary>Header, module-level statements and leniency of <see cref="StubReader"/>.</summary>
public class StubReaderTests
{
    [Fact]
    public void Header_AllKeys_AreRead()
    {
        ParsedStub stub = TestStubs.Read("""
            # pybind-stub: 1
            # module: numpy.linalg
            # module-version: 1.24.2
            # interpreter: CPython 3.11.2 linux x86_64
            # sources: numpy/linalg/__init__.pyi, typeshed:stdlib/math.pyi , runtime
            # content-hash: sha256:3b0d
            # unknown-key: ignored
            """, "/stubs/whatever.pyi");

        Assert.Equal("numpy.linalg", stub.ModuleName);
        Assert.Empty(stub.Diagnostics);
        Assert.Equal(
            new StubHeaderSpec(1, "1.24.2", "CPython 3.11.2 linux x86_64", ["numpy/linalg/__init__.pyi", "typeshed:stdlib/math.pyi", "runtime"], "sha256:3b0d"),
            stub.Module!.Header);
    }

    [Fact]
    public void HeaderWithoutModule_TakesTheModuleNameFromTheFileName()
    {
        ParsedStub stub = TestStubs.Read("# pybind-stub: 1\ndef f() -> None: ...\n", "/stubs/os.path.pyi");

        Assert.Equal("os.path", stub.ModuleName);
        Assert.Equal("os.path", stub.Module!.Name);
    }

    [Fact]
    public void StubWithoutHeader_IsReadAsDialect1WithAnInfo()
    {
        ParsedStub stub = TestStubs.Read("def f() -> None: ...\n", "/stubs/mine.pyi");

        Assert.Equal(1, stub.Module!.Header.DialectVersion);
        Assert.Equal("PYB0008", Assert.Single(stub.Diagnostics).Descriptor.Id);
        Assert.Single(stub.Module.Functions);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("one")]
    public void UnsupportedDialectVersion_IsAnErrorOnTheHeaderLineAndGivesNoModel(string version)
    {
        ParsedStub stub = TestStubs.Read($"# module: m\n# pybind-stub: {version}\ndef f() -> None: ...\n");

        Assert.Null(stub.Module);
        var diagnostic = Assert.Single(stub.Diagnostics).ToDiagnostic();
        Assert.Equal("PYB0006", diagnostic.Id);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains($"'{version}'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ModuleDocstring_IsKeptVerbatim()
    {
        ModuleSpec module = TestStubs.Module("\"\"\"Linear algebra.\n\n    Details, indented.\n\"\"\"\n\ndef f() -> None: ...\n");

        Assert.Equal("Linear algebra.\n\n    Details, indented.\n", module.Docstring);
    }

    [Fact]
    public void SubmoduleImports_BecomeSubmodules_OtherImportsDoNot()
    {
        ModuleSpec module = TestStubs.Module("""
            import numpy
            import typing
            import numpy.fft as fft
            import numpy.linalg as linalg
            import os.path as path
            """, "numpy");

        Assert.Equal([new SubmoduleSpec("fft", "Fft", "numpy.fft"), new SubmoduleSpec("linalg", "Linalg", "numpy.linalg")], module.Submodules);
    }

    [Fact]
    public void FromImportWithAlias_IsAReExport_WithoutAliasItIsNot()
    {
        ModuleSpec module = TestStubs.Module("""
            from json.decoder import JSONDecodeError as JSONDecodeError
            from json.encoder import encode_basestring as encode
            from typing import Any
            """, "json");

        Assert.Equal(
            [new ReExportSpec("JSONDecodeError", "JSONDecodeError", "json.decoder", "JSONDecodeError"), new ReExportSpec("encode", "Encode", "json.encoder", "encode_basestring")],
            module.ReExports);
    }

    [Fact]
    public void TypeVariables_RecordBoundConstraintsVarianceAndKind()
    {
        ModuleSpec module = TestStubs.Module("""
            import typing
            T = typing.TypeVar("T")
            N = typing.TypeVar("N", int, float)
            B = typing.TypeVar("B", bound=typing.Hashable, covariant=True)
            C = typing.TypeVar("C", contravariant=True)
            P = typing.ParamSpec("P")
            Ts = typing.TypeVarTuple("Ts")
            """);

        Assert.Equal(
            [
                new TypeVariableSpec("B", TypeVariableKind.TypeVar, new PyClassType("collections.abc", "Hashable", []), [], Variance.Covariant),
                new TypeVariableSpec("C", TypeVariableKind.TypeVar, null, [], Variance.Contravariant),
                new TypeVariableSpec("N", TypeVariableKind.TypeVar, null, [PyClassType.Builtin("int"), PyClassType.Builtin("float")], Variance.Invariant),
                new TypeVariableSpec("P", TypeVariableKind.ParamSpec, null, [], Variance.Invariant),
                new TypeVariableSpec("T", TypeVariableKind.TypeVar, null, [], Variance.Invariant),
                new TypeVariableSpec("Ts", TypeVariableKind.TypeVarTuple, null, [], Variance.Invariant),
            ],
            module.TypeVariables);
    }

    [Fact]
    public void TypeVarWhoseNameDiffers_IsMalformed()
    {
        ParsedStub stub = TestStubs.Read(TestStubs.WithHeader("m", "import typing\nT = typing.TypeVar(\"U\")\n"));

        Assert.Equal("PYB0005", Assert.Single(stub.Diagnostics).Descriptor.Id);
    }

    [Fact]
    public void TypeAliases_ExplicitImplicitAndTypeStatement_AreResolvedAndUsedByName()
    {
        ModuleSpec module = TestStubs.Module("""
            import typing
            _Shape: typing.TypeAlias = tuple[int, ...]
            Pair = tuple[int, int]
            type Name = str | bytes
            def reshape(shape: _Shape, name: Name) -> Pair: ...
            """);

        var shape = new PyTupleType([PyClassType.Builtin("int")], IsVariadic: true);
        Assert.Equal(["Name", "Pair", "_Shape"], module.TypeAliases.Select(a => a.Name));
        SignatureSpec signature = Assert.Single(Assert.Single(module.Functions).Signatures);
        Assert.Equal(new PyAliasType("test._Shape", [], shape), signature.Parameters[0].Type);
        Assert.Equal(new PyAliasType("test.Name", [], new PyUnionType([PyClassType.Builtin("str"), PyClassType.Builtin("bytes")])), signature.Parameters[1].Type);
        Assert.Equal(new PyAliasType("test.Pair", [], new PyTupleType([PyClassType.Builtin("int"), PyClassType.Builtin("int")], false)), signature.ReturnType);
    }

    [Fact]
    public void GenericAlias_WithTypeArguments_IsSpecialized()
    {
        ModuleSpec module = TestStubs.Module("""
            import numpy
            import typing
            _T = typing.TypeVar("_T")
            _K = typing.TypeVar("_K")
            _ArrayLike: typing.TypeAlias = numpy.ndarray[typing.Any, numpy.dtype[_T]] | list[_T] | None
            _Table: typing.TypeAlias = dict[_K, _ArrayLike[_T]]
            _dtype: typing.TypeAlias = numpy.dtype
            def f(a: _ArrayLike[numpy.float64], b: _Table[str], c: _ArrayLike, d: _dtype[numpy.float64]) -> None: ...
            """);

        var float64 = new PyClassType("numpy", "float64", []);
        PyTypeSpec Expansion(PyTypeSpec item) => new PyOptionalType(new PyUnionType(
            [new PyClassType("numpy", "ndarray", [PyAnyType.Instance, new PyClassType("numpy", "dtype", [item])]), PyClassType.Builtin("list", item)]));
        var parameters = module.Functions[0].Signatures[0].Parameters;
        Assert.Equal(new PyAliasType("test._ArrayLike", [float64], Expansion(float64)), parameters[0].Type);
        Assert.Equal(
            new PyAliasType("test._Table", [PyClassType.Builtin("str")], PyClassType.Builtin("dict", PyClassType.Builtin("str"), new PyAliasType("test._ArrayLike", [PyAnyType.Instance], Expansion(PyAnyType.Instance)))),
            parameters[1].Type);
        Assert.Equal(new PyAliasType("test._ArrayLike", [], Expansion(new PyTypeVariableType("_T", TypeVariableKind.TypeVar))), parameters[2].Type);
        Assert.Equal("test._ArrayLike[numpy.float64]", parameters[0].Type.Display);
        Assert.Equal(new PyAliasType("test._dtype", [float64], new PyClassType("numpy", "dtype", [float64])), parameters[3].Type);
    }

    [Fact]
    public void GenericAlias_WithTooManyTypeArguments_IsMalformed()
    {
        ParsedStub stub = TestStubs.Read(TestStubs.WithHeader("m", "import typing\nT = typing.TypeVar('T')\nPair: typing.TypeAlias = tuple[T, T]\nx: Pair[int, str]\n"));

        DiagnosticInfoAssert.Single(stub, DiagnosticDescriptors.MalformedStub, "gives 2 type arguments to an alias with 1 type parameters");
    }

    [Fact]
    public void RecursiveAlias_InnerReferenceIsCutToAnyWithAnInfo()
    {
        ParsedStub stub = TestStubs.Read(TestStubs.WithHeader("m", "import typing\nJson: typing.TypeAlias = dict[str, Json] | list[Json] | str\n"));

        // One Info for the alias, however many times it names itself.
        Assert.Equal("PYB0009", Assert.Single(stub.Diagnostics).Descriptor.Id);
        var cut = new PyAliasType("m.Json", [], PyAnyType.Instance);
        Assert.Equal(
            new PyUnionType([PyClassType.Builtin("dict", PyClassType.Builtin("str"), cut), PyClassType.Builtin("list", cut), PyClassType.Builtin("str")]),
            Assert.Single(stub.Module!.TypeAliases).Target);
    }

    [Fact]
    public void Constants_AnnotatedValuedFinalAndInferred_AreTypedWithTheirValues()
    {
        ModuleSpec module = TestStubs.Module("""
            import typing
            pi: float = 3.141592653589793
            "The ratio of a circle's circumference to its diameter."
            MAXSIZE: typing.Final[int] = -9223372036854775808
            LIMIT: typing.Final = 10
            name = 'abc'
            j: complex = 1-2j
            axes: tuple[int, int] = (-2, -1)
            unknown: int
            """);

        Assert.Equal(
            [
                new ConstantSpec("pi", "Pi", PyClassType.Builtin("float"), new PyFloatLiteral(3.141592653589793), "The ratio of a circle's circumference to its diameter."),
                new ConstantSpec("MAXSIZE", "Maxsize", PyClassType.Builtin("int"), new PyIntLiteral(BigInteger.Parse("-9223372036854775808", System.Globalization.CultureInfo.InvariantCulture)), null),
                new ConstantSpec("LIMIT", "Limit", PyClassType.Builtin("int"), new PyIntLiteral(10), null),
                new ConstantSpec("name", "Name", PyClassType.Builtin("str"), new PyStringLiteral("abc"), null),
                new ConstantSpec("j", "J", PyClassType.Builtin("complex"), new PyComplexLiteral(1, -2), null),
                new ConstantSpec("axes", "Axes", new PyTupleType([PyClassType.Builtin("int"), PyClassType.Builtin("int")], false), new PyTupleLiteral([new PyIntLiteral(-2), new PyIntLiteral(-1)]), null),
                new ConstantSpec("unknown", "Unknown", PyClassType.Builtin("int"), null, null),
            ],
            module.Constants);
    }

    [Fact]
    public void PrivateNames_AreNotBound()
    {
        ModuleSpec module = TestStubs.Module("""
            _private: int
            def _helper() -> None: ...
            class _Hidden: ...
            __all__ = ["f"]
            def f() -> None: ...
            """);

        Assert.Empty(module.Constants);
        Assert.Empty(module.Classes);
        Assert.Equal(["f"], module.Functions.Select(f => f.PythonName));
    }

    [Fact]
    public void ConditionalBlocks_AreSkippedWithAnInfo_AndTheRestIsBound()
    {
        ParsedStub stub = TestStubs.Read(TestStubs.WithHeader("m", """
            import sys
            if sys.version_info >= (3, 10):
                def new() -> None: ...
            else:
                def old() -> None: ...
            def kept() -> None: ...
            """));

        Assert.Equal(["PYB0008", "PYB0008"], stub.Diagnostics.Select(d => d.Descriptor.Id));
        Assert.Equal(["kept"], stub.Module!.Functions.Select(f => f.PythonName));
    }

    [Theory]
    [InlineData("from os import *\n", "'from os import *'")]
    [InlineData("from . import sibling as sibling\n", "a relative import")]
    [InlineData("del x\n", "'del' statement")]
    [InlineData("x += 1\n", "an augmented assignment")]
    [InlineData("@functools.total_ordering\nclass A: ...\n", "the class decorator '@functools.total_ordering'")]
    public void ValidPyiOutsideTheDialect_IsIgnoredWithAnInfo(string body, string construct)
    {
        ParsedStub stub = TestStubs.Read(TestStubs.WithHeader("m", "import functools\n" + body));

        DiagnosticInfoAssert.Single(stub, DiagnosticDescriptors.ConstructIgnored, construct);
        Assert.NotNull(stub.Module);
    }

    [Fact]
    public void NonAsciiNames_BecomeValidCSharpNames()
    {
        ModuleSpec module = TestStubs.Module("def grüße(größe: int, x·y: int) -> None: ...\nclass ℘eierstrass: ...\n");

        FunctionSpec function = Assert.Single(module.Functions);
        Assert.Equal("Grüße", function.Name);
        Assert.Equal(["größe", "x_u00B7y"], function.Signatures[0].Parameters.Select(p => p.Name));
        Assert.Equal("_u2118eierstrass", Assert.Single(module.Classes).Name);
    }

    [Fact]
    public void BomAndCrlf_AreAccepted()
    {
        ParsedStub stub = TestStubs.Read("\uFEFF# pybind-stub: 1\r\n# module: m\r\ndef f(\r\n    a: int,\r\n) -> None: ...\r\n");

        Assert.Empty(stub.Diagnostics);
        Assert.Equal("m", stub.ModuleName);
        Assert.Single(stub.Module!.Functions);
    }
}
