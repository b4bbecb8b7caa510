using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind.Callbacks;

/// <summary>
/// A .NET function that Python calls as a builtin function (<c>builtin_function_or_method</c>, vectorcall with
/// <c>METH_FASTCALL | METH_KEYWORDS</c>): no Python code in between. The function object's <c>self</c> is a capsule
/// holding a GC handle to this object, freed by the capsule's destructor, so the .NET side lives exactly as long as
/// Python holds the function.
/// </summary>
internal abstract unsafe class NativeCallable
{
    // One definition per function name, for the process: function objects point at their definition.
    private static readonly ConcurrentDictionary<string, nint> s_definitions = new(StringComparer.Ordinal);

    /// <summary>The delegate Python calls, when the callable is one (a proxy's bound method is not).</summary>
    internal virtual Delegate? Function => null;

    /// <summary>Runs the call: converts the borrowed arguments, calls, returns a new reference. Throws on failure; the caller holds the GIL.</summary>
    internal abstract nint Call(nint* args, nint nargs, nint keywordNames);

    /// <summary>A new Python function object calling <paramref name="callable"/>; the caller holds the GIL.</summary>
    internal static nint Create(NativeCallable callable, string? name)
    {
        name ??= callable.Function is { } function ? DefaultName(function) : "<.NET>";
        nint definition = s_definitions.GetOrAdd(name, static n => (nint)NativeFunctions.Define(
            n, (delegate* unmanaged<nint, nint*, nint, nint, nint>)&Invoke, METH_FASTCALL_KEYWORDS, "A .NET function."));
        return NativeFunctions.Create((PyMethodDef*)definition, callable);
    }

    /// <summary>
    /// A new Python function object calling <paramref name="callable"/> with a definition of its own, whose
    /// <paramref name="doc"/> Python shows in <c>help()</c> (and whose first line, <c>name(a, b)\n--\n\n</c>, gives
    /// <c>inspect.signature</c>); for functions made once, such as a module's. The caller holds the GIL.
    /// </summary>
    internal static nint Create(NativeCallable callable, string name, string doc)
        => NativeFunctions.Create(NativeFunctions.Define(name, (delegate* unmanaged<nint, nint*, nint, nint, nint>)&Invoke, METH_FASTCALL_KEYWORDS, doc), callable);

    /// <summary>The .NET function behind a Python object, when it is one of ours; the caller holds the GIL.</summary>
    internal static NativeCallable? TryGet(nint function) => NativeFunctions.TryGetTarget(function) as NativeCallable;

    /// <summary>A method's own name; a lambda's compiler-made name (<c>&lt;Main&gt;b__0_0</c>) reads as <c>&lt;lambda&gt;</c>, as in Python.</summary>
    internal static string DefaultName(Delegate function)
    {
        string name = function.Method.Name;
        return name.Contains('<', StringComparison.Ordinal) ? "<lambda>" : name;
    }

    [UnmanagedCallersOnly]
    private static nint Invoke(nint self, nint* args, nint nargs, nint keywordNames)
    {
        // Python called us, so this thread holds the GIL: count it, so that runtime calls inside only nest.
        Gil.ThreadGil thread = Gil.EnterFromPython(out int depth);
        try
        {
            return Unsafe.As<NativeCallable>(NativeFunctions.TargetOfOwnCapsule(self))!.Call(args, nargs, keywordNames);
        }
#pragma warning disable CA1031 // no exception may unwind through Python's frames: it becomes the Python error
        catch (Exception e)
#pragma warning restore CA1031
        {
            PythonErrors.Raise(e);
            return 0;
        }
        finally
        {
            Gil.ExitToPython(thread, depth);
        }
    }

    /// <summary>The TypeError Python raises for a call with the wrong arguments.</summary>
    private protected static PyTypeError WrongArguments(Delegate function, int arity, nint nargs, nint keywordNames)
    {
        string name = DefaultName(function);
        return keywordNames != 0
            ? new PyTypeError($"{name}() takes no keyword arguments (a .NET {function.GetType().Name} takes positional arguments only)")
            : new PyTypeError($"{name}() takes {arity} positional argument{(arity == 1 ? "" : "s")} but {nargs} {(nargs == 1 ? "was" : "were")} given");
    }
}

/// <summary>The .NET side of a delegate made from a Python callable: Python's object, so that it goes back as itself.</summary>
internal abstract class PythonFunction
{
    protected PythonFunction(PyObject callable) => Callable = callable;

    internal PyObject Callable { get; }
}

/// <summary>A converter of one delegate type, seen without its type argument (<see cref="PyConvert.ToPython(object?)"/> knows only <see cref="Delegate"/>).</summary>
internal interface IDelegateBridge
{
    nint ToPython(Delegate function, string? name);
}

/// <summary>
/// A delegate type both ways: a delegate becomes a Python function (<see cref="NativeCallable"/>) calling it with
/// the arguments converted to its parameter types and the result converted back; a Python callable becomes a
/// delegate that calls it. Each direction keeps identity: a delegate made from a Python callable goes back as that
/// callable, and a Python function made from a delegate comes back as that delegate. One subclass per arity of
/// <c>Func</c>/<c>Action</c> (generated), closed over the converters once: no reflection per call.
/// </summary>
internal abstract unsafe class DelegateBridge<TDelegate> : PyConverter<TDelegate>, IDelegateBridge
    where TDelegate : Delegate
{
    private readonly int _arity;

    protected DelegateBridge(int arity) => _arity = arity;

    public override nint ToPython(TDelegate value) => ToPython(value, null);

    nint IDelegateBridge.ToPython(Delegate function, string? name) => ToPython((TDelegate)function, name);

    internal nint ToPython(TDelegate? value, string? name)
    {
        if (value is null)
            return PyConvert.None();
        if (value.Target is PythonFunction python)
            return PyConvert.ToPython(python.Callable);
        return NativeCallable.Create(new Callback(this, value), name);
    }

    public override TDelegate FromPython(nint obj)
    {
        if (NativeCallable.TryGet(obj) is { Function: TDelegate function })
            return function;
        if (PyCallable_Check(obj) == 0)
            throw PyConvert.Mismatch(obj, "a callable", typeof(TDelegate));
        return Wrap(new PyObject(obj, PyOwnership.Borrow));
    }

    /// <summary>A delegate calling <paramref name="callable"/>, which it owns.</summary>
    protected abstract TDelegate Wrap(PyObject callable);

    /// <summary>Calls <paramref name="function"/> with the <c>Arity</c> borrowed arguments converted; returns the result as a new reference.</summary>
    protected abstract nint Invoke(TDelegate function, nint* args);

    /// <summary>Converts a call's result (a new reference) and releases it.</summary>
    protected static T Result<T>(PyConverter<T> converter, nint result)
    {
        try
        {
            return converter.FromPython(result);
        }
        finally
        {
            Py_DecRef(result);
        }
    }

    private sealed class Callback(DelegateBridge<TDelegate> bridge, TDelegate function) : NativeCallable
    {
        internal override Delegate? Function => function;

        internal override nint Call(nint* args, nint nargs, nint keywordNames)
        {
            if (nargs != bridge._arity || keywordNames != 0)
                throw WrongArguments(function, bridge._arity, nargs, keywordNames);
            return bridge.Invoke(function, args);
        }
    }
}
