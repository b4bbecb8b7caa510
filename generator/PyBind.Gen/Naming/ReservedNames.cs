using System.Collections.Generic;
using System.Collections.Immutable;

namespace PyBind.Gen.Naming;

/// <summary>
/// Names a Python member may not take in a generated type, because the type already has a member of that name.
/// The emitter relies on these lists: a member it generates from a dunder method must be listed here, or a
/// Python method of the same name would clash with it.
/// </summary>
internal static class ReservedNames
{
    /// <summary>
    /// Members of <c>object</c> (every generated type), of <c>IDisposable</c> and of the runtime's <c>PyObject</c>
    /// (every class wrapper), reserved in every scope so that a module class and a class wrapper follow one rule.
    /// </summary>
    public static readonly ImmutableArray<string> Common = ImmutableArray.Create(
        "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize",
        "Dispose",
        "Handle", "As", "Is");

    /// <summary>Members of <c>System.Exception</c>, which generated exception classes derive from.</summary>
    public static readonly ImmutableArray<string> Exception = ImmutableArray.Create(
        "Message", "Data", "InnerException", "StackTrace", "Source", "HelpLink", "HResult", "TargetSite",
        "GetBaseException", "GetObjectData");

    /// <summary>The C# member a dunder method becomes, when it becomes a named member.</summary>
    private static readonly ImmutableDictionary<string, string> s_specialMethodMembers = new Dictionary<string, string>
    {
        ["__getitem__"] = "Item", // indexer
        ["__setitem__"] = "Item",
        ["__len__"] = "Count",
        ["__iter__"] = "GetEnumerator",
        ["__contains__"] = "Contains",
        ["__call__"] = "Invoke",
        ["__await__"] = "GetAwaiter",
        ["__aiter__"] = "GetAsyncEnumerator",
    }.ToImmutableDictionary();

    /// <summary>The names reserved in a class scope by the special methods the class declares.</summary>
    public static IEnumerable<string> ForSpecialMethods(IEnumerable<string> dunderNames)
    {
        foreach (string dunder in dunderNames)
        {
            if (s_specialMethodMembers.TryGetValue(dunder, out string? member))
            {
                yield return member;
            }
        }
    }
}
