using System;
using System.Collections.Generic;
using System.IO;
using PyBind.Gen.IntegrationTests.Infrastructure;
using Xunit;

namespace PyBind.Gen.IntegrationTests;

/// <summary>
/// Bad input at every boundary of a generated binding: results that contradict their stub, arguments Python rejects,
/// and stubs that promise what the installed module (<c>Fixtures/pybind_stale.py</c>) or interpreter does not have
/// (<c>pybind_absent</c> has a stub and no module). Each is a .NET exception whose message names the Python function,
/// the types involved and what to do; none crashes, and the next call works.
/// </summary>
public class BadInputTests
{
    private const string StaleStubAdvice = "regenerate the stub";
    private const string ResultAdvice = "correct the annotation in the stub";

    public BadInputTests() => FixtureModule.EnsureImportable();

    public static TheoryData<string, Func<object?>, string, string> ResultsThatContradictTheStub => new()
    {
        // function, call, the C# type the stub gave, the Python type the function returned
        { "pybind_stale.str_for_int", () => Stale.StrForInt(), "System.Int64", "str" },
        { "pybind_stale.none_for_int", () => Stale.NoneForInt(), "System.Int64", "NoneType" },
        { "pybind_stale.none_for_str", () => Stale.NoneForStr(), "System.String", "NoneType" },
        { "pybind_stale.none_for_widget", () => Stale.NoneForWidget(), "PyBind.Gen.IntegrationTests.Stale.Widget", "NoneType" },
        { "pybind_stale.int_for_widget", () => Stale.IntForWidget(), "PyBind.Gen.IntegrationTests.Stale.Widget", "int" },
        { "pybind_stale.float_for_int", () => Stale.FloatForInt(), "System.Int64", "float" },
        { "pybind_stale.nan_for_int", () => Stale.NanForInt(), "System.Int64", "float" },
        { "pybind_stale.int_for_list", () => Stale.IntForList(), "System.Collections.Generic.IList<System.Int64>", "int" },
        { "pybind_stale.str_for_float", () => Stale.StrForFloat(), "System.Double", "str" },
        { "pybind_stale.int_for_bool", () => Stale.IntForBool(), "System.Boolean", "int" },
    };

    [Theory]
    [MemberData(nameof(ResultsThatContradictTheStub))]
    public void ResultOfTheWrongType_IsAConversionErrorNamingFunctionTypesAndFix_AndTheNextCallWorks(
        string function, Func<object?> call, string clrType, string pythonType)
    {
        var error = Assert.Throws<PyConversionException>(call);

        Assert.Equal(clrType, error.ClrTypeName);
        Assert.Equal(pythonType, error.PythonTypeName);
        Assert.Equal($"the return value of {function}()", error.Context);
        Assert.Contains($"{function}()", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Python {pythonType} ", error.Message, StringComparison.Ordinal);
        Assert.Contains(clrType, error.Message, StringComparison.Ordinal);
        Assert.Contains(ResultAdvice, error.Message, StringComparison.Ordinal);
        Assert.Equal(Python.Eval<long>("41 + 1"), Stale.Present(41));
    }

    [Fact]
    public void ResultTooLargeForItsInteger_IsAnOverflowNamingTheFunction_AndTheNextCallWorks()
    {
        var error = Assert.Throws<OverflowException>(() => Stale.HugeForInt());

        Assert.StartsWith("the return value of pybind_stale.huge_for_int(): ", error.Message, StringComparison.Ordinal);
        Assert.Contains(Python.Eval<string>("str(2 ** 70)"), error.Message, StringComparison.Ordinal);
        Assert.Contains("System.Int64", error.Message, StringComparison.Ordinal);
        Assert.Contains("typing.Any", error.Message, StringComparison.Ordinal);
        Assert.Equal(42L, Stale.Present(41));
    }

    [Fact]
    public void ArgumentWithNoPythonEquivalent_NamesTheParameterTheFunctionAndTheType()
    {
        // Any object crosses as a proxy now; a delegate with a by-reference parameter is what Python cannot be given.
        var error = Assert.Throws<PyConversionException>(() => Stale.Echo(new ByReference((ref int value) => value++)));

        Assert.Equal("argument 'value' of pybind_stale.echo()", error.Context);
        Assert.Equal(typeof(ByReference).FullName, error.ClrTypeName);
        Assert.Contains("cannot become a Python function", error.Message, StringComparison.Ordinal);
        using PyObject echoed = Stale.Echo(7L);
        Assert.Equal(7L, echoed.As<long>());
        var stream = new MemoryStream();
        using PyObject proxy = Stale.Echo(stream);
        Assert.Same(stream, proxy.As<MemoryStream>());
    }

    /// <summary>A delegate Python cannot call (a by-reference parameter).</summary>
    private delegate void ByReference(ref int value);

    [Fact]
    public void ArgumentPythonRejects_HugeIntoACInt_IsPythonsOwnErrorNamingTheFunction()
    {
        // chr() takes a C int: Python itself refuses the value (the C# parameter, a long, holds it fine). Which error
        // depends on the version (OverflowError up to 3.12, ValueError from 3.13): the test asks Python.
        var error = Assert.ThrowsAny<PythonException>(() => Stale.SmallInt(long.MaxValue));
        var direct = Assert.ThrowsAny<PythonException>(() => Builtins.Chr(long.MaxValue));

        (string type, string message) = PythonError("chr(2 ** 63 - 1)");
        Assert.Equal(type, error.PythonTypeName);
        Assert.Equal(message, error.PythonMessage);
        Assert.Equal(type, direct.PythonTypeName);
        Assert.Contains("raised in a call to pybind_stale.small_int()", error.Message, StringComparison.Ordinal);
        Assert.Contains("raised in a call to builtins.chr()", direct.Message, StringComparison.Ordinal);
        Assert.Equal(Python.Eval<string>("chr(65)"), Stale.SmallInt(65));
    }

    [Fact]
    public void ValuePythonRejects_IsPythonsErrorNamingTheFunction()
    {
        var error = Assert.Throws<PyValueError>(() => PyMath.Isqrt(-1));

        Assert.Equal(PythonError("__import__('math').isqrt(-1)"), ("ValueError", error.PythonMessage));
        Assert.Contains("raised in a call to math.isqrt()", error.Message, StringComparison.Ordinal);
        Assert.Equal(Python.Eval<long>("__import__('math').isqrt(17)"), PyMath.Isqrt(17));
    }

    [Fact]
    public void NullForACallback_IsPythonsTypeErrorNamingTheFunction()
    {
        var error = Assert.Throws<PyTypeError>(() => Stress.Apply(null!, 1));

        Assert.Contains("'NoneType' object is not callable", error.Message, StringComparison.Ordinal);
        Assert.Contains("pybind_stress.apply()", error.Message, StringComparison.Ordinal);
        Assert.Equal(3L, Stress.Apply(x => x + 2, 1));
    }

    public static TheoryData<string, string, Action> MembersTheModuleLacks => new()
    {
        // what the stub promises, the attribute Python lacks, a use of it
        { "pybind_stale.removed", "removed", () => Stale.Removed(1) },
        { "pybind_stale.REMOVED_CONSTANT", "REMOVED_CONSTANT", () => _ = Stale.RemovedConstant },
        { "pybind_stale.Gone", "Gone", () => _ = new Stale.Gone() },
    };

    [Theory]
    [MemberData(nameof(MembersTheModuleLacks))]
    public void MemberInTheStubButNotInTheModule_SaysTheStubIsStaleAndWhatToDo_AndTheNextCallWorks(string member, string attribute, Action use)
    {
        var error = Assert.Throws<PyAttributeError>(use);

        Assert.Equal($"module 'pybind_stale' has no attribute '{attribute}'", error.PythonMessage);
        Assert.Contains($"{member} is in the stub but not in the installed module 'pybind_stale'", error.Message, StringComparison.Ordinal);
        Assert.Contains("pybind_stale.py", error.Message, StringComparison.Ordinal);
        Assert.Contains(StaleStubAdvice, error.Message, StringComparison.Ordinal);
        // Asked again, the same answer (nothing half-resolved was kept), and the rest of the module works.
        Assert.Equal(error.Message, Assert.Throws<PyAttributeError>(use).Message);
        Assert.Equal(42L, Stale.Present(41));
    }

    [Fact]
    public void MethodInTheStubButNotInTheClass_SaysTheStubIsStaleAndWhatToDo()
    {
        using var widget = new Stale.Widget(3);

        var error = Assert.Throws<PyAttributeError>(() => widget.RemovedMethod());

        Assert.Equal("'Widget' object has no attribute 'removed_method'", error.PythonMessage);
        Assert.Contains("pybind_stale.Widget.removed_method is in the stub", error.Message, StringComparison.Ordinal);
        Assert.Contains(StaleStubAdvice, error.Message, StringComparison.Ordinal);
        Assert.Equal(3L, widget.Size);
    }

    [Fact]
    public void ModuleWithAStubButNotInstalled_SaysWhichInterpreterLacksItAndWhatToDo_AndOthersStillWork()
    {
        var error = Assert.Throws<PyModuleNotFoundError>(() => Absent.Anything(1));

        Assert.Equal("No module named 'pybind_absent'", error.PythonMessage);
        Assert.Contains("pybind_absent.anything is bound by a stub", error.Message, StringComparison.Ordinal);
        Assert.Contains(Python.Info.Version.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("Install the module for this interpreter", error.Message, StringComparison.Ordinal);
        Assert.Equal(42L, Stale.Present(41));
    }

    [Fact]
    public void ExceptionFromACallback_ComesBackAsItself_WithoutContextAdded()
    {
        var thrown = new InvalidOperationException("from the callback");

        var caught = Assert.Throws<InvalidOperationException>(() => Stress.Apply(_ => throw thrown, 1));

        Assert.Same(thrown, caught);
        Assert.Equal("from the callback", caught.Message);
    }

    [Fact]
    public void ManyFailuresInARow_LeaveTheProcessWorking()
    {
        var failures = new List<Action>
        {
            () => Stale.StrForInt(), () => Stale.HugeForInt(), () => Stale.Removed(1), () => Absent.Anything(1),
            () => Stale.SmallInt(long.MaxValue), () => Stale.Echo(new ByReference((ref int value) => value++)),
        };
        for (int round = 0; round < 200; round++)
        {
            foreach (Action failure in failures)
                Assert.ThrowsAny<Exception>(failure);
        }
        Assert.Equal(Python.Eval<long>("sum(range(100))"), Stress.Add(4950, 0));
    }

    /// <summary>The type and str() of the exception Python raises evaluating <paramref name="expression"/>.</summary>
    private static (string Type, string Message) PythonError(string expression)
    {
        using PyScope scope = Python.CreateScope();
        scope.Run($"try:\n    {expression}\n    error = None\nexcept Exception as e:\n    error = (type(e).__name__, str(e))");
        return scope.Get<(string, string)>("error");
    }
}
