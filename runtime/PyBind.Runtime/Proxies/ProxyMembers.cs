using System;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind.Proxies;

/// <summary>One attribute of a proxy: a .NET property, field, method group or nested type, or a Python method the proxy adds (a mapping's <c>items()</c>, a stream's <c>read()</c>).</summary>
internal abstract class ProxyMember
{
    /// <summary>The attribute's value for <paramref name="target"/> (null for a static member) as a new reference; the caller holds the GIL.</summary>
    internal abstract nint Get(object? target);

    /// <summary>
    /// Whether <see cref="Get"/> runs none of the user's code: it reads a field (an auto-property's) and converts it to a
    /// Python scalar, so nothing in it can call the runtime back or throw a .NET exception of the user's.
    /// </summary>
    internal bool IsPlainRead { get; private protected init; }

    /// <summary>Assigns the attribute from a borrowed Python value.</summary>
    /// <exception cref="PyAttributeError">It cannot be assigned.</exception>
    internal virtual void Set(object? target, nint value, string ownerName, string name)
        => throw new PyAttributeError($"attribute '{name}' of '{ownerName}' objects is not writable");
}

/// <summary>A property or field: read and written on every access (a live view of the object).</summary>
[RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
internal class ValueMember : ProxyMember
{
    private readonly Func<object?, nint>? _read;
    private readonly Action<object?, object?>? _write;
    private readonly Type _valueType;

    /// <summary>A member read by <paramref name="read"/> (null in a subclass that overrides <see cref="Get"/>), written by <paramref name="write"/> (null: read-only).</summary>
    private protected ValueMember(Func<object?, nint>? read, Action<object?, object?>? write, Type valueType)
    {
        _read = read;
        _write = write;
        _valueType = valueType;
    }

    /// <summary>
    /// A property: read through a delegate over its getter, typed, where dynamic code is available and the declaring
    /// type is a class (a struct's getter needs the value by reference); through reflection otherwise (native AOT).
    /// </summary>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only with RuntimeFeature.IsDynamicCodeSupported.")]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(TypedProperty<,>))]
    internal static ValueMember Of(PropertyInfo property)
    {
        MethodInfo getter = property.GetMethod!;
        Action<object?, object?>? write = property.SetMethod is { IsPublic: true } ? property.SetValue : null;
        Type declaring = getter.DeclaringType!;
        if (RuntimeFeature.IsDynamicCodeSupported && !getter.IsStatic && !declaring.IsValueType && !declaring.ContainsGenericParameters)
        {
            Type typed = typeof(TypedProperty<,>).MakeGenericType(declaring, property.PropertyType);
            return (ValueMember)Activator.CreateInstance(typed, getter, write)!;
        }
        return new ValueMember(target => PyConvert.ToPython(property.GetValue(target)), write, property.PropertyType);
    }

    internal static ValueMember Of(FieldInfo field)
    {
        bool writable = !field.IsInitOnly && !field.IsLiteral;
        return new ValueMember(target => PyConvert.ToPython(field.GetValue(target)), writable ? field.SetValue : null, field.FieldType);
    }

    internal override nint Get(object? target) => _read!(target);

    internal override void Set(object? target, nint value, string ownerName, string name)
    {
        if (_write is null)
            throw new PyAttributeError($"attribute '{name}' of '{ownerName}' objects is read-only");
        _write(target, ArgumentConversion.Convert(value, _valueType, $"attribute '{name}' of '{ownerName}'"));
    }

    /// <summary>
    /// A property read without boxing: the getter as a typed delegate, the value converted by its type's converter, and
    /// the common scalars (decided when the JIT compiles each instantiation) straight to their Python objects.
    /// </summary>
    [RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
    private sealed class TypedProperty<TTarget, TValue> : ValueMember
        where TTarget : class
    {
        private readonly Func<TTarget, TValue> _get;
        private readonly PyConverter<TValue> _convert = PyConverters.For<TValue>();

        public TypedProperty(MethodInfo getter, Action<object?, object?>? write)
            : base(null, write, typeof(TValue))
        {
            _get = getter.CreateDelegate<Func<TTarget, TValue>>();
            // The compiler's getter of an auto-property returns its field; Get converts these scalars inline.
            IsPlainRead = getter.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
                && (typeof(TValue) == typeof(long) || typeof(TValue) == typeof(int) || typeof(TValue) == typeof(double) || typeof(TValue) == typeof(bool));
        }

        internal override nint Get(object? target)
        {
            TValue value = _get(Unsafe.As<TTarget>(target!));
            if (typeof(TValue) == typeof(long))
                return PyConvert.ToPython(Unsafe.As<TValue, long>(ref value));
            if (typeof(TValue) == typeof(int))
                return PyConvert.ToPython(Unsafe.As<TValue, int>(ref value));
            if (typeof(TValue) == typeof(double))
                return PyConvert.ToPython(Unsafe.As<TValue, double>(ref value));
            if (typeof(TValue) == typeof(bool))
                return PyConvert.ToPython(Unsafe.As<TValue, bool>(ref value));
            return _convert.ToPython(value);
        }
    }
}

/// <summary>Methods of one name: read, the attribute is a bound method (a builtin function) resolving the overload per call.</summary>
[RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
internal sealed class MethodMember(MethodGroup group) : ProxyMember
{
    internal override nint Get(object? target) => ProxyMethod.Bind(group, target);
}

/// <summary>A nested type of a type: its <c>System.Type</c>, itself a proxy (callable as its constructor).</summary>
internal sealed class NestedTypeMember(Type type) : ProxyMember
{
    internal override nint Get(object? target) => DotNetProxy.ToPython(type);
}

/// <summary>A method the proxy adds for Python's protocols (a mapping's <c>keys()</c>, a list's <c>append()</c>, a stream's <c>read()</c>).</summary>
internal sealed class BuiltinMember(string name, ProxyMethodBody body) : ProxyMember
{
    internal override nint Get(object? target) => ProxyMethod.Bind(name, body, target!);
}

/// <summary>A read-only attribute the proxy computes (a stream's <c>closed</c>, <c>mode</c>).</summary>
internal sealed class ComputedMember(Func<object, nint> read) : ProxyMember
{
    internal override nint Get(object? target) => read(target!);
}
