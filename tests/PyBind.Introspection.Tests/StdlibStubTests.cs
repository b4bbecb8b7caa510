using System.Linq;
using PyBind.Introspection;
using PyBind.Introspection.Tests.Infrastructure;
using Xunit;

namespace PyBind.Introspection.Tests;

/// <summary>Standard-library stubs from typeshed, merged with the live modules.</summary>
[Collection(GeneratedStubsGroup.Name)]
public sealed class StdlibStubTests(GeneratedStubs generated)
{
    [Fact]
    public void ModuleFunctionsThatAreBoundMethods_AreFunctionsWithTheMethodsSignature()
    {
        // typeshed: `_inst: Random` and `randint = _inst.randint`.
        Assert.StartsWith("def randint(a: int, b: int) -> int:\n    \"\"\"Return random integer in range [a, b], including both end points.\n", StubText.TopLevel(generated["random"], "def", "randint"));
        Assert.StartsWith("def seed(seed: _ArrayLikeFloat_co | None = ...) -> None:", StubText.TopLevel(generated["numpy.random"], "def", "seed"));
    }

    [Fact]
    public void LiteralDefaults_OfNonOverloadedFunctions_ComeFromTheLiveFunction()
    {
        Assert.Contains("    *,\n    n: int = 4,\n    method: typing.Literal['inclusive', 'exclusive'] = 'exclusive',\n) -> list[_NumberT]:", generated["statistics"]);
        Assert.Contains("    skipkeys: bool = False,\n    ensure_ascii: bool = True,\n", StubText.TopLevel(generated["json"], "def", "dumps"));
    }

    [Fact]
    public void ConstantsWithoutAnnotation_AreTypedByTheirEnumOrTheirLiveValue()
    {
        Assert.Contains("\nA: RegexFlag\nASCII: RegexFlag\n", generated["re"]);
        Assert.Contains("\nfull_version: str\n", generated["numpy.version"]);
        Assert.DoesNotContain("annotations", generated["numpy.version"]);  // `from __future__ import annotations`
    }

    [Fact]
    public void UnexportedReturnType_IsDefinedInItsModule()
    {
        Assert.Contains("\nclass LinearRegression(typing.NamedTuple):\n    \"\"\"LinearRegression(slope, intercept)\"\"\"\n    slope: float\n    intercept: float\n", generated["statistics"]);
    }

    [Fact]
    public void TypingsAbstractClasses_LiveInCollectionsAbc()
    {
        Assert.Contains("\nclass Sequence(Collection[_T_co], Reversible[_T_co], typing.Generic[_T_co]):\n", generated["collections.abc"]);
        Assert.Contains("\nclass Set(Collection[_T_co], typing.Generic[_T_co]):\n", generated["collections.abc"]);
        Assert.Contains("class deque(collections.abc.MutableSequence[_T], typing.Generic[_T]):", generated["collections"]);
    }

    [Fact]
    public void NestedClassBase_IsReadInItsEnclosingClass()
    {
        // typeshed: `class IMAP4: class error(Exception)`, `class abort(error)`, `class readonly(abort)`: in a class
        // body `error` is the sibling IMAP4.error, not a module-level name.
        ModuleResult imaplib = Normalizer.Run(new NormalizationRequest(["imaplib"])
        {
            Typeshed = [TestPaths.MypyTypeshed],
            FindTypeshed = false,
            AllowImports = false,
        }).Single();

        Assert.Contains("\n    class abort(IMAP4.error): ...\n", imaplib.Stub);
        Assert.Contains("\n    class error(Exception): ...\n", imaplib.Stub);
        Assert.Contains("\n    class readonly(IMAP4.abort): ...\n", imaplib.Stub);
    }

    [Fact]
    public void ReExportedException_PointsToItsHome()
    {
        // typeshed defines re.error in sre_constants, whose path is as short as re's: the home rule keeps it there.
        Assert.Contains("\nfrom sre_constants import error as error\n", generated["re"]);
        Assert.Contains("\nclass JSONDecodeError(ValueError):\n", generated["json"]);
        Assert.Contains("\nclass Decimal:\n", generated["decimal"]);
    }
}
