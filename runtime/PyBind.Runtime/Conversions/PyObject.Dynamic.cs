using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Dynamic;
using System.Linq.Expressions;
using System.Reflection;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

// dynamic access (documented on the type, in Objects/PyObject.cs). Nothing here is touched unless a dynamic call site
// runs, so the rest of the runtime stays trimming- and AOT-safe.
public partial class PyObject : IDynamicMetaObjectProvider
{
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only a dynamic call site asks for a meta-object, and dynamic call sites require dynamic code themselves.")]
    DynamicMetaObject IDynamicMetaObjectProvider.GetMetaObject(Expression parameter)
    {
        // The Python side binds through an adapter built from whichever PyObject the call site sees, so one cached
        // rule serves every object of this type; .NET members are tried first and the adapter is the fallback.
        Expression adapter = Expression.New(
            typeof(DynamicAdapter).GetConstructor(new[] { typeof(PyObject) })!,
            Expression.Convert(parameter, typeof(PyObject)));
        return new ForwardingMetaObject(parameter, this, new DynamicAdapter(this).GetMetaObject(adapter));
    }

    private static readonly ConcurrentDictionary<Type, Func<nint, object?>> s_dynamicConverters = new();

    private bool TryGetMember(GetMemberBinder binder, out object? result)
    {
        ArgumentNullException.ThrowIfNull(binder);
        result = GetAttr(binder.Name);
        return true;
    }

    private bool TrySetMember(SetMemberBinder binder, object? value)
    {
        ArgumentNullException.ThrowIfNull(binder);
        SetAttr(binder.Name, value);
        return true;
    }

    private bool TryInvokeMember(InvokeMemberBinder binder, object?[]? args, out object? result)
    {
        ArgumentNullException.ThrowIfNull(binder);
        using GilScope gil = Gil.Acquire();
        using PyObject method = GetAttr(binder.Name);
        result = method.InvokeDynamic(binder.CallInfo, args ?? Array.Empty<object?>());
        return true;
    }

    private bool TryInvoke(InvokeBinder binder, object?[]? args, out object? result)
    {
        ArgumentNullException.ThrowIfNull(binder);
        result = InvokeDynamic(binder.CallInfo, args ?? Array.Empty<object?>());
        return true;
    }

    private bool TryGetIndex(object?[] indexes, out object? result)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        result = this[IndexKey(indexes)];
        return true;
    }

    private bool TrySetIndex(object?[] indexes, object? value)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        SetItem(IndexKey(indexes), value);
        return true;
    }

    private bool TryDeleteMember(DeleteMemberBinder binder)
    {
        ArgumentNullException.ThrowIfNull(binder);
        DelAttr(binder.Name);
        return true;
    }

    private bool TryBinaryOperation(BinaryOperationBinder binder, object? arg, out object? result)
    {
        ArgumentNullException.ThrowIfNull(binder);
        using GilScope gil = Gil.Acquire();
        nint other = PyConvert.ToPython(arg);
        try
        {
            nint value = binder.Operation switch
            {
                // x += y is Python's in-place operator (__iadd__, falling back to __add__): PuLP's prob += constraint
                // adds to the problem, which has no __add__, and a list += extends the list every alias sees.
                ExpressionType.Add => PyNumber_Add(Handle, other),
                ExpressionType.AddAssign => PyNumber_InPlaceAdd(Handle, other),
                ExpressionType.Subtract => PyNumber_Subtract(Handle, other),
                ExpressionType.SubtractAssign => PyNumber_InPlaceSubtract(Handle, other),
                ExpressionType.Multiply => PyNumber_Multiply(Handle, other),
                ExpressionType.MultiplyAssign => PyNumber_InPlaceMultiply(Handle, other),
                ExpressionType.Divide => PyNumber_TrueDivide(Handle, other),
                ExpressionType.DivideAssign => PyNumber_InPlaceTrueDivide(Handle, other),
                ExpressionType.Modulo => PyNumber_Remainder(Handle, other),
                ExpressionType.ModuloAssign => PyNumber_InPlaceRemainder(Handle, other),
                ExpressionType.And => PyNumber_And(Handle, other),
                ExpressionType.AndAssign => PyNumber_InPlaceAnd(Handle, other),
                ExpressionType.Or => PyNumber_Or(Handle, other),
                ExpressionType.OrAssign => PyNumber_InPlaceOr(Handle, other),
                ExpressionType.ExclusiveOr => PyNumber_Xor(Handle, other),
                ExpressionType.ExclusiveOrAssign => PyNumber_InPlaceXor(Handle, other),
                ExpressionType.LeftShift => PyNumber_Lshift(Handle, other),
                ExpressionType.LeftShiftAssign => PyNumber_InPlaceLshift(Handle, other),
                ExpressionType.RightShift => PyNumber_Rshift(Handle, other),
                ExpressionType.RightShiftAssign => PyNumber_InPlaceRshift(Handle, other),
                ExpressionType.Equal => PyObject_RichCompare(Handle, other, Py_EQ),
                ExpressionType.NotEqual => PyObject_RichCompare(Handle, other, Py_NE),
                ExpressionType.LessThan => PyObject_RichCompare(Handle, other, Py_LT),
                ExpressionType.LessThanOrEqual => PyObject_RichCompare(Handle, other, Py_LE),
                ExpressionType.GreaterThan => PyObject_RichCompare(Handle, other, Py_GT),
                ExpressionType.GreaterThanOrEqual => PyObject_RichCompare(Handle, other, Py_GE),
                _ => 0,
            };
            if (value == 0 && PyErr_Occurred() == 0)
            {
                result = null;
                return false;
            }
            result = new PyObject(Check(value), PyOwnership.Steal);
            return true;
        }
        finally
        {
            Py_DecRef(other);
        }
    }

    private bool TryUnaryOperation(UnaryOperationBinder binder, out object? result)
    {
        ArgumentNullException.ThrowIfNull(binder);
        using GilScope gil = Gil.Acquire();
        switch (binder.Operation)
        {
            case ExpressionType.IsTrue or ExpressionType.IsFalse or ExpressionType.Not:
                int truth = PyObject_IsTrue(Handle);
                if (truth < 0)
                    PythonErrors.ThrowCurrent();
                result = binder.Operation == ExpressionType.IsTrue ? truth == 1 : truth == 0;
                return true;
            case ExpressionType.Negate:
                result = new PyObject(Check(PyNumber_Negative(Handle)), PyOwnership.Steal);
                return true;
            case ExpressionType.UnaryPlus:
                result = new PyObject(Check(PyNumber_Positive(Handle)), PyOwnership.Steal);
                return true;
            case ExpressionType.OnesComplement:
                result = new PyObject(Check(PyNumber_Invert(Handle)), PyOwnership.Steal);
                return true;
            default:
                result = null;
                return false;
        }
    }

    /// <summary>Converts to the target type of an assignment or cast (<c>double x = py.pi;</c>).</summary>
    private bool TryConvert(ConvertBinder binder, out object? result)
    {
        ArgumentNullException.ThrowIfNull(binder);
        if (binder.Type.IsInstanceOfType(this))
        {
            result = this;
            return true;
        }
        Func<nint, object?> convert = DynamicConverter(binder.Type);
        using GilScope gil = Gil.Acquire();
        result = convert(Handle);
        return true;
    }

    /// <summary>The names <c>dir()</c> lists, for debuggers and editors.</summary>
    private string[] GetDynamicMemberNames()
    {
        using GilScope gil = Gil.Acquire();
        using var names = new PyObject(Check(PyObject_Dir(Handle)), PyOwnership.Steal);
        return names.As<string[]>();
    }

    private PyObject InvokeDynamic(CallInfo callInfo, object?[] args)
    {
        int named = callInfo.ArgumentNames.Count;
        if (named == 0)
            return Call(args);
        var kwargs = new Dictionary<string, object?>(named, StringComparer.Ordinal);
        int positional = args.Length - named;
        for (int i = 0; i < named; i++)
            kwargs[callInfo.ArgumentNames[i]] = args[positional + i];
        return Call(args[..positional], kwargs);
    }

    private static object? IndexKey(object?[] indexes) => indexes.Length == 1 ? indexes[0] : PyTupleKey.From(indexes);

    /// <summary>
    /// The converter <see cref="PyConverters.For{T}"/> gives for a type known only at run time (a conversion in a
    /// <c>dynamic</c> call site, a parameter of a .NET method Python calls through a proxy); made once per type. Callers
    /// check <see cref="System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported"/> first.
    /// </summary>
    internal static Func<nint, object?> DynamicConverter(Type type) => s_dynamicConverters.GetOrAdd(type, CreateDynamicConverter);

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only reached from a dynamic call site, which requires dynamic code itself, or where RuntimeFeature.IsDynamicCodeSupported was checked.")]
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "PyConverters.For<T> is public API and kept.")]
    private static Func<nint, object?> CreateDynamicConverter(Type type)
    {
        MethodInfo forType = typeof(PyConverters).GetMethod(nameof(PyConverters.For))!.MakeGenericMethod(type);
        IUntypedConverter converter;
        try
        {
            converter = (IUntypedConverter)forType.Invoke(null, null)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is PyConversionException inner)
        {
            throw inner;
        }
        return converter.FromPythonUntyped;
    }

    /// <summary>The Python half of <c>dynamic</c>: what Python gives when .NET members did not match.</summary>
    [RequiresDynamicCode("dynamic")]
    private sealed class DynamicAdapter : DynamicObject
    {
        private readonly PyObject _target;

        public DynamicAdapter(PyObject target) => _target = target;

        public override bool TryGetMember(GetMemberBinder binder, out object? result) => _target.TryGetMember(binder, out result);

        public override bool TrySetMember(SetMemberBinder binder, object? value) => _target.TrySetMember(binder, value);

        public override bool TryDeleteMember(DeleteMemberBinder binder) => _target.TryDeleteMember(binder);

        public override bool TryInvokeMember(InvokeMemberBinder binder, object?[]? args, out object? result) => _target.TryInvokeMember(binder, args, out result);

        public override bool TryInvoke(InvokeBinder binder, object?[]? args, out object? result) => _target.TryInvoke(binder, args, out result);

        public override bool TryGetIndex(GetIndexBinder binder, object?[] indexes, out object? result) => _target.TryGetIndex(indexes, out result);

        public override bool TrySetIndex(SetIndexBinder binder, object?[] indexes, object? value) => _target.TrySetIndex(indexes, value);

        public override bool TryBinaryOperation(BinaryOperationBinder binder, object? arg, out object? result) => _target.TryBinaryOperation(binder, arg, out result);

        public override bool TryUnaryOperation(UnaryOperationBinder binder, out object? result) => _target.TryUnaryOperation(binder, out result);

        public override bool TryConvert(ConvertBinder binder, out object? result) => _target.TryConvert(binder, out result);

        public override IEnumerable<string> GetDynamicMemberNames() => _target.GetDynamicMemberNames();
    }

    /// <summary>Binds .NET members of the PyObject first, and the adapter's Python binding as the fallback.</summary>
    private sealed class ForwardingMetaObject : DynamicMetaObject
    {
        private readonly DynamicMetaObject _python;

        internal ForwardingMetaObject(Expression expression, PyObject value, DynamicMetaObject python)
            : base(expression, BindingRestrictions.Empty, value) => _python = python;

        public override DynamicMetaObject BindGetMember(GetMemberBinder binder) => binder.FallbackGetMember(this, Python(_python.BindGetMember(binder)));

        public override DynamicMetaObject BindSetMember(SetMemberBinder binder, DynamicMetaObject value) => binder.FallbackSetMember(this, value, Python(_python.BindSetMember(binder, value)));

        public override DynamicMetaObject BindDeleteMember(DeleteMemberBinder binder) => binder.FallbackDeleteMember(this, Python(_python.BindDeleteMember(binder)));

        public override DynamicMetaObject BindInvokeMember(InvokeMemberBinder binder, DynamicMetaObject[] args) => binder.FallbackInvokeMember(this, args, Python(_python.BindInvokeMember(binder, args)));

        public override DynamicMetaObject BindInvoke(InvokeBinder binder, DynamicMetaObject[] args) => binder.FallbackInvoke(this, args, Python(_python.BindInvoke(binder, args)));

        public override DynamicMetaObject BindGetIndex(GetIndexBinder binder, DynamicMetaObject[] indexes) => binder.FallbackGetIndex(this, indexes, Python(_python.BindGetIndex(binder, indexes)));

        public override DynamicMetaObject BindSetIndex(SetIndexBinder binder, DynamicMetaObject[] indexes, DynamicMetaObject value) => binder.FallbackSetIndex(this, indexes, value, Python(_python.BindSetIndex(binder, indexes, value)));

        // PyObject's operators bind first, and are Python's; but C# would make x += y of them x = x + y, and Python's
        // in-place operator is another (PuLP's problem has __iadd__ and no __add__), so compound assignments go to Python.
        public override DynamicMetaObject BindBinaryOperation(BinaryOperationBinder binder, DynamicMetaObject arg) => IsCompoundAssignment(binder.Operation)
            ? Python(_python.BindBinaryOperation(binder, arg))
            : binder.FallbackBinaryOperation(this, arg, Python(_python.BindBinaryOperation(binder, arg)));

        public override DynamicMetaObject BindUnaryOperation(UnaryOperationBinder binder) => binder.FallbackUnaryOperation(this, Python(_python.BindUnaryOperation(binder)));

        public override DynamicMetaObject BindConvert(ConvertBinder binder) => binder.FallbackConvert(this, Python(_python.BindConvert(binder)));

        public override IEnumerable<string> GetDynamicMemberNames() => _python.GetDynamicMemberNames();

        private static bool IsCompoundAssignment(ExpressionType operation) => operation is ExpressionType.AddAssign or ExpressionType.SubtractAssign
            or ExpressionType.MultiplyAssign or ExpressionType.DivideAssign or ExpressionType.ModuloAssign or ExpressionType.AndAssign
            or ExpressionType.OrAssign or ExpressionType.ExclusiveOrAssign or ExpressionType.LeftShiftAssign or ExpressionType.RightShiftAssign;

        /// <summary>The adapter's binding, valid for objects of exactly this PyObject type.</summary>
        private DynamicMetaObject Python(DynamicMetaObject binding)
            => new(binding.Expression, binding.Restrictions.Merge(BindingRestrictions.GetTypeRestriction(Expression, LimitType)));
    }

    /// <summary>Several indexes (<c>a[1, 2]</c>) are one Python tuple key.</summary>
    private sealed class PyTupleKey : System.Runtime.CompilerServices.ITuple
    {
        private readonly object?[] _items;

        private PyTupleKey(object?[] items) => _items = items;

        public int Length => _items.Length;

        public object? this[int index] => _items[index];

        internal static PyTupleKey From(object?[] items) => new(items);
    }
}
