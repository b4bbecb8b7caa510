using System;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace PyBind.Callbacks;

/// <summary>A delegate whose type is known only at run time, made a Python function (<see cref="PyConvert.ToPython(object?)"/>).</summary>
internal static class DelegateConversion
{
    private static readonly ConcurrentDictionary<Type, IDelegateBridge?> s_bridges = new();

    /// <summary>Hands the conversions below this layer their way to convert delegates, before any code of the assembly runs.</summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "It only stores two static functions: no I/O, no Python, nothing a host could order differently.")]
    internal static void RegisterWithConversions() => DelegateConversions.Register(ToPython, Bridge);

    /// <summary>A new reference to a Python function calling <paramref name="function"/>; the caller holds the GIL.</summary>
    internal static nint ToPython(Delegate function)
    {
        if (function is PyVariadicFunction variadic)
            return VariadicCallable.Create(variadic, null);
        if (Bridge(function.GetType()) is { } bridge)
            return bridge.ToPython(function, null);
        return Adapt(function);
    }

    /// <summary>The bridge (a <c>PyConverter</c>) of a delegate type, or null where none can be made: under native AOT, any but <see cref="Action"/>.</summary>
    private static IDelegateBridge? Bridge(Type delegateType)
        => s_bridges.GetOrAdd(delegateType, static type => RuntimeFeature.IsDynamicCodeSupported || type == typeof(Action) ? Bridges.Create(type) : null);

    /// <summary>
    /// Another delegate type (<c>Comparison&lt;T&gt;</c>, <c>Predicate&lt;T&gt;</c>, one of the caller's own) goes through
    /// the <c>Func</c>/<c>Action</c> of the same signature: a delegate of that type bound to this one's <c>Invoke</c>,
    /// made once per conversion by reflection (the calls themselves use none).
    /// </summary>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Checked: only with RuntimeFeature.IsDynamicCodeSupported.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "A delegate type's Invoke method is always kept.")]
    [UnconditionalSuppressMessage("Trimming", "IL2055", Justification = "Func/Action are public framework types; their bridges are kept by Bridges.Create.")]
    private static nint Adapt(Delegate function)
    {
        Type type = function.GetType();
        MethodInfo invoke = type.GetMethod("Invoke")!;
        ParameterInfo[] parameters = invoke.GetParameters();
        bool returnsValue = invoke.ReturnType != typeof(void);
        Type? definition = Bridges.DelegateDefinition(parameters.Length, returnsValue);
        if (definition is null || !RuntimeFeature.IsDynamicCodeSupported || invoke.ReturnType.IsByRef
            || Array.Exists(parameters, p => p.ParameterType.IsByRef || p.ParameterType.IsByRefLike))
        {
            throw new PyConversionException(
                $"a {type.FullName} cannot become a Python function: only delegates of up to 8 parameters without ref/out/span parameters can" +
                (RuntimeFeature.IsDynamicCodeSupported ? "" : ", and under native AOT only through the typed Python.Function overloads"),
                type.FullName ?? type.Name, "function");
        }
        Type[] typeArguments = new Type[parameters.Length + (returnsValue ? 1 : 0)];
        for (int i = 0; i < parameters.Length; i++)
            typeArguments[i] = parameters[i].ParameterType;
        if (returnsValue)
            typeArguments[^1] = invoke.ReturnType;
        Type equivalent = typeArguments.Length == 0 ? definition : definition.MakeGenericType(typeArguments);
        Delegate adapted = Delegate.CreateDelegate(equivalent, function, invoke);
        return Bridge(equivalent)!.ToPython(adapted, NativeCallable.DefaultName(function));
    }
}
