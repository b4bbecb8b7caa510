using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Introspection.Tests.Infrastructure;
using Xunit;

namespace PyBind.Introspection.Tests;

/// <summary>Modules typed by inline annotations (py.typed) and modules only run-time inspection can describe.</summary>
public sealed class SourceKindTests
{
    [Fact]
    public void InlineAnnotatedPackage_IsTypedFromItsCode_WithTypeCheckingImportsResolved()
    {
        string stub = Normalizer.Stub("inlinepkg");

        Assert.Equal("inlinepkg/__init__.py, inlinepkg/models.py, runtime", StubText.Header(stub, "sources"));
        Assert.Contains("VERSION: str = '1.2.3'\n", stub);
        Assert.Contains("def total(values: collections.abc.Iterable[float], start: float = 0.0) -> float:\n    \"\"\"Sum the values.\"\"\"\n    ...", stub);
        Assert.Contains("def count(items: typing.Any, *, limit: int | None = None) -> typing.Any:", stub);
        Assert.DoesNotContain("_cache", stub);
    }

    [Fact]
    public void InlinePackageWithoutAll_OffersWhatItImportsFromItsOwnModules_ButNotFromOthers()
    {
        string stub = Normalizer.Stub("reexportpkg");

        Assert.Contains("class Block:", stub);
        Assert.Contains("def make_block(n: int) -> Block:", stub);
        Assert.DoesNotContain("Optional", stub);
    }

    [Fact]
    public void InlineOverloads_DropTheImplementationSignature()
    {
        string stub = Normalizer.Stub("inlinepkg");

        Assert.Equal(
            """"
            @typing.overload
            def parse(text: str) -> int:
                """Parse a number from text or bytes."""
                ...
            @typing.overload
            def parse(text: bytes) -> int: ...
            """".TrimEnd(),
            StubText.TopLevel(stub, "def", "parse"));
    }

    [Fact]
    public void InlineClass_GetsSelfAttributes_AndDataclassInitFromTheLiveClass()
    {
        string stub = Normalizer.Stub("inlinepkg");

        Assert.Contains("class Registry:\n    \"\"\"Keeps records by name.\"\"\"\n    default_size: int = 8\n    name: str\n    records: list[Record]\n", stub);
        Assert.DoesNotContain("_hidden", stub);
        // Generated code has no source to prove its defaults are the same on every run: they stay `...`.
        Assert.Contains("    def __init__(self, name: str, value: float = ...) -> None: ...", StubText.TopLevel(stub, "class", "Record"));
    }

    [Fact]
    public void InlinePackage_WithoutImports_KeepsSourceDocstrings_ButNotRuntimeMembers()
    {
        string stub = Normalizer.Stub("inlinepkg", allowImports: false);

        Assert.Equal("inlinepkg/__init__.py, inlinepkg/models.py", StubText.Header(stub, "sources"));
        Assert.Contains("    \"\"\"Sum the values.\"\"\"\n", stub);
        Assert.DoesNotContain("def __init__(self, name: str, value: float", stub);
    }

    [Fact]
    public void UntypedModule_KeepsTheAnnotationsThatResolve_AndItsOverloads_AtRunTime()
    {
        // pandas' shape: annotations naming what only `if TYPE_CHECKING:` imports made typing.get_type_hints fail as a
        // whole, so read_csv's every parameter was Any; its @overloads (recorded by Python 3.11+) type what it returns.
        // What the module imports from typing (TYPE_CHECKING, Literal) is typing's, not the module's API.
        string stub = Normalizer.Stub("runtimehints");

        Assert.Equal("runtime", StubText.Header(stub, "sources"));
        Assert.DoesNotContain("TYPE_CHECKING", stub);
        Assert.DoesNotContain("def Literal(", stub);
        Assert.Contains(
            """"
            @typing.overload
            def read(path: str, *, iterator: typing.Literal[True]) -> Reader:
                """Reads a table, or an iterator over its chunks."""
                ...
            @typing.overload
            def read(path: str, *, iterator: typing.Literal[False] = ...) -> Frame: ...
            """",
            stub);
        Assert.Contains(
            """"
            def total(
                values: list[decimal.Decimal],
                scale: fractions.Fraction,
                unit: typing.Any,
            ) -> decimal.Decimal:
            """",
            stub);
    }

    [Fact]
    public void UntypedModule_IsDescribedByRuntimeSignatures_WithoutItsTypeVariables()
    {
        string stub = Normalizer.Stub("plainmod");

        Assert.Equal("runtime", StubText.Header(stub, "sources"));
        Assert.Contains(
            """"
            def greet(
                name: typing.Any,
                punctuation: typing.Any = '!',
                *,
                loud: typing.Any = False,
            ) -> typing.Any:
                """Greet someone."""
                ...
            """",
            stub);
        Assert.Contains("    def __init__(self, start: typing.Any = 0) -> None: ...", stub);
        Assert.Contains("    @property\n    def doubled(self) -> typing.Any:\n        \"\"\"Twice the value.\"\"\"", stub);
        Assert.DoesNotContain("\nos", stub);
        Assert.DoesNotContain("ItemT", stub);
    }

    [Fact]
    public void UntypedClassWithAPrivateBase_HasTheBasesMembers_AndItsPublicBasesInstead()
    {
        string stub = StubText.TopLevel(Normalizer.Stub("plainmod"), "class", "Regression");

        Assert.StartsWith("class Regression(Counter):", stub);
        Assert.Contains("    def fit(self, x: typing.Any) -> typing.Any: ...", stub);
        Assert.Contains("    def predict(self, x: typing.Any) -> typing.Any:\n        \"\"\"Predict from x.\"\"\"", stub);
        Assert.DoesNotContain("_Estimator", stub);
    }

    [Fact]
    public void UntypedClassWithABaseItsModulesAllLeavesOut_HasTheBasesMembers()
    {
        string stub = Normalizer.Stub("declaredapi");

        Assert.DoesNotContain("class Model", stub);
        Assert.StartsWith("class Ordinary:", StubText.TopLevel(stub, "class", "Ordinary"));
        Assert.Contains("    def fit(self, x: typing.Any) -> typing.Any:\n        \"\"\"Fit to x.\"\"\"", stub);
    }

    [Fact]
    public void ModuleWhoseGetattrRaisesImportError_IsDescribedByWhatItHas()
    {
        string stub = Normalizer.Stub("lazyoptional");

        Assert.Contains("def available() -> typing.Any:\n    \"\"\"Whether the optional dependency is installed.\"\"\"", stub);
    }

    [Fact]
    public void Submodules_IncludeTheModulesOfThePackageThatDefineBases_ButNotOtherPackages()
    {
        // basespkg.models' Model derives from basespkg.base.Estimator: the generator gives Model Estimator's members when no
        // [PyImport] binds basespkg.base, from its stub. Registry's base (collections.OrderedDict) is another package's.
        IReadOnlyList<ModuleResult> results = Normalizer.Run(Normalizer.Request("basespkg.models") with { IncludeSubmodules = true });

        Assert.Equal(["basespkg.models", "basespkg.base"], results.Select(r => r.Module));
        Assert.Contains("class Model(basespkg.base.Estimator):", results[0].Stub);
        Assert.Contains("    def get_params(self) -> typing.Any:", StubText.TopLevel(results[1].Stub!, "class", "Estimator"));
    }

    [Fact]
    public void Submodules_IncludeThePrivateModulesThatAnnotationsName_ForPsutilsVirtualMemory()
    {
        // psutil.virtual_memory() returns a psutil._pslinux.svmem (typeshed's types-psutil): a private module no public
        // one exposes, whose stub the generator needs to type the result; _pslinux names psutil._common in turn.
        IReadOnlyList<ModuleResult> results = Normalizer.Run(Normalizer.Request("psutil") with { IncludeSubmodules = true });

        Assert.Equal(["psutil", "psutil._common", "psutil._pslinux"], results.Select(r => r.Module).Order(StringComparer.Ordinal));
        Assert.Contains("def virtual_memory() -> psutil._pslinux.svmem:", results[0].Stub);
        string svmem = StubText.TopLevel(results.Single(r => r.Module == "psutil._pslinux").Stub!, "class", "svmem");
        Assert.StartsWith("class svmem(typing.NamedTuple):", svmem);
        Assert.Contains("    total: int\n", svmem);
    }

    [Fact]
    public void ASubmoduleRequestedWithItsPackage_BringsThePackagesModulesItNames()
    {
        // The corpus requests cryptography and each public submodule: rsa's stub (typeshed's types-cryptography) types
        // its backend parameters with cryptography.hazmat.backends.interfaces.RSABackend, a module only the stub has
        // (no runtime module to list). Requested with its package, rsa brings it, as the package alone would.
        IReadOnlyList<ModuleResult> results = Normalizer.Run(Normalizer.Request("cryptography", "cryptography.hazmat.primitives.asymmetric.rsa") with { IncludeSubmodules = true });

        ModuleResult interfaces = Assert.Single(results, r => r.Module == "cryptography.hazmat.backends.interfaces");
        Assert.StartsWith("class RSABackend", StubText.TopLevel(interfaces.Stub!, "class", "RSABackend"));
    }

    [Fact]
    public void Submodules_IncludeBuiltins_WhenAClassDerivesFromABuiltinContainer()
    {
        // Tally is a dict: the generator gives it dict's indexer, enumeration and methods, read in builtins' stub. (Described
        // at run time, an untyped package's class keeps its bases' classes, not their type arguments: __bases__.)
        IReadOnlyList<ModuleResult> results = Normalizer.Run(Normalizer.Request("basespkg.tallies") with { IncludeSubmodules = true });

        Assert.Equal(["basespkg.tallies", "builtins"], results.Select(r => r.Module));
        Assert.Contains("class Tally(dict):", results[0].Stub);
        Assert.Contains("    def __getitem__(self, key: _KT, /) -> _VT:", StubText.TopLevel(results[1].Stub!, "class", "dict"));
    }

    [Fact]
    public void UntypedCallableInstance_IsACallableObject_DocumentedByItsCall()
    {
        string stub = Normalizer.Stub("plainmod");

        Assert.Equal(
            """"
            @pybind.callable_object(plainmod._Multiplier)
            def multiply(x: typing.Any, factor: typing.Any = 2) -> typing.Any:
                """Multiply x by the factor."""
                ...
            """".TrimEnd(),
            StubText.TopLevel(stub, "def", "multiply"));
    }

    [Fact]
    public void CallableInstanceOfAPrivateModulesClass_IsTypedByTheNearestClassAPublicModuleOffers()
    {
        // scipy.stats.norm is a norm_gen that only scipy.stats._continuous_distns defines; users reach its methods
        // through the rv_continuous that scipy.stats exports.
        string stub = Normalizer.Stub("callablespkg");

        Assert.StartsWith(
            "@pybind.callable_object(rv_continuous)\ndef uniform(*args: typing.Any, **kwds: typing.Any) -> typing.Any:",
            StubText.TopLevel(stub, "def", "uniform"));
        Assert.Contains("    def cdf(self, x: typing.Any, *args: typing.Any, **kwds: typing.Any) -> typing.Any:", StubText.TopLevel(stub, "class", "rv_continuous"));
    }

    [Fact]
    public void MethodsOfNoFunctionType_AreMethods_AndACachedPropertyIsItsFunctionsResult()
    {
        // functools' wrappers, like Cython's compiled methods (pandas' Timestamp.round, lxml's Element.find), are
        // no types.FunctionType; they used to be written as attributes of their wrapper's type.
        string stub = Normalizer.Stub("routines");
        string catalog = StubText.TopLevel(stub, "class", "Catalog");

        Assert.Contains("    def lookup(self, key: int, suffix: str = '') -> str:\n        \"\"\"The name of the item numbered key.\"\"\"", catalog);
        Assert.Contains("    @property\n    def size(self) -> int:\n        \"\"\"How many items there are (counted once).\"\"\"", catalog);
        Assert.Contains("    @size.setter\n    def size(self, value: int) -> None: ...\n    @size.deleter\n    def size(self) -> None: ...", catalog);
        Assert.Equal("def square(x: int) -> int:\n    \"\"\"x times x, remembered.\"\"\"\n    ...", StubText.TopLevel(stub, "def", "square"));
    }

    [Fact]
    public void CompiledMethods_AreMethods_WithTheDefaultsTheyWereBuiltWith()
    {
        // pandas' Timestamp.round and Timestamp.now are Cython functions (cython_function_or_method), which used to be
        // written as attributes; and a compiled function's defaults are fixed when it is built, though no source says.
        string timestamp = StubText.TopLevel(Normalizer.Stub("pandas"), "class", "Timestamp");

        // Its docstring says "freq : str" (and "bool or {'raise', 'NaT'}" for ambiguous: no one type).
        string expectedRound = Normalizer.RunScript("""
            import inspect
            from pandas import Timestamp
            parameters = list(inspect.signature(Timestamp.round).parameters.values())
            result = "    # typed by the docstring: freq\n    def round(\n        self,\n" + "".join(
                "        %s: %s%s,\n" % (p.name, "str" if p.name == "freq" else "typing.Any",
                                          "" if p.default is p.empty else " = " + repr(p.default))
                for p in parameters[1:]) + "    ) -> typing.Any:"
            """);
        Assert.Contains("freq: str,\n        ambiguous: typing.Any = 'raise'", expectedRound);
        Assert.Contains(expectedRound, timestamp);
        Assert.Contains("    @classmethod\n    def now(cls, /, tz: typing.Any = None) -> typing.Any:", timestamp);
        Assert.DoesNotContain("cython_function_or_method", timestamp);
    }

    [Fact]
    public void ClassMethodsDescribedAtRunTime_KeepTheirReceiver_WhetherTheSignatureComesFromTheBoundMethodOrTheDocstring()
    {
        string stub = Normalizer.Stub("receivers");

        Assert.Contains("    @classmethod\n    def now(cls, /, zone: str = 'UTC') -> Clock: ...", stub);
        Assert.Contains("    @classmethod\n    def from_doc(cls, /, *args: typing.Any, **kwargs: typing.Any) -> typing.Any:", stub);
    }

    [Fact]
    public void CFunctionsWithoutATextSignature_TakeTheirDocstringsBracketedParameters_AndNamedResultsAsATuple()
    {
        // OpenCV's 1355 functions start their docstrings so: threshold(src, thresh, maxval, type[, dst]) -> retval, dst
        // lost dst and returned Any, and cvtColor(src, code[, dst[, dstCn]]) -> dst (nested) was (*args, **kwargs).
        string stub = Normalizer.Stub("docsigned");
        string firstLines = Normalizer.RunScript(
            "import socket\nresult = '|'.join(f.__doc__.splitlines()[0] for f in (getattr, max, socket.gethostbyname_ex))");

        Assert.Equal("getattr(object, name[, default]) -> value|max(iterable, *[, default=obj, key=func]) -> value|"
            + "gethostbyname_ex(host) -> (name, aliaslist, addresslist)", firstLines);
        Assert.Contains("def lookup(object: typing.Any, name: typing.Any, default: typing.Any = ...) -> typing.Any:", stub);
        Assert.Contains("def largest(\n    iterable: typing.Any,\n    *,\n    default: typing.Any = ...,\n    key: typing.Any = ...,\n) -> typing.Any:", stub);
        Assert.Contains("def resolve(host: typing.Any) -> tuple[typing.Any, typing.Any, typing.Any]:", stub);
    }

    [Fact]
    public void UntypedClass_HasTheInstanceAttributesItsMethodsAssign_AsPythonSetsThem()
    {
        // PuLP's LpVariable.varValue and LpProblem.status exist only once __init__ or solve ran: no class object shows them.
        string problem = StubText.TopLevel(Normalizer.Stub("selfstate"), "class", "Problem");
        string setByPython = Normalizer.RunScript("""
            from selfstate import Problem
            problem = Problem("lp")
            problem.solve()
            result = ",".join(name for name in vars(problem) if not name.startswith("_"))
            """);

        Assert.Equal("name,status,objective,marked,solution_time", setByPython);
        Assert.Contains("class Problem:\n    name: typing.Any\n    status: typing.Any\n    objective: typing.Any\n    solution_time: typing.Any\n", problem);
        Assert.DoesNotContain("marked", problem);  // set through another name, in a nested function
        Assert.DoesNotContain("_cache", problem);
    }

    [Fact]
    public void Descriptors_AreWhatAnInstanceReads_NeverTheDescriptorObject()
    {
        // pandas' Series.str (an accessor: its class from the class, an instance of it from a series) and Index.is_unique
        // (a cache_readonly) were typed as the descriptor objects, which no value read from an instance converts to.
        string frame = StubText.TopLevel(Normalizer.Stub("descriptors"), "class", "Frame");
        string readByPython = Normalizer.RunScript("""
            from descriptors import Frame
            frame = Frame()
            result = ",".join(type(getattr(frame, name)).__name__ for name in ("loud", "odd", "unique"))
            """);

        Assert.Equal("Loud,Loud,bool", readByPython);
        Assert.Contains("    @property\n    def loud(self) -> Loud:", frame);
        Assert.Contains("    @property\n    def odd(self) -> typing.Any: ...\n", frame);  // Shifty's __new__ makes a Loud
        Assert.Contains("    @property\n    def unique(self) -> typing.Any:\n        \"\"\"Whether the values are unique.\"\"\"", frame);
        Assert.Contains("    @unique.setter\n", frame);
    }

    [Fact]
    public void ADescriptorGivingAFunctionFromItsClass_IsAMethod()
    {
        // scikit-learn's available_if (Pipeline.predict, score, predict_proba) was a property: Pipeline.Predict(x) did not
        // compile (CS1955). From an instance Python reads a bound method, and calls it.
        string frame = StubText.TopLevel(Normalizer.Stub("descriptors"), "class", "Frame");
        string calledByPython = Normalizer.RunScript("""
            from descriptors import Frame
            frame = Frame()
            result = type(frame.shout_if).__name__ + "," + frame.shout_if(volume=2)
            """);

        Assert.Equal("method,HIHI", calledByPython);
        Assert.Contains("    def shout_if(self, volume: int = 1) -> str:\n        \"\"\"Shouts, where the frame can.\"\"\"", frame);
        Assert.DoesNotContain("def shout_if(self) ->", frame);
    }

    [Fact]
    public void CClassMethodReadFromItsClass_KeepsEveryParameterAfterItsReceiver()
    {
        // igraph's Graph.Famous(name) lost `name`: read from the class, a C class method is a builtin method bound to
        // it, whose signature Python already gives without the receiver.
        string tally = StubText.TopLevel(Normalizer.Stub("receivers"), "class", "Tally");
        string pythonParameters = Normalizer.RunScript("import inspect\nresult = str(inspect.signature(dict.fromkeys))");

        Assert.Equal("(iterable, value=None, /)", pythonParameters);
        Assert.Contains("    @classmethod\n    def fromkeys(cls, iterable: typing.Any, value: typing.Any = None, /) -> typing.Any:", tally);
    }

    [Fact]
    public void AReceiverAnnotatedWithATypeVariable_MakesThatVariableTheMethodsOwnClass()
    {
        // pandas' def head(self: NDFrameT, n: int = 5) -> NDFrameT (Self before Python 3.11): the TypeVar became Any, so
        // DataFrame.head() returned a PyObject. Python itself gives a Table's head a Table.
        string stub = Normalizer.Stub("receivers");
        string frame = StubText.TopLevel(stub, "class", "Frame");
        string madeByPython = Normalizer.RunScript("""
            from receivers import Table
            table = Table()
            result = ",".join(type(made).__name__ for made in (table.head(), *table.align(table), Table.empty()))
            """);

        Assert.Equal("Table,Table,Table,Table", madeByPython);
        Assert.Contains("    def head(self, n: int = 5) -> typing.Self: ...", frame);
        Assert.Contains("    def align(self, other: typing.Self) -> tuple[typing.Self, typing.Self]: ...", frame);
        Assert.Contains("    @classmethod\n    def empty(cls, /) -> typing.Self: ...", frame);
        Assert.Contains("def identity(value: typing.Any) -> typing.Any:", stub);
    }

    [Fact]
    public void ClassMethodWithAParameterNamedCls_GetsAReceiverOfAnotherName()
    {
        // igraph's Graph.Isoclass(n, cls, directed=False): a receiver named cls made the stub malformed (PYB0005).
        string registry = StubText.TopLevel(Normalizer.Stub("receivers"), "class", "Registry");
        string pythonParameters = Normalizer.RunScript("import inspect\nfrom receivers import Registry\nresult = str(inspect.signature(Registry.register))");

        Assert.Equal("(cls, name='x')", pythonParameters);
        Assert.Contains("    @classmethod\n    def register(_cls, /, cls: typing.Any, name: typing.Any = 'x') -> typing.Any:", registry);
    }
}
