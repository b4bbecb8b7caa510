using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.IntegrationTests.Infrastructure;
using Xunit;

namespace PyBind.Gen.IntegrationTests;

/// <summary>
/// The generated call shapes against a module of the tests' own (<c>Fixtures/pybind_fixture.py</c>, stub beside it):
/// what is sent and what is not, how values come back, and what classes, enums and exceptions become.
/// </summary>
public class FixtureTests
{
    public FixtureTests() => FixtureModule.EnsureImportable();

    [Fact]
    public void OmittedOptionals_AreNotSent_SoPythonsDefaultsApply()
    {
        Assert.Equal("1|2.5|default|None|7", Fixture.Describe(1));
        Assert.Equal("1|4.0|default|None|7", Fixture.Describe(1, 4.0));
        Assert.Equal("1|4.0|x|None|7", Fixture.Describe(1, 4.0, "x"));
        Assert.Equal("1|2.5|x|None|7", Fixture.Describe(1, c: "x"));
        Assert.Equal("1|2.5|default|z|9", Fixture.Describe(1, d: "z", e: 9));
    }

    [Fact]
    public void NoneAndOmitted_AreDifferent_WhereTheDefaultIsNotNone()
    {
        Assert.Equal("axis=0", Fixture.AxisDefault());
        Assert.Equal("none", Fixture.AxisDefault(axis: null));
        Assert.Equal("axis=3", Fixture.AxisDefault(axis: 3));
    }

    [Fact]
    public void Varargs_AreParams_AndAKeywordOnlyParameterStillWorks()
    {
        Assert.Equal("a-b-c", Fixture.Concat("a", "b", "c"));
        Assert.Equal("a", Fixture.Concat("a"));
        Assert.Equal("a+b+c", Fixture.Concat("a", new[] { "b", "c" }, sep: "+"));
    }

    [Fact]
    public void Kwargs_AreAnOptionalDictionary()
    {
        Assert.Equal("n:", Fixture.Options("n"));
        Assert.Equal("n:x=1,y=2", Fixture.Options("n", new Dictionary<string, long> { ["y"] = 2, ["x"] = 1 }));
    }

    [Fact]
    public void AnyParameter_ConvertsByRunTimeType_AndNullIsNone()
    {
        Assert.Equal("int", Fixture.Kinds(1L));
        Assert.Equal("str", Fixture.Kinds("s"));
        Assert.Equal("list", Fixture.Kinds(new[] { 1.0 }));
        Assert.Equal("NoneType", Fixture.Kinds(null));
    }

    [Fact]
    public void AResultThatContradictsTheStub_NamesTheFunctionAndTheTypes()
    {
        var error = Assert.Throws<PyConversionException>(() => Fixture.WrongType());

        Assert.Contains("pybind_fixture.wrong_type()", error.Message, StringComparison.Ordinal);
        Assert.Equal("str", error.PythonTypeName);
        Assert.Contains("Int64", error.ClrTypeName, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_ComeBackAsTheNaturalCSharpTypes()
    {
        Assert.Equal(1L, Fixture.Maybe(true));
        Assert.Null(Fixture.Maybe(false));
        Assert.Equal((1L, "one"), Fixture.Pair());

        IDictionary<string, long> counts = Fixture.Counts(["a", "b", "a"]);
        Assert.Equal(2L, counts["a"]);
        Assert.Equal(1L, counts["b"]);

        ISet<long> unique = Fixture.Unique([1, 1, 2]);
        Assert.Equal(2, unique.Count);
        Assert.Contains(2L, unique);

        using PyIterator<long> lazy = Fixture.Lazy(4);
        Assert.Equal([0L, 1L, 4L, 9L], lazy.ToArray());
    }

    [Fact]
    public void AnyOrNone_IsNullForNone()
    {
        Assert.Null(Fixture.MaybeAnything(false));
        using PyObject? something = Fixture.MaybeAnything(true);
        Assert.NotNull(something);
        Assert.Equal(Python.Eval<string>("repr(__import__('pybind_fixture').maybe_anything(True))"), something.Repr());
    }

    [Fact]
    public void AListResult_IsALiveView()
    {
        IList<long> numbers = Fixture.Numbers();
        numbers.Add(4);

        Assert.Equal([1L, 2L, 3L, 4L], Fixture.Numbers());
        numbers.RemoveAt(3);
    }

    [Fact]
    public void IntEnums_AreCSharpEnums_BothWays()
    {
        Assert.Equal(Fixture.Color.Green, Fixture.Paint(Fixture.Color.Red));
        Assert.Equal(Fixture.Color.Red, Fixture.Paint(Fixture.Color.Green));
    }

    [Fact]
    public void GeneratedClassesAndEnums_AreKnownToAs_ByHand()
    {
        // Registered by the binding's module initializer, without any member of theirs users would see.
        using PyObject square = Python.Eval("__import__('pybind_fixture').Square('sq')");
        using Fixture.Square typed = square.As<Fixture.Square>();
        Assert.Equal(Python.Eval<string>("__import__('pybind_fixture').Square('sq').describe()"), typed.Describe());
        Assert.Equal(Fixture.Color.Green, Python.Eval("__import__('pybind_fixture').Color.GREEN").As<Fixture.Color>());
        Assert.Throws<PyConversionException>(() => Python.Eval("'not a shape'").As<Fixture.Shape>());
    }

    [Fact]
    public async System.Threading.Tasks.Task Coroutines_AreTasks()
    {
        long result = await Fixture.DoubledLater(21);

        Assert.Equal(42L, result);
    }

    [Fact]
    public void ModuleExceptions_AreGeneratedClasses_WithTheirAttributes()
    {
        Fixture.FixtureError error = Assert.Throws<Fixture.FixtureError>(() => Fixture.Fail(7));

        Assert.Equal(7L, error.Code);
        Assert.Equal("failed with 7", error.PythonMessage);
        Assert.IsAssignableFrom<PyValueError>(error);
    }

    [Fact]
    public void Constants_AreStaticProperties()
    {
        Assert.Equal(10L, Fixture.Limit);
        Assert.Equal("1.2.3", Fixture.Version);
    }

    [Fact]
    public void Classes_HaveConstructorsPropertiesMethodsAndStaticMembers()
    {
        using var triangle = new Fixture.Shape("tri");
        using var hexagon = new Fixture.Shape("hex", sides: 6);

        Assert.Equal(3L, triangle.Sides);
        Assert.Equal("tri", triangle.Name);
        triangle.Name = "triangle";
        Assert.Equal("triangle", triangle.Name);
        hexagon.Sides = 5;
        Assert.Equal("shape hex with 5 sides", hexagon.Describe());
        Assert.Equal("a triangle with 3 sides", triangle.Describe(prefix: "a"));

        using Fixture.Shape unit = Fixture.Shape.Unit();
        using Fixture.Shape named = Fixture.Shape.Named("n");
        Assert.Equal("unit", unit.Name);
        Assert.Equal("n", named.Name);
    }

    [Fact]
    public void CallableObjectWithAnUntypedCall_IsAPropertyOfItsClass_WithItsMethodsAndInvoke()
    {
        // Fixture.Uniform is scipy.stats.norm's shape: users call its class's methods, and calling it freezes it.
        using Fixture.Distribution uniform = Fixture.Uniform;

        Assert.Equal(Python.Eval<double>("__import__('pybind_fixture').uniform.cdf(0.25)"), uniform.Cdf(0.25));
        Assert.Equal(Python.Eval<string>("__import__('pybind_fixture').uniform(2, scale=3)"), uniform.Invoke(args: [2L], kwds: new Dictionary<string, object?> { ["scale"] = 3L }).As<string>());
        Assert.Equal("pybind_fixture._UniformGen", uniform.PythonTypeName);
    }

    [Fact]
    public void DunderMethods_AreOperatorsIndexersEnumerationCountAndInvoke()
    {
        using var triangle = new Fixture.Shape("t");
        using var square = new Fixture.Square("s");

        using Fixture.Shape combined = triangle + square;
        Assert.Equal("t+s", combined.Name);
        Assert.Equal(7, combined.Count);
        Assert.Equal("t[2]", triangle[2]);
        Assert.Equal(["t0", "t1", "t2"], triangle.ToList());
        Assert.Equal(12L, square.Invoke(3));
    }

    [Fact]
    public void Subclasses_DeriveFromTheirBase_AndOverridesDispatchInPython()
    {
        using var square = new Fixture.Square("sq");
        Fixture.Shape shape = square;

        Assert.Equal("square sq with 4 sides", shape.Describe());
        Assert.Equal(4L, shape.Sides);
    }
}
