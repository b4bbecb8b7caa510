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
    /// Members of <c>object</c>, reserved in every scope: a static module class inherits its static members too, and a
    /// member named <c>ToString</c> or <c>Equals</c> would hide them. And <c>Main</c>: a static <c>Main</c> is an entry
    /// point to the user's executable (flask.cli's <c>main()</c> made a test project's build fail with CS0017), so a
    /// Python <c>main</c> becomes <c>Main_</c>.
    /// </summary>
    public static readonly ImmutableArray<string> Common = ImmutableArray.Create(
        "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize", "Main");

    /// <summary>
    /// The public members of the runtime's <c>PyObject</c> (and <c>IDisposable</c>), which every class wrapper inherits:
    /// <c>runtime/PyBind.Runtime/PyObject*.cs</c>, including the async and buffer members. Keep in sync
    /// when <c>PyObject</c> gains a public member.
    /// </summary>
    public static readonly ImmutableArray<string> PyObjectMembers = ImmutableArray.Create(
        "As", "AsAsyncEnumerable", "AsEnumerable", "AsMemory", "AsReadOnlySpan", "AsSpan", "AsSpan2D", "AsTask", "Call", "CallMethod",
        "Contains", "Count", "DangerousGetHandle", "DelAttr", "DelItem", "Dispose", "False", "From", "GetAttr",
        "GetBuffer", "GetEnumerator", "GetItem", "GetPythonType", "Handle", "HasAttr", "Is", "IsBuffer", "IsCallable", "IsDisposed",
        "IsInstance", "IsIterable", "IsIterator", "IsNone", "NewReference", "None", "PythonTypeName", "Repr", "SetAttr", "SetItem",
        "True", "TryAs");

    /// <summary>The public members of the runtime's <c>PythonException</c>, which generated exception classes inherit.</summary>
    public static readonly ImmutableArray<string> PythonExceptionMembers = ImmutableArray.Create(
        "PythonTypeName", "PythonMessage", "PythonTraceback", "GetPythonException");

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
