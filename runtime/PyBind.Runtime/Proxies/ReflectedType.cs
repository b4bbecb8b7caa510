using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Reflection;
using System.Threading.Tasks;

namespace PyBind.Proxies;

/// <summary>
/// What the proxies of one .NET type need, found by reflection once per type: its <see cref="ProxyFeatures"/>, its
/// members (<see cref="MemberTable"/>), its collection protocol and constructors. This is the dynamic path: the
/// objects a program hands to Python are of any type. <c>[PyExport]</c> modules are generated and use none of it.
/// </summary>
[RequiresUnreferencedCode(TrimmingMessage)]
internal sealed class ReflectedType
{
    internal const string TrimmingMessage =
        "A .NET object in Python is seen through reflection over its run-time type: members the trimmer removed are not visible to Python.";

    /// <summary>Why the proxies' entry points may use this type in a trimmed program.</summary>
    internal const string Justification =
        "Proxies reflect over the run-time types of objects a program hands to Python; in a trimmed program Python sees the members " +
        "the trimmer kept (README, 'Python sees .NET'). [PyExport] modules use no reflection, and Python.RegisterModule/Python.Proxy " +
        "keep the members of the types they are given through DynamicallyAccessedMembers.";

    private static readonly ConcurrentDictionary<Type, ReflectedType> s_types = new();

    // The type asked for last: attribute reads on one kind of object in a loop skip the dictionary. Read and written
    // under the GIL, and a single reference, so it is always a consistent pair.
    private static ReflectedType? s_last;

    private MemberTable? _instanceMembers, _staticMembers;
    private MethodGroup? _constructors;

    private ReflectedType(Type type)
    {
        ClrType = type;
        Collection = CollectionAccess.For(type);
        Features = FeaturesOf(type, Collection);
    }

    internal Type ClrType { get; }

    internal ProxyFeatures Features { get; }

    /// <summary>The Python type of the proxies of its objects, once <see cref="ProxyTypes"/> has made it; read and written under the GIL.</summary>
    internal nint ProxyType { get; set; }

    /// <summary>How Python indexes, sizes and searches the object; null when it is not a collection and has no indexer.</summary>
    internal CollectionAccess? Collection { get; }

    /// <summary>The attributes of instances (with the protocol methods of collections and streams).</summary>
    internal MemberTable InstanceMembers => _instanceMembers ??= MemberTable.ForInstances(ClrType, Extras());

    /// <summary>The attributes of the type itself: static members and nested types.</summary>
    internal MemberTable StaticMembers => _staticMembers ??= MemberTable.ForStatics(ClrType);

    /// <summary>The public constructors, as one overload set.</summary>
    internal MethodGroup Constructors => _constructors ??= new MethodGroup(ClrType.Name, ClrType.GetConstructors());

    /// <summary>The information for <paramref name="type"/>, made once.</summary>
    internal static ReflectedType Of(Type type)
    {
        ReflectedType? last = s_last;
        if (last is not null && last.ClrType == type)
            return last;
        return s_last = s_types.GetOrAdd(type, static t => new ReflectedType(t));
    }

    /// <summary>What Python expects of such an object beyond its .NET members: a file's methods, a list's <c>append</c>, a mapping's <c>items</c>.</summary>
    private System.Collections.Generic.IReadOnlyDictionary<string, ProxyMember>? Extras()
        => typeof(Stream).IsAssignableFrom(ClrType) ? StreamFile.Members : Collection?.Extras;

    private static ProxyFeatures FeaturesOf(Type type, CollectionAccess? collection)
    {
        ProxyFeatures features = collection?.Features ?? ProxyFeatures.None;
        if (typeof(Type).IsAssignableFrom(type))
            features |= ProxyFeatures.Type;
        if (typeof(Stream).IsAssignableFrom(type))
            return features | ProxyFeatures.Stream | ProxyFeatures.Iterator | ProxyFeatures.Disposable;
        if (typeof(IDisposable).IsAssignableFrom(type))
            features |= ProxyFeatures.Disposable;
        if (typeof(Task).IsAssignableFrom(type) || type == typeof(ValueTask) || type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            features |= ProxyFeatures.Awaitable;
        if (typeof(IEnumerator).IsAssignableFrom(type))
            features |= ProxyFeatures.Iterator;
        else if (typeof(IEnumerable).IsAssignableFrom(type))
            features |= ProxyFeatures.Iterable;
        return features;
    }
}
