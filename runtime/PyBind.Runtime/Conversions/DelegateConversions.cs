using System;

namespace PyBind;

/// <summary>
/// How delegates convert, supplied by the layer above that makes .NET functions callable from Python (Callbacks, when
/// the assembly loads): conversions dispatch to it through these two functions instead of calling up.
/// </summary>
internal static class DelegateConversions
{
    private static Func<Delegate, nint>? s_toPython;
    private static Func<Type, object?>? s_converterFor;

    /// <summary>A new reference to a Python function calling <paramref name="function"/>; the caller holds the GIL.</summary>
    internal static nint ToPython(Delegate function) => s_toPython!(function);

    /// <summary>The <c>PyConverter</c> of a delegate type, or null where none can be made (native AOT: any but <see cref="Action"/>).</summary>
    internal static object? ConverterFor(Type delegateType) => s_converterFor!(delegateType);

    internal static void Register(Func<Delegate, nint> toPython, Func<Type, object?> converterFor)
    {
        s_toPython = toPython;
        s_converterFor = converterFor;
    }
}
