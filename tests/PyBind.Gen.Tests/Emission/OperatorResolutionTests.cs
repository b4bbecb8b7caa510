using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Emission;

/// <summary>
/// The runtime's <c>PyObject</c> operators (Python's, for untyped values) beside the operators generated from real stubs
/// (numpy's ndarray, datetime's timedelta, fractions' Fraction, decimal's Decimal): C# looks at an operand's base class only
/// when the operand's own class declares no applicable operator, so every expression a class's operators typed before
/// still binds to them (no CS0034, no other meaning), and the others reach Python through <c>PyObject</c>'s.
/// </summary>
public class OperatorResolutionTests
{
    private const string Expressions = """
        using PyBind;
        namespace App.Ops;
        [PyImport("numpy")] public static partial class Np;
        [PyImport("datetime")] public static partial class Dt;
        [PyImport("fractions")] public static partial class Fr;
        [PyImport("decimal")] public static partial class Dec;
        public static class Uses
        {
            public static void M(Np.Ndarray a, Dt.Timedelta td, Fr.Fraction f, Dec.Decimal d, PyObject o, PyObject p)
            {
                var arrayPlusInt = a + 1;
                var arrayTimesDouble = a * 2.5;
                var intMinusArray = 1 - a;
                var arrayLessInt = a < 3;
                var arrayPlusObject = a + o;
                var objectPlusArray = o + a;
                var arrayTimesArray = a * a;
                var timedeltaTimesInt = td * 2;
                var intTimesTimedelta = 2 * td;
                var timedeltaPlusTimeSpan = td + System.TimeSpan.FromHours(1);
                var timedeltaLessTimeSpan = td < System.TimeSpan.Zero;
                var timedeltaPlusTimedelta = td + td;
                var timedeltaTimesTimedelta = td * td;
                var timedeltaTimesObject = td * o;
                var fractionPlusInt = f + 1;
                var intPlusFraction = 1 + f;
                var fractionTimesFraction = f * f;
                var fractionPlusDouble = f + 1.5;
                Fr.Fraction typedFractionSum = f + 1 - 2 * f;
                var decimalPlusInt = d + 1;
                var decimalLessDecimal = d < d;
                var objectTimesInt = o * 2;
                var intTimesObject = 2 * o;
                var objectDividedByDouble = o / 2.5;
                var objectMinusObject = o - p;
                var negatedObject = -o;
                var invertedObject = ~o;
                var objectAndBool = o & true;
                var objectShiftedLeft = o << 2;
                var objectLessInt = o < 3;
                var doubleGreaterEqualObject = 1.5 >= o;
                var textPlusObject = "a" + o;
                var objectPlusText = o + "a";
                var objectEqualsObject = o == p;
            }
        }
        """;

    private static readonly Lazy<(GeneratorHarness Harness, Dictionary<string, string> Bindings)> s_bound = new(() =>
    {
        GeneratorHarness harness = GeneratorHarness.Create([Expressions], StubsCache.All());
        SyntaxTree uses = harness.OutputCompilation.SyntaxTrees.First();
        SemanticModel model = harness.OutputCompilation.GetSemanticModel(uses);
        var bindings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (VariableDeclaratorSyntax local in uses.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>())
        {
            IOperation operation = model.GetOperation(local.Initializer!.Value)!;
            IMethodSymbol? method = operation switch
            {
                IBinaryOperation binary => binary.OperatorMethod,
                IUnaryOperation unary => unary.OperatorMethod,
                _ => null,
            };
            bindings[local.Identifier.Text] = method is null
                ? "C# " + operation.Type!.ToDisplayString()
                : $"{method.ContainingType.Name}.{method.Name}({string.Join(", ", method.Parameters.Select(p => Display(p.Type)))}) -> {Display(method.ReturnType)}";
        }

        return (harness, bindings);
    });

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    [Fact]
    public void EveryExpression_Compiles()
    {
        GeneratorHarness harness = s_bound.Value.Harness;
        SyntaxTree uses = harness.OutputCompilation.SyntaxTrees.First();

        Assert.Empty(harness.OutputCompilation.GetDiagnostics().Where(d => d.Location.SourceTree == uses && d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("arrayPlusInt", "Ndarray.op_Addition(Ndarray, long) -> Ndarray")]
    [InlineData("arrayTimesDouble", "Ndarray.op_Multiply(Ndarray, double) -> Ndarray")]
    [InlineData("intMinusArray", "Ndarray.op_Subtraction(long, Ndarray) -> Ndarray")]
    [InlineData("arrayLessInt", "Ndarray.op_LessThan(Ndarray, long) -> Ndarray")]
    [InlineData("arrayPlusObject", "Ndarray.op_Addition(Ndarray, PyObject) -> Ndarray")]
    [InlineData("arrayTimesArray", "Ndarray.op_Multiply(Ndarray, Ndarray) -> Ndarray")]
    [InlineData("timedeltaTimesInt", "Timedelta.op_Multiply(Timedelta, double) -> TimeSpan")]
    [InlineData("intTimesTimedelta", "Timedelta.op_Multiply(double, Timedelta) -> TimeSpan")]
    [InlineData("timedeltaPlusTimeSpan", "Timedelta.op_Addition(Timedelta, TimeSpan) -> TimeSpan")]
    [InlineData("timedeltaLessTimeSpan", "Timedelta.op_LessThan(Timedelta, TimeSpan) -> bool")]
    [InlineData("fractionPlusInt", "Fraction.op_Addition(Fraction, long) -> Fraction")]
    [InlineData("intPlusFraction", "Fraction.op_Addition(long, Fraction) -> Fraction")]
    [InlineData("fractionTimesFraction", "Fraction.op_Multiply(Fraction, Fraction) -> Fraction")]
    [InlineData("fractionPlusDouble", "Fraction.op_Addition(Fraction, double) -> double")]
    [InlineData("typedFractionSum", "Fraction.op_Subtraction(Fraction, Fraction) -> Fraction")]
    [InlineData("decimalPlusInt", "Decimal.op_Addition(Decimal, long) -> decimal")]
    [InlineData("decimalLessDecimal", "Decimal.op_LessThan(Decimal, Decimal) -> bool")]
    public void WhereAGeneratedClassHasAnApplicableOperator_ItsOwnBinds(string local, string expected)
    {
        Assert.Equal(expected, s_bound.Value.Bindings[local]);
    }

    // timedelta's own operators take the TimeSpan its stub's `timedelta` maps to: two Timedelta wrappers, and a timedelta
    // times a timedelta (which its stub refuses), were compile errors and now reach Python, which decides.
    [Theory]
    [InlineData("objectPlusArray", "PyObject.op_Addition(PyObject, PyObject) -> PyObject")]
    [InlineData("timedeltaPlusTimedelta", "PyObject.op_Addition(PyObject, PyObject) -> PyObject")]
    [InlineData("timedeltaTimesTimedelta", "PyObject.op_Multiply(PyObject, PyObject) -> PyObject")]
    [InlineData("timedeltaTimesObject", "PyObject.op_Multiply(PyObject, PyObject) -> PyObject")]
    [InlineData("objectTimesInt", "PyObject.op_Multiply(PyObject, long) -> PyObject")]
    [InlineData("intTimesObject", "PyObject.op_Multiply(long, PyObject) -> PyObject")]
    [InlineData("objectDividedByDouble", "PyObject.op_Division(PyObject, double) -> PyObject")]
    [InlineData("objectMinusObject", "PyObject.op_Subtraction(PyObject, PyObject) -> PyObject")]
    [InlineData("negatedObject", "PyObject.op_UnaryNegation(PyObject) -> PyObject")]
    [InlineData("invertedObject", "PyObject.op_OnesComplement(PyObject) -> PyObject")]
    [InlineData("objectAndBool", "PyObject.op_BitwiseAnd(PyObject, bool) -> PyObject")]
    [InlineData("objectShiftedLeft", "PyObject.op_LeftShift(PyObject, long) -> PyObject")]
    [InlineData("objectLessInt", "PyObject.op_LessThan(PyObject, long) -> PyObject")]
    [InlineData("doubleGreaterEqualObject", "PyObject.op_GreaterThanOrEqual(double, PyObject) -> PyObject")]
    public void WhereNoGeneratedOperatorApplies_PyObjectsPythonOperatorBinds(string local, string expected)
    {
        Assert.Equal(expected, s_bound.Value.Bindings[local]);
    }

    [Theory]
    [InlineData("textPlusObject", "C# string")]
    [InlineData("objectPlusText", "C# string")]
    [InlineData("objectEqualsObject", "C# bool")]
    public void StringConcatenationAndReferenceEquality_StayCSharps(string local, string expected)
    {
        Assert.Equal(expected, s_bound.Value.Bindings[local]);
    }
}
