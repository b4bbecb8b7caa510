using System;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

// Python's operators on any object, through the number protocol and rich comparison (what Python's own `a + b` runs:
// __add__, then the other operand's __radd__, NotImplemented, a TypeError when neither takes it). A generated class's
// own operators win wherever one applies: C# looks at an operand's base class only when the operand's class declares
// no applicable operator, so these serve PyObject-typed values and the operands a stub's operators do not list.
// Shapes: the other operand is a PyObject, a long (int and smaller convert to it, before double) or a double; a bool
// for & | ^. No string: `obj + "s"` and `"s" + obj` stay C#'s concatenation. `==` stays reference equality (Equals is
// Python's); `^` is Python's xor, and Python's ** is Pow. A null operand is Python's None.
public unsafe partial class PyObject
{
    /// <summary>Python's <c>left + right</c>.</summary>
    /// <exception cref="PyTypeError">Python refuses the operands.</exception>
    public static PyObject operator +(PyObject left, PyObject right) => Apply(&PyNumber_Add, left, right);

    /// <inheritdoc cref="op_Addition(PyObject, PyObject)"/>
    public static PyObject operator +(PyObject left, long right) => Apply(&PyNumber_Add, left, right);

    /// <inheritdoc cref="op_Addition(PyObject, PyObject)"/>
    public static PyObject operator +(long left, PyObject right) => Apply(&PyNumber_Add, left, right);

    /// <inheritdoc cref="op_Addition(PyObject, PyObject)"/>
    public static PyObject operator +(PyObject left, double right) => Apply(&PyNumber_Add, left, right);

    /// <inheritdoc cref="op_Addition(PyObject, PyObject)"/>
    public static PyObject operator +(double left, PyObject right) => Apply(&PyNumber_Add, left, right);

    /// <summary>Python's <c>left - right</c>.</summary>
    /// <exception cref="PyTypeError">Python refuses the operands.</exception>
    public static PyObject operator -(PyObject left, PyObject right) => Apply(&PyNumber_Subtract, left, right);

    /// <inheritdoc cref="op_Subtraction(PyObject, PyObject)"/>
    public static PyObject operator -(PyObject left, long right) => Apply(&PyNumber_Subtract, left, right);

    /// <inheritdoc cref="op_Subtraction(PyObject, PyObject)"/>
    public static PyObject operator -(long left, PyObject right) => Apply(&PyNumber_Subtract, left, right);

    /// <inheritdoc cref="op_Subtraction(PyObject, PyObject)"/>
    public static PyObject operator -(PyObject left, double right) => Apply(&PyNumber_Subtract, left, right);

    /// <inheritdoc cref="op_Subtraction(PyObject, PyObject)"/>
    public static PyObject operator -(double left, PyObject right) => Apply(&PyNumber_Subtract, left, right);

    /// <summary>Python's <c>left * right</c>.</summary>
    /// <exception cref="PyTypeError">Python refuses the operands.</exception>
    public static PyObject operator *(PyObject left, PyObject right) => Apply(&PyNumber_Multiply, left, right);

    /// <inheritdoc cref="op_Multiply(PyObject, PyObject)"/>
    public static PyObject operator *(PyObject left, long right) => Apply(&PyNumber_Multiply, left, right);

    /// <inheritdoc cref="op_Multiply(PyObject, PyObject)"/>
    public static PyObject operator *(long left, PyObject right) => Apply(&PyNumber_Multiply, left, right);

    /// <inheritdoc cref="op_Multiply(PyObject, PyObject)"/>
    public static PyObject operator *(PyObject left, double right) => Apply(&PyNumber_Multiply, left, right);

    /// <inheritdoc cref="op_Multiply(PyObject, PyObject)"/>
    public static PyObject operator *(double left, PyObject right) => Apply(&PyNumber_Multiply, left, right);

    /// <summary>Python's <c>left / right</c> (true division: <c>1 / 2</c> is <c>0.5</c>).</summary>
    /// <exception cref="PyTypeError">Python refuses the operands.</exception>
    /// <exception cref="PyZeroDivisionError">The divisor is zero.</exception>
    public static PyObject operator /(PyObject left, PyObject right) => Apply(&PyNumber_TrueDivide, left, right);

    /// <inheritdoc cref="op_Division(PyObject, PyObject)"/>
    public static PyObject operator /(PyObject left, long right) => Apply(&PyNumber_TrueDivide, left, right);

    /// <inheritdoc cref="op_Division(PyObject, PyObject)"/>
    public static PyObject operator /(long left, PyObject right) => Apply(&PyNumber_TrueDivide, left, right);

    /// <inheritdoc cref="op_Division(PyObject, PyObject)"/>
    public static PyObject operator /(PyObject left, double right) => Apply(&PyNumber_TrueDivide, left, right);

    /// <inheritdoc cref="op_Division(PyObject, PyObject)"/>
    public static PyObject operator /(double left, PyObject right) => Apply(&PyNumber_TrueDivide, left, right);

    /// <summary>Python's <c>left % right</c> (the result takes the divisor's sign, as in Python).</summary>
    /// <exception cref="PyTypeError">Python refuses the operands.</exception>
    /// <exception cref="PyZeroDivisionError">The divisor is zero.</exception>
    public static PyObject operator %(PyObject left, PyObject right) => Apply(&PyNumber_Remainder, left, right);

    /// <inheritdoc cref="op_Modulus(PyObject, PyObject)"/>
    public static PyObject operator %(PyObject left, long right) => Apply(&PyNumber_Remainder, left, right);

    /// <inheritdoc cref="op_Modulus(PyObject, PyObject)"/>
    public static PyObject operator %(long left, PyObject right) => Apply(&PyNumber_Remainder, left, right);

    /// <inheritdoc cref="op_Modulus(PyObject, PyObject)"/>
    public static PyObject operator %(PyObject left, double right) => Apply(&PyNumber_Remainder, left, right);

    /// <inheritdoc cref="op_Modulus(PyObject, PyObject)"/>
    public static PyObject operator %(double left, PyObject right) => Apply(&PyNumber_Remainder, left, right);

    /// <summary>Python's <c>left &amp; right</c>.</summary>
    /// <exception cref="PyTypeError">Python refuses the operands.</exception>
    public static PyObject operator &(PyObject left, PyObject right) => Apply(&PyNumber_And, left, right);

    /// <inheritdoc cref="op_BitwiseAnd(PyObject, PyObject)"/>
    public static PyObject operator &(PyObject left, long right) => Apply(&PyNumber_And, left, right);

    /// <inheritdoc cref="op_BitwiseAnd(PyObject, PyObject)"/>
    public static PyObject operator &(long left, PyObject right) => Apply(&PyNumber_And, left, right);

    /// <inheritdoc cref="op_BitwiseAnd(PyObject, PyObject)"/>
    public static PyObject operator &(PyObject left, bool right) => Apply(&PyNumber_And, left, right);

    /// <inheritdoc cref="op_BitwiseAnd(PyObject, PyObject)"/>
    public static PyObject operator &(bool left, PyObject right) => Apply(&PyNumber_And, left, right);

    /// <summary>Python's <c>left | right</c>.</summary>
    /// <exception cref="PyTypeError">Python refuses the operands.</exception>
    public static PyObject operator |(PyObject left, PyObject right) => Apply(&PyNumber_Or, left, right);

    /// <inheritdoc cref="op_BitwiseOr(PyObject, PyObject)"/>
    public static PyObject operator |(PyObject left, long right) => Apply(&PyNumber_Or, left, right);

    /// <inheritdoc cref="op_BitwiseOr(PyObject, PyObject)"/>
    public static PyObject operator |(long left, PyObject right) => Apply(&PyNumber_Or, left, right);

    /// <inheritdoc cref="op_BitwiseOr(PyObject, PyObject)"/>
    public static PyObject operator |(PyObject left, bool right) => Apply(&PyNumber_Or, left, right);

    /// <inheritdoc cref="op_BitwiseOr(PyObject, PyObject)"/>
    public static PyObject operator |(bool left, PyObject right) => Apply(&PyNumber_Or, left, right);

    /// <summary>Python's <c>left ^ right</c> (exclusive or, as in C#; Python's power is <see cref="Pow(PyObject)"/>).</summary>
    /// <exception cref="PyTypeError">Python refuses the operands.</exception>
    public static PyObject operator ^(PyObject left, PyObject right) => Apply(&PyNumber_Xor, left, right);

    /// <inheritdoc cref="op_ExclusiveOr(PyObject, PyObject)"/>
    public static PyObject operator ^(PyObject left, long right) => Apply(&PyNumber_Xor, left, right);

    /// <inheritdoc cref="op_ExclusiveOr(PyObject, PyObject)"/>
    public static PyObject operator ^(long left, PyObject right) => Apply(&PyNumber_Xor, left, right);

    /// <inheritdoc cref="op_ExclusiveOr(PyObject, PyObject)"/>
    public static PyObject operator ^(PyObject left, bool right) => Apply(&PyNumber_Xor, left, right);

    /// <inheritdoc cref="op_ExclusiveOr(PyObject, PyObject)"/>
    public static PyObject operator ^(bool left, PyObject right) => Apply(&PyNumber_Xor, left, right);

    /// <summary>Python's <c>left &lt;&lt; right</c> (C# lets only the left operand be the declaring type).</summary>
    /// <exception cref="PyTypeError">Python refuses the operands.</exception>
    public static PyObject operator <<(PyObject left, PyObject right) => Apply(&PyNumber_Lshift, left, right);

    /// <inheritdoc cref="op_LeftShift(PyObject, PyObject)"/>
    public static PyObject operator <<(PyObject left, long right) => Apply(&PyNumber_Lshift, left, right);

    /// <summary>Python's <c>left &gt;&gt; right</c>.</summary>
    /// <exception cref="PyTypeError">Python refuses the operands.</exception>
    public static PyObject operator >>(PyObject left, PyObject right) => Apply(&PyNumber_Rshift, left, right);

    /// <inheritdoc cref="op_RightShift(PyObject, PyObject)"/>
    public static PyObject operator >>(PyObject left, long right) => Apply(&PyNumber_Rshift, left, right);

    /// <summary>Python's <c>-value</c>.</summary>
    /// <exception cref="PyTypeError">The object has no negation.</exception>
    public static PyObject operator -(PyObject value) => Apply(&PyNumber_Negative, value);

    /// <summary>Python's <c>+value</c>.</summary>
    /// <exception cref="PyTypeError">The object has no unary plus.</exception>
    public static PyObject operator +(PyObject value) => Apply(&PyNumber_Positive, value);

    /// <summary>Python's <c>~value</c>.</summary>
    /// <exception cref="PyTypeError">The object has no inversion.</exception>
    public static PyObject operator ~(PyObject value) => Apply(&PyNumber_Invert, value);

    /// <summary>
    /// Python's <c>left &lt; right</c>: whatever Python returns (a <c>bool</c>, numpy's array of them, sympy's
    /// <c>StrictLessThan</c>, PuLP's constraint); <c>.As&lt;bool&gt;()</c> reads a truth value.
    /// </summary>
    /// <exception cref="PyTypeError">Python does not order the operands.</exception>
    public static PyObject operator <(PyObject left, PyObject right) => Apply(&LessThan, left, right);

    /// <inheritdoc cref="op_LessThan(PyObject, PyObject)"/>
    public static PyObject operator <(PyObject left, long right) => Apply(&LessThan, left, right);

    /// <inheritdoc cref="op_LessThan(PyObject, PyObject)"/>
    public static PyObject operator <(long left, PyObject right) => Apply(&LessThan, left, right);

    /// <inheritdoc cref="op_LessThan(PyObject, PyObject)"/>
    public static PyObject operator <(PyObject left, double right) => Apply(&LessThan, left, right);

    /// <inheritdoc cref="op_LessThan(PyObject, PyObject)"/>
    public static PyObject operator <(double left, PyObject right) => Apply(&LessThan, left, right);

    /// <summary>Python's <c>left &gt; right</c>; see <see cref="op_LessThan(PyObject, PyObject)"/>.</summary>
    /// <exception cref="PyTypeError">Python does not order the operands.</exception>
    public static PyObject operator >(PyObject left, PyObject right) => Apply(&GreaterThan, left, right);

    /// <inheritdoc cref="op_GreaterThan(PyObject, PyObject)"/>
    public static PyObject operator >(PyObject left, long right) => Apply(&GreaterThan, left, right);

    /// <inheritdoc cref="op_GreaterThan(PyObject, PyObject)"/>
    public static PyObject operator >(long left, PyObject right) => Apply(&GreaterThan, left, right);

    /// <inheritdoc cref="op_GreaterThan(PyObject, PyObject)"/>
    public static PyObject operator >(PyObject left, double right) => Apply(&GreaterThan, left, right);

    /// <inheritdoc cref="op_GreaterThan(PyObject, PyObject)"/>
    public static PyObject operator >(double left, PyObject right) => Apply(&GreaterThan, left, right);

    /// <summary>Python's <c>left &lt;= right</c>; see <see cref="op_LessThan(PyObject, PyObject)"/>.</summary>
    /// <exception cref="PyTypeError">Python does not order the operands.</exception>
    public static PyObject operator <=(PyObject left, PyObject right) => Apply(&LessOrEqual, left, right);

    /// <inheritdoc cref="op_LessThanOrEqual(PyObject, PyObject)"/>
    public static PyObject operator <=(PyObject left, long right) => Apply(&LessOrEqual, left, right);

    /// <inheritdoc cref="op_LessThanOrEqual(PyObject, PyObject)"/>
    public static PyObject operator <=(long left, PyObject right) => Apply(&LessOrEqual, left, right);

    /// <inheritdoc cref="op_LessThanOrEqual(PyObject, PyObject)"/>
    public static PyObject operator <=(PyObject left, double right) => Apply(&LessOrEqual, left, right);

    /// <inheritdoc cref="op_LessThanOrEqual(PyObject, PyObject)"/>
    public static PyObject operator <=(double left, PyObject right) => Apply(&LessOrEqual, left, right);

    /// <summary>Python's <c>left &gt;= right</c>; see <see cref="op_LessThan(PyObject, PyObject)"/>.</summary>
    /// <exception cref="PyTypeError">Python does not order the operands.</exception>
    public static PyObject operator >=(PyObject left, PyObject right) => Apply(&GreaterOrEqual, left, right);

    /// <inheritdoc cref="op_GreaterThanOrEqual(PyObject, PyObject)"/>
    public static PyObject operator >=(PyObject left, long right) => Apply(&GreaterOrEqual, left, right);

    /// <inheritdoc cref="op_GreaterThanOrEqual(PyObject, PyObject)"/>
    public static PyObject operator >=(long left, PyObject right) => Apply(&GreaterOrEqual, left, right);

    /// <inheritdoc cref="op_GreaterThanOrEqual(PyObject, PyObject)"/>
    public static PyObject operator >=(PyObject left, double right) => Apply(&GreaterOrEqual, left, right);

    /// <inheritdoc cref="op_GreaterThanOrEqual(PyObject, PyObject)"/>
    public static PyObject operator >=(double left, PyObject right) => Apply(&GreaterOrEqual, left, right);

    /// <summary>Python's <c>self ** exponent</c> (C#'s <c>^</c> is exclusive or in both languages).</summary>
    /// <exception cref="PyTypeError">Python refuses the operands.</exception>
    public PyObject Pow(PyObject exponent) => Apply(&Power, this, exponent);

    /// <inheritdoc cref="Pow(PyObject)"/>
    public PyObject Pow(long exponent) => Apply(&Power, this, exponent);

    /// <inheritdoc cref="Pow(PyObject)"/>
    public PyObject Pow(double exponent) => Apply(&Power, this, exponent);

    private static nint Power(nint left, nint right) => PyNumber_Power(left, right, Interop.Data.Py_None);

    private static nint LessThan(nint left, nint right) => PyObject_RichCompare(left, right, Py_LT);

    private static nint GreaterThan(nint left, nint right) => PyObject_RichCompare(left, right, Py_GT);

    private static nint LessOrEqual(nint left, nint right) => PyObject_RichCompare(left, right, Py_LE);

    private static nint GreaterOrEqual(nint left, nint right) => PyObject_RichCompare(left, right, Py_GE);

    private static PyObject Apply(delegate*<nint, nint, nint> operation, PyObject? left, PyObject? right)
    {
        using GilScope gil = Gil.AcquireAtCallBoundary();
        nint result = operation(HandleOrNone(left), HandleOrNone(right));
        GC.KeepAlive(left);
        GC.KeepAlive(right);
        return new PyObject(Check(result), PyOwnership.Steal);
    }

    /// <summary>With a C# scalar on the right, converted once the GIL is held.</summary>
    private static PyObject Apply<T>(delegate*<nint, nint, nint> operation, PyObject? left, T right)
        where T : unmanaged
    {
        using GilScope gil = Gil.AcquireAtCallBoundary();
        nint other = Scalar(right);
        nint result = operation(HandleOrNone(left), other);
        Py_DecRef(other);
        GC.KeepAlive(left);
        return new PyObject(Check(result), PyOwnership.Steal);
    }

    /// <summary>With a C# scalar on the left, converted once the GIL is held.</summary>
    private static PyObject Apply<T>(delegate*<nint, nint, nint> operation, T left, PyObject? right)
        where T : unmanaged
    {
        using GilScope gil = Gil.AcquireAtCallBoundary();
        nint other = Scalar(left);
        nint result = operation(other, HandleOrNone(right));
        Py_DecRef(other);
        GC.KeepAlive(right);
        return new PyObject(Check(result), PyOwnership.Steal);
    }

    private static PyObject Apply(delegate*<nint, nint> operation, PyObject? value)
    {
        using GilScope gil = Gil.AcquireAtCallBoundary();
        nint result = operation(HandleOrNone(value));
        GC.KeepAlive(value);
        return new PyObject(Check(result), PyOwnership.Steal);
    }

    /// <summary>A new reference to the Python value of a long, double or bool (the JIT keeps only the branch of T).</summary>
    private static nint Scalar<T>(T value)
        where T : unmanaged
    {
        if (typeof(T) == typeof(long))
            return PyConvert.ToPython((long)(object)value);
        if (typeof(T) == typeof(double))
            return PyConvert.ToPython((double)(object)value);
        return PyConvert.ToPython((bool)(object)value);
    }

    private static nint HandleOrNone(PyObject? value) => value is null ? Interop.Data.Py_None : value.Handle;
}
