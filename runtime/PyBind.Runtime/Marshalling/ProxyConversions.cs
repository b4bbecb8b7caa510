using System;

namespace PyBind.Marshalling;

/// <summary>
/// How .NET objects become Python proxies and back, supplied by the layer above that builds the proxy types (Proxies,
/// when the assembly loads): error translation (a .NET exception raised into Python rides along in a proxy) and the
/// conversions by run-time type dispatch to it through these functions instead of calling up, as they do for
/// delegates (<see cref="DelegateConversions"/>).
/// </summary>
internal static class ProxyConversions
{
    private static Func<object, nint>? s_toPython;
    private static Func<nint, object?>? s_targetOf;
    private static Func<object, bool>? s_isCollection;
    private static Func<bool>? s_anyExceptionProxies;

    /// <summary>A new reference to the proxy of <paramref name="target"/> (the existing one if Python holds it); the caller holds the GIL.</summary>
    internal static nint ToPython(object target) => s_toPython!(target);

    /// <summary>The .NET object behind <paramref name="o"/> when it is a proxy; else null. The caller holds the GIL.</summary>
    internal static object? TargetOf(nint o) => s_targetOf!(o);

    /// <summary>Whether <paramref name="sequence"/> is a collection (it has a count, or indexing) rather than a bare sequence.</summary>
    internal static bool IsCollection(object sequence) => s_isCollection!(sequence);

    /// <summary>Whether any proxy of an exception is alive: while none is, no Python exception can carry a .NET one.</summary>
    internal static bool AnyExceptionProxies => s_anyExceptionProxies!();

    internal static void Register(Func<object, nint> toPython, Func<nint, object?> targetOf, Func<object, bool> isCollection, Func<bool> anyExceptionProxies)
    {
        s_toPython = toPython;
        s_targetOf = targetOf;
        s_isCollection = isCollection;
        s_anyExceptionProxies = anyExceptionProxies;
    }
}
