using System.Linq;
using System.Text.RegularExpressions;
using PyBind.Introspection.Tests.Infrastructure;
using Xunit;

namespace PyBind.Introspection.Tests;

/// <summary>numpy, the package the design's examples bind: ufuncs, submodules, ndarray, linalg.</summary>
[Collection(GeneratedStubsGroup.Name)]
public sealed class NumpyStubTests(GeneratedStubs generated)
{
    private readonly string _numpy = generated["numpy"];

    [Fact]
    public void Ufunc_IsACallableObjectOfNumpyUfunc_WithTheCallOverloadsOfItsStub()
    {
        string sqrt = StubText.TopLevel(_numpy, "def", "sqrt");

        Assert.Equal(3, Regex.Count(sqrt, "@pybind.callable_object\\(ufunc\\)\n"));
        Assert.Equal(3, Regex.Count(sqrt, "@typing.overload\n"));
        Assert.Contains("def sqrt(\n    x1: _ScalarLike_co,\n    /,\n    out: None = ...,\n    *,\n", sqrt);
        Assert.Contains("    \"\"\"sqrt(x, /, out=None, *, where=True,", sqrt);
        Assert.Contains("class ufunc:", _numpy);
    }

    [Fact]
    public void Package_ListsItsExposedSubmodules()
    {
        foreach (string line in new[] { "import numpy.fft as fft", "import numpy.linalg as linalg", "import numpy.ma as ma", "import numpy.polynomial as polynomial", "import numpy.random as random", "import numpy.core.defchararray as char" })
        {
            Assert.Contains("\n" + line + "\n", _numpy);
        }

        Assert.Contains(generated.Results, r => r.Module == "numpy.linalg" && r.Stub is not null);
        Assert.Contains(generated.Results, r => r.Module == "numpy.polynomial.chebyshev" && r.Stub is not null);
    }

    [Fact]
    public void Submodules_IncludeEveryPackageModuleTheStubsName_SoNoDottedNameIsLeftWithoutAStub()
    {
        Assert.Contains("    def flags(self) -> numpy.core.multiarray.flagsobj:", StubText.TopLevel(_numpy, "class", "ndarray"));
        Assert.Contains("\nclass flagsobj:\n", generated["numpy.core.multiarray"]);

        string[] named = generated.Results.SelectMany(r => r.Stub!.Split('\n'))
            .Where(l => l.StartsWith("import numpy.", System.StringComparison.Ordinal))
            .Select(l => l["import ".Length..].Split(' ')[0])
            .Where(m => !m.Split('.').Any(part => part.StartsWith('_')))
            .Distinct().ToArray();
        Assert.All(named, module => Assert.Contains(generated.Results, r => r.Module == module));
    }

    [Fact]
    public void Ndarray_IsGeneric_HasSettableShape_AndTheMembersOfItsPrivateBase()
    {
        string ndarray = StubText.TopLevel(_numpy, "class", "ndarray");

        Assert.StartsWith("class ndarray(typing.Generic[_ShapeType, _DType_co]):\n", ndarray);
        Assert.Contains("    @property\n    def shape(self) -> _Shape:", ndarray);
        Assert.Contains("    @shape.setter\n    def shape(self, value: _ShapeLike) -> None: ...", ndarray);
        Assert.Contains("    def tolist(self) -> typing.Any:", ndarray);  // from _ArrayOrScalarCommon
        Assert.DoesNotContain("_ArrayOrScalarCommon", ndarray);
    }

    [Fact]
    public void Linalg_DefinesItsExceptionAndOverloadedFunctions_NamingArrayTypesByTheirPublicHome()
    {
        string linalg = generated["numpy.linalg"];

        Assert.Contains("class LinAlgError(Exception):", linalg);
        Assert.Contains("def inv(a: _ArrayLikeInt_co) -> numpy.typing.NDArray[numpy.float64]:", linalg);
        Assert.Equal("numpy/linalg/__init__.pyi, numpy/linalg/linalg.pyi", string.Join(", ", StubText.Header(linalg, "sources").Split(", ").Where(s => s.StartsWith("numpy/linalg", System.StringComparison.Ordinal))));
        Assert.Equal("1.24.2", StubText.Header(linalg, "module-version"));
    }

    [Fact]
    public void Typing_DeclaresTheAliasesOtherStubsReferTo()
    {
        string typing = generated["numpy.typing"];

        Assert.Contains("\nArrayLike: typing.TypeAlias = ", typing);
        Assert.Contains("\nNDArray: typing.TypeAlias = numpy.ndarray[typing.Any, numpy.dtype[ScalarType]]\n", typing);
        Assert.Contains("\nScalarType = typing.TypeVar('ScalarType', bound=numpy.generic)\n", typing);
    }
}
