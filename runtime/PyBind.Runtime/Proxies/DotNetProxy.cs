using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind.Proxies;

/// <summary>
/// .NET objects in Python: an object with no Python equivalent crosses as a proxy (a Python object of one of the
/// <see cref="ProxyTypes"/>) holding a GC handle to it, so Python keeps it alive, and dropping the proxy frees the
/// handle. It comes back to .NET as the same object. One proxy stands for one live object: passing the object again
/// gives the same proxy (<c>a is b</c> in Python), as long as Python holds it.
/// </summary>
/// <remarks>
/// The map from objects to their proxies is only read and written with the GIL held (proxies are made by
/// conversions and freed by Python's deallocation, both under the GIL), so it needs no lock of its own.
/// </remarks>
internal static unsafe class DotNetProxy
{
    private static readonly Dictionary<object, nint> s_live = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many proxies of exceptions are alive: while none is, no Python exception can carry a .NET one.</summary>
    private static int s_liveExceptions;

    /// <summary>Hands the layers below (error translation, the conversions by run-time type) their way to make and read proxies, before any code of the assembly runs.</summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "It only stores four static functions: no I/O, no Python, nothing a host could order differently.")]
    internal static void RegisterWithConversions() => ProxyConversions.Register(ToPython, TargetOf, IsCollection, AnyExceptionProxies);

    private static bool AnyExceptionProxies() => Volatile.Read(ref s_liveExceptions) != 0;

    /// <summary>A new reference to the proxy of <paramref name="target"/> (the existing one if Python holds it); the caller holds the GIL.</summary>
    internal static nint ToPython(object target)
    {
        if (s_live.TryGetValue(target, out nint existing))
        {
            Py_IncRef(existing);
            return existing;
        }
        nint proxy = NativeTypes.New(ProxyTypeOf(target), target);
        s_live[target] = proxy;
        if (target is Exception)
            Interlocked.Increment(ref s_liveExceptions);
        return proxy;
    }

    /// <summary>The .NET object behind <paramref name="o"/> when it is a proxy; else null. The caller holds the GIL.</summary>
    internal static object? TargetOf(nint o) => ProxyTypes.IsProxyType(Py_TYPE(o)) ? NativeTypes.TargetOf(o) : null;

    /// <summary>Whether <paramref name="sequence"/> is a collection (it has a count, or indexing) rather than a bare sequence.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = ReflectedType.Justification)]
    internal static bool IsCollection(object sequence) => ReflectedType.Of(sequence.GetType()).Collection is not null;

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = ReflectedType.Justification)]
    private static nint ProxyTypeOf(object target) => ProxyTypes.For(ReflectedType.Of(target.GetType()));

    /// <summary>Frees a proxy: its handle (the object may now be collected) and its entry in the map.</summary>
    [UnmanagedCallersOnly]
    internal static void Dealloc(nint proxy)
    {
        GCHandle handle = NativeTypes.TakeHandle(proxy);
        if (handle.IsAllocated)
        {
            object? target = handle.Target;
            if (target is not null && s_live.TryGetValue(target, out nint current) && current == proxy)
                s_live.Remove(target);
            if (target is Exception)
                Interlocked.Decrement(ref s_liveExceptions);
            handle.Free();
        }
        NativeTypes.Free(proxy);
    }
}
