using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

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
    /// The public members of the runtime's <c>PyObject</c> (and <c>IDisposable</c>) that every class wrapper inherits
    /// and no Python member may take: what generated code calls on <c>this</c> (<c>DangerousGetHandle</c>,
    /// <c>GetEnumerator</c>, <c>AsTask</c>), lifetime (<c>Dispose</c>, <c>IsDisposed</c>, <c>NewReference</c>), the
    /// conversions and identity every wrapper is used through (<c>As</c>, <c>TryAs</c>, <c>Is</c>, spans, enumerables),
    /// and the properties, which a method of the same name would hide whatever its parameters (<c>Count</c>, the .NET
    /// length that lists and dictionaries rely on). <c>Handle</c> is internal, but visible to the runtime's friend
    /// assemblies. Keep in sync with <c>runtime/PyBind.Runtime</c> (a test compares).
    /// </summary>
    public static readonly ImmutableArray<string> PyObjectMembers = ImmutableArray.Create(
        "As", "AsAsyncEnumerable", "AsEnumerable", "AsReadOnlySpan", "AsSpan", "AsTask", "Count", "DangerousGetHandle", "Dispose",
        "False", "GetEnumerator", "Handle", "Is", "IsBuffer", "IsCallable", "IsDisposed", "IsIterable", "IsIterator", "IsNone",
        "NewReference", "None", "PythonTypeName", "True", "TryAs");

    /// <summary>
    /// <c>PyObject</c>'s methods that a Python <em>method</em> of a wrapper class may take (shapely's
    /// <c>geom.contains(other)</c> is <c>Contains</c>, not <c>Contains_</c>): the generic protocol helpers, which no
    /// generated code calls on <c>this</c>. C# picks the derived class's applicable method first, so the Python method
    /// wins on the class, and <c>PyObject</c>'s stays reachable through a <c>PyObject</c> reference. Each name maps to
    /// the signature keys (<see cref="Emit.MethodPlan.SignatureKey"/>) of <c>PyObject</c>'s overloads: a method with one of
    /// them hides it (<c>new</c>). Properties, attributes and nested classes still may not take them: a non-method hides
    /// every method of its name.
    /// </summary>
    public static readonly ImmutableDictionary<string, ImmutableArray<string>> PyObjectMethodsPythonMayTake = new Dictionary<string, ImmutableArray<string>>
    {
        ["Call"] = ["0(object[])", "0(object[], global::System.Collections.Generic.IReadOnlyDictionary<string, object>)", "1(object[])"],
        ["CallMethod"] = ["0(string, object[])", "0(string, object[], global::System.Collections.Generic.IReadOnlyDictionary<string, object>)"],
        ["Contains"] = ["0(object)"],
        ["Deconstruct"] = ["0(global::PyBind.PyObject&, global::PyBind.PyObject&)", "0(global::PyBind.PyObject&, global::PyBind.PyObject&, global::PyBind.PyObject&)", "0(global::PyBind.PyObject&, global::PyBind.PyObject&, global::PyBind.PyObject&, global::PyBind.PyObject&)"],
        ["DelAttr"] = ["0(string)"],
        ["DelItem"] = ["0(object)"],
        ["From"] = ["0(object)", "1(T)"],
        ["GetAttr"] = ["0(string)", "1(string)"],
        ["GetBuffer"] = ["0(bool)"],
        ["GetItem"] = ["1(object)"],
        ["GetPythonType"] = ["0()"],
        ["HasAttr"] = ["0(string)"],
        ["IsInstance"] = ["0(global::PyBind.PyObject)"],
        ["Pow"] = ["0(double)", "0(global::PyBind.PyObject)", "0(long)"],
        ["Repr"] = ["0()"],
        ["SetAttr"] = ["0(string, object)"],
        ["SetItem"] = ["0(object, object)"],
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>The public members of the runtime's <c>PythonException</c>, which generated exception classes inherit.</summary>
    public static readonly ImmutableArray<string> PythonExceptionMembers = ImmutableArray.Create(
        "PythonTypeName", "PythonMessage", "PythonTraceback", "GetPythonException");

    /// <summary>Members of <c>System.Exception</c>, which generated exception classes derive from.</summary>
    public static readonly ImmutableArray<string> Exception = ImmutableArray.Create(
        "Message", "Data", "InnerException", "StackTrace", "Source", "HelpLink", "HResult", "TargetSite",
        "GetBaseException", "GetObjectData");

    /// <summary>
    /// The inherited member that holds <paramref name="name"/> in a wrapper or exception class (<c>PyBind.PyObject.Count</c>),
    /// for the rename diagnostic: that a method <c>count</c> is <c>Count_</c> because every wrapper has a <c>Count</c>.
    /// </summary>
    public static string? InheritedHolder(bool isException, string name)
    {
        if (isException)
        {
            return Find(Exception, name) is string exceptionMember ? "System.Exception." + exceptionMember
                : Find(PythonExceptionMembers, name) is string pythonMember ? "PyBind.PythonException." + pythonMember
                : FromObject(name);
        }

        // Handle is internal: no user sees it, so no holder is named.
        return Find(PyObjectMembers.Where(n => n != "Handle").Concat(PyObjectMethodsPythonMayTake.Keys), name) is string member
            ? "PyBind.PyObject." + member
            : FromObject(name);

        static string? FromObject(string name) => Find(Common.Where(n => n != "Main"), name) is string member ? "object." + member : null;

        static string? Find(IEnumerable<string> names, string name) => names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
    }

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
