using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using static PyBind.Interop.Python;

namespace PyBind.Proxies;

/// <summary>
/// The attributes of one .NET type as Python sees them: its instance members (an object's proxy) or its static
/// members and nested types (the proxy of the <c>System.Type</c>, a registered module). Each resolves by its exact .NET
/// name and by its Python spelling (<see cref="PythonSpelling"/>); an exact name wins over a spelling. Lookups by a
/// Python <c>str</c> are cached by the string object: attribute names in code are interned and live long.
/// </summary>
[RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
internal sealed class MemberTable
{
    // Past this many distinct name objects (a program making attribute names at run time), lookups skip the cache.
    private const int MaxCachedNames = 512;

    private readonly Dictionary<string, ProxyMember> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProxyMember> _spelled = new(StringComparer.Ordinal);

    // Keyed by the address of a str the table holds a reference to, so the address cannot be reused by another string.
    // Only touched with the GIL held.
    private readonly Dictionary<nint, ProxyMember?> _byString = [];

    private MemberTable()
    {
    }

    /// <summary>The Python spellings, for <c>dir()</c>.</summary>
    internal IEnumerable<string> PythonNames => _spelled.Keys;

    /// <summary>Every name that resolves, with the member it resolves to (as <see cref="Find(string)"/>: an exact name wins over a spelling).</summary>
    internal IEnumerable<KeyValuePair<string, ProxyMember>> Names
        => _exact.Concat(_spelled.Where(spelled => !_exact.ContainsKey(spelled.Key)));

    /// <summary>The public instance properties, fields and methods of <paramref name="type"/>, and <paramref name="extras"/> (Python protocol methods) over their spellings.</summary>
    internal static MemberTable ForInstances(Type type, IReadOnlyDictionary<string, ProxyMember>? extras)
    {
        var table = new MemberTable();
        table.AddMembers(type, BindingFlags.Public | BindingFlags.Instance);
        if (extras is not null)
        {
            foreach ((string name, ProxyMember member) in extras)
                table._spelled[name] = member;
        }
        return table;
    }

    /// <summary>The public static properties, fields (constants, enum values), methods and nested types of <paramref name="type"/>.</summary>
    internal static MemberTable ForStatics(Type type)
    {
        var table = new MemberTable();
        table.AddMembers(type, BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy);
        foreach (Type nested in type.GetNestedTypes(BindingFlags.Public))
            table.Add(PythonTypeName(nested), new NestedTypeMember(nested));
        return table;
    }

    /// <summary>The member named by the Python <c>str</c> <paramref name="name"/> (borrowed), or null; the caller holds the GIL.</summary>
    internal ProxyMember? Find(nint name)
    {
        if (_byString.TryGetValue(name, out ProxyMember? cached))
            return cached;
        ProxyMember? found = Find(PyConvert.ToString(name));
        if (_byString.Count < MaxCachedNames)
        {
            Py_IncRef(name);
            _byString[name] = found;
        }
        return found;
    }

    internal ProxyMember? Find(string name)
        => _exact.TryGetValue(name, out ProxyMember? member) || _spelled.TryGetValue(name, out member) ? member : null;

    /// <summary>A nested type's name without its generic arity (<c>Cache`1</c> → <c>Cache</c>).</summary>
    internal static string PythonTypeName(Type type)
    {
        int tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? type.Name : type.Name[..tick];
    }

    private void AddMembers(Type type, BindingFlags flags)
    {
        foreach (PropertyInfo property in MostDerived(type.GetProperties(flags)))
        {
            if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0 && CanCross(property.PropertyType))
                Add(property.Name, ValueMember.Of(property));
        }
        foreach (FieldInfo field in MostDerived(type.GetFields(flags)))
        {
            if (CanCross(field.FieldType))
                Add(field.Name, ValueMember.Of(field));
        }
        foreach (IGrouping<string, MethodInfo> overloads in type.GetMethods(flags).Where(IsCallable).GroupBy(m => m.Name, StringComparer.Ordinal))
        {
            if (!_exact.ContainsKey(overloads.Key))
                Add(overloads.Key, new MethodMember(new MethodGroup(overloads.Key, [.. overloads])));
        }
    }

    private void Add(string name, ProxyMember member)
    {
        _exact.TryAdd(name, member);
        _spelled.TryAdd(PythonSpelling.Of(name), member);
    }

    /// <summary>A member hidden with <c>new</c> appears once per declaring type: keep the most derived one.</summary>
    private static IEnumerable<T> MostDerived<T>(T[] members) where T : MemberInfo
        => members.GroupBy(m => m.Name, StringComparer.Ordinal)
            .Select(group => group.Aggregate((best, next) => next.DeclaringType!.IsSubclassOf(best.DeclaringType!) ? next : best));

    /// <summary>Whether a value of this type can become a Python object (a pointer or a span cannot).</summary>
    internal static bool CanCross(Type type) => !type.IsByRef && !type.IsPointer && !type.IsByRefLike && !type.IsFunctionPointer;

    /// <summary>An ordinary method whose arguments Python can supply: not an accessor or operator, not open generic, no ref/out/span parameters.</summary>
    private static bool IsCallable(MethodInfo method)
        => !method.IsSpecialName && !method.ContainsGenericParameters && (method.ReturnType == typeof(void) || CanCross(method.ReturnType))
           && Array.TrueForAll(method.GetParameters(), p => CanCross(p.ParameterType));
}
