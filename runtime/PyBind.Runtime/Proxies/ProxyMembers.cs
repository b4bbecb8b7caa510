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

    /// <summary>Assigns the attribute from a borrowed Python value.</summary>
    /// <exception cref="PyAttributeError">It cannot be assigned.</exception>
    internal virtual void Set(object? target, nint value, string ownerName, string name)
        => throw new PyAttributeError($"attribute '{name}' of '{ownerName}' objects is not writable");
}

/// <summary>A property or field: read and written on every access (a live view of the object).</summary>
[RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
internal sealed class ValueMember : ProxyMember
{
    private readonly Func<object?, nint> _read;
    private readonly Action<object?, object?>? _write;
    private readonly Type _valueType;

    private ValueMember(Func<object?, nint> read, Action<object?, object?>? write, Type valueType)
    {
        _read = read;
        _write = write;
        _valueType = valueType;
    }

    internal static ValueMember Of(PropertyInfo property)
    {
        MethodInfo getter = property.GetMethod!;
        Action<object?, object?>? write = property.SetMethod is { IsPublic: true } ? property.SetValue : null;
        return new ValueMember(PropertyReaders.For(property, getter), write, property.PropertyType);
    }

    internal static ValueMember Of(FieldInfo field)
    {
        bool writable = !field.IsInitOnly && !field.IsLiteral;
        return new ValueMember(target => PyConvert.ToPython(field.GetValue(target)), writable ? field.SetValue : null, field.FieldType);
    }

    internal override nint Get(object? target) => _read(target);

    internal override void Set(object? target, nint value, string ownerName, string name)
    {
        if (_write is null)
            throw new PyAttributeError($"attribute '{name}' of '{ownerName}' objects is read-only");
        _write(target, ArgumentConversion.Convert(value, _valueType, $"attribute '{name}' of '{ownerName}'"));
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

/// <summary>
/// Reads a property and converts the value without boxing it: a delegate over the getter and the converter of the
/// property's type, made once per property. Where dynamic code is not available (native AOT) or the declaring type
/// is a struct (the getter needs it by reference), reflection reads it instead.
/// </summary>
[RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
internal static class PropertyReaders
{
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only with RuntimeFeature.IsDynamicCodeSupported.")]
    internal static Func<object?, nint> For(PropertyInfo property, MethodInfo getter)
    {
        Type declaring = getter.DeclaringType!;
        if (RuntimeFeature.IsDynamicCodeSupported && !getter.IsStatic && !declaring.IsValueType && !declaring.ContainsGenericParameters)
        {
            Type reader = typeof(PropertyReader<,>).MakeGenericType(declaring, property.PropertyType);
            return ((IPropertyReader)Activator.CreateInstance(reader, getter)!).Read;
        }
        return target => PyConvert.ToPython(property.GetValue(target));
    }

    private interface IPropertyReader
    {
        nint Read(object? target);
    }

    [RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
    private sealed class PropertyReader<TTarget, TValue>(MethodInfo getter) : IPropertyReader
        where TTarget : class
    {
        private readonly Func<TTarget, TValue> _get = getter.CreateDelegate<Func<TTarget, TValue>>();
        private readonly PyConverter<TValue> _convert = PyConverters.For<TValue>();

        public nint Read(object? target) => _convert.ToPython(_get(Unsafe.As<TTarget>(target!)));
    }
}
