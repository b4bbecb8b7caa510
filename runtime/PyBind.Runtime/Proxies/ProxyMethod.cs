using System.Diagnostics.CodeAnalysis;
using PyBind.Callbacks;

namespace PyBind.Proxies;

/// <summary>A method a proxy adds for Python's protocols: called with the .NET object and the call's arguments, returns a new reference.</summary>
internal delegate nint ProxyMethodBody(object target, PyCallArguments arguments);

/// <summary>
/// Methods read from a proxy (<c>sb.append</c>): builtin functions bound to the .NET object, made per read as Python
/// makes bound methods. They are <see cref="NativeCallable"/>s, so they are called by vectorcall with keywords.
/// </summary>
internal static unsafe class ProxyMethod
{
    /// <summary>A new reference to <paramref name="group"/> bound to <paramref name="target"/> (null: static).</summary>
    [RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
    internal static nint Bind(MethodGroup group, object? target)
        => NativeCallable.Create(new BoundGroup(group, target), PythonSpelling.Of(group.Name));

    /// <summary>A new reference to the protocol method <paramref name="body"/> bound to <paramref name="target"/>.</summary>
    internal static nint Bind(string name, ProxyMethodBody body, object target)
        => NativeCallable.Create(new BoundBody(body, target), name);

    [RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
    private sealed class BoundGroup(MethodGroup group, object? target) : NativeCallable
    {
        [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = ReflectedType.Justification)]
        internal override nint Call(nint* args, nint nargs, nint keywordNames) => group.Call(target, args, nargs, keywordNames);
    }

    private sealed class BoundBody(ProxyMethodBody body, object target) : NativeCallable
    {
        internal override nint Call(nint* args, nint nargs, nint keywordNames) => body(target, new PyCallArguments(args, (int)nargs, keywordNames));
    }
}
