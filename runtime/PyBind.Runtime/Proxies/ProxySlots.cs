using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using PyBind.Async;
using PyBind.Collections;
using PyBind.Marshalling;
using static PyBind.Interop.Data;
using static PyBind.Interop.Python;

namespace PyBind.Proxies;

/// <summary>
/// The slots of the proxy types: what Python does to a .NET object. Each entry point (but a plain property read) runs
/// its body through <see cref="Run"/>, which counts the GIL Python holds and turns a .NET exception into the Python exception of the
/// same meaning, carrying it (it comes back out to .NET as the same object).
/// </summary>
[UnconditionalSuppressMessage("Trimming", "IL2026", Justification = ReflectedType.Justification)]
internal static unsafe class ProxySlots
{
    /// <summary>
    /// The getter of a member's descriptor on its proxy type (<see cref="ProxyTypes"/>): <paramref name="member"/> is a GC
    /// handle to the <see cref="ProxyMember"/>, made by the type and living as long as it. Reading a property is the
    /// proxies' hot path: a plain read (<see cref="ProxyMember.IsPlainRead"/>: an auto-property's field as a Python
    /// scalar) runs none of the user's code, which could call the runtime back, so it skips counting the GIL (a read
    /// of thread-local storage) and the trampoline of <see cref="Run"/>; any other member is read through
    /// <see cref="Run"/>.
    /// </summary>
    [UnmanagedCallersOnly]
    internal static nint GetMember(nint self, nint member)
    {
        ProxyMember read = Unsafe.As<ProxyMember>(GCHandle.FromIntPtr(member).Target!);
        if (!read.IsPlainRead)
            return Run(self, member, 0, &GetMemberCore);
        try
        {
            return read.Get(TargetOf(self));
        }
#pragma warning disable CA1031 // as in Run
        catch (Exception e)
#pragma warning restore CA1031
        {
            // A Python-made instance (no target), or memory exhausted: raised as Run raises, the GIL counted.
            Gil.ThreadGil thread = Gil.EnterFromPython(out int depth);
            PythonErrors.Raise(e);
            Gil.ExitToPython(thread, depth);
            return 0;
        }
    }

    [UnmanagedCallersOnly]
    internal static nint GetAttribute(nint self, nint name) => Run(self, name, 0, &GetAttributeCore);

    [UnmanagedCallersOnly]
    internal static int SetAttribute(nint self, nint name, nint value) => (int)Run(self, name, value, &SetAttributeCore, failure: -1);

    [UnmanagedCallersOnly]
    internal static nint Str(nint self) => Run(self, 0, 0, &StrCore);

    [UnmanagedCallersOnly]
    internal static nint Repr(nint self) => Run(self, 0, 0, &ReprCore);

    [UnmanagedCallersOnly]
    internal static nint RichCompare(nint self, nint other, int op) => Run(self, other, op, &RichCompareCore);

    [UnmanagedCallersOnly]
    internal static nint Hash(nint self) => Run(self, 0, 0, &HashCore, failure: -1);

    [UnmanagedCallersOnly]
    internal static nint Length(nint self) => Run(self, 0, 0, &LengthCore, failure: -1);

    [UnmanagedCallersOnly]
    internal static nint GetItem(nint self, nint key) => Run(self, key, 0, &GetItemCore);

    [UnmanagedCallersOnly]
    internal static nint GetIndex(nint self, nint index) => Run(self, index, 0, &GetIndexCore);

    [UnmanagedCallersOnly]
    internal static int SetItem(nint self, nint key, nint value) => (int)Run(self, key, value, &SetItemCore, failure: -1);

    [UnmanagedCallersOnly]
    internal static int Contains(nint self, nint item) => (int)Run(self, item, 0, &ContainsCore, failure: -1);

    [UnmanagedCallersOnly]
    internal static nint Iterate(nint self) => Run(self, 0, 0, &IterateCore);

    [UnmanagedCallersOnly]
    internal static nint Next(nint self) => Run(self, 0, 0, &NextCore);

    [UnmanagedCallersOnly]
    internal static nint Await(nint self) => Run(self, 0, 0, &AwaitCore);

    [UnmanagedCallersOnly]
    internal static nint Call(nint self, nint args, nint kwargs) => Run(self, args, kwargs, &CallCore);

    [UnmanagedCallersOnly]
    internal static nint Dir(nint self, nint unused) => Run(self, 0, 0, &DirCore);

    [UnmanagedCallersOnly]
    internal static nint Enter(nint self, nint unused)
    {
        Py_IncRef(self);
        return self;
    }

    [UnmanagedCallersOnly]
    internal static nint Exit(nint self, nint args) => Run(self, 0, 0, &ExitCore);

    [UnmanagedCallersOnly]
    internal static nint InstanceCheck(nint self, nint instance) => Run(self, instance, 0, &InstanceCheckCore);

    [UnmanagedCallersOnly]
    internal static nint SubclassCheck(nint self, nint subclass) => Run(self, subclass, 0, &SubclassCheckCore);

    /// <summary>
    /// Runs a slot's body with the proxy's .NET object. Python called us, so this thread holds the GIL: counting it
    /// makes runtime calls inside only nest. No exception may unwind into Python's frames: it becomes the Python
    /// error, and the slot returns <paramref name="failure"/> (NULL, or -1 for the slots that return a number).
    /// </summary>
    private static nint Run(nint self, nint a, nint b, delegate*<object, nint, nint, nint, nint> body, nint failure = 0)
    {
        Gil.ThreadGil thread = Gil.EnterFromPython(out int depth);
        try
        {
            return body(TargetOf(self), self, a, b);
        }
#pragma warning disable CA1031 // no exception may unwind through Python's frames: it becomes the Python error
        catch (Exception e)
#pragma warning restore CA1031
        {
            PythonErrors.Raise(e);
            return failure;
        }
        finally
        {
            Gil.ExitToPython(thread, depth);
        }
    }

    private static nint GetMemberCore(object target, nint self, nint member, nint unused)
        => Unsafe.As<ProxyMember>(GCHandle.FromIntPtr(member).Target!).Get(target);

    /// <summary>The proxy's .NET object; an instance Python made itself (<c>type(x)()</c>) stands for none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static object TargetOf(nint self) => NativeTypes.TargetOf(self) ?? throw NoTarget(self);

    private static PyTypeError NoTarget(nint self)
        => new($"this {PyTypes.TypeNameOf(self)} was created by Python and stands for no .NET object");

    /// <summary>
    /// The attributes of a <c>System.Type</c>'s proxy: the type's static members and nested types first, then what
    /// Python's own lookup finds (the members of <c>System.Type</c> itself, <c>__class__</c>, <c>__doc__</c>); else
    /// AttributeError naming the .NET type, raised directly since <c>hasattr</c> probes are common and must stay cheap.
    /// </summary>
    private static nint GetAttributeCore(object target, nint self, nint name, nint unused)
    {
        if (ReflectedType.Of((Type)target).StaticMembers.Find(name) is { } staticMember)
            return staticMember.Get(null);
        nint generic = PyObject_GenericGetAttr(self, name);
        if (generic == 0 && PyErr_ExceptionMatches(PyExc_AttributeError) != 0)
        {
            PyErr_Clear();
            PythonErrors.Raise(PyExc_AttributeError, $"'{OwnerName(target)}' object has no attribute '{PyConvert.ToString(name)}'");
        }
        return generic;
    }

    private static nint SetAttributeCore(object target, nint self, nint name, nint value)
    {
        ProxyMember? member = target is Type type ? ReflectedType.Of(type).StaticMembers.Find(name) : null;
        object? owner = member is null ? target : null;
        member ??= ReflectedType.Of(target.GetType()).InstanceMembers.Find(name);
        string attribute = PyConvert.ToString(name);
        if (member is null)
            throw new PyAttributeError($"'{OwnerName(target)}' object has no attribute '{attribute}' (a .NET object has only the attributes its type declares)");
        if (value == 0)
            throw new PyAttributeError($"cannot delete attribute '{attribute}' of a .NET '{OwnerName(target)}'");
        member.Set(owner, value, OwnerName(target), attribute);
        return 0;
    }

    private static nint StrCore(object target, nint self, nint a, nint b) => PyConvert.ToPython(target.ToString() ?? string.Empty);

    /// <summary><c>&lt;.NET System.Text.StringBuilder: 'abc'&gt;</c>; the address when <c>ToString</c> only names the type.</summary>
    private static nint ReprCore(object target, nint self, nint a, nint b)
    {
        string typeName = PyConvert.DisplayName(target.GetType());
        if (target is Type type)
            return PyConvert.ToPython($"<.NET type {PyConvert.DisplayName(type)}>");
        string? text = target.ToString();
        if (text is null || text == target.GetType().ToString())
            return PyConvert.ToPython($"<.NET {typeName} object at 0x{self:x}>");
        return PyConvert.ToPython($"<.NET {typeName}: {(text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…"))}>");
    }

    /// <summary><c>==</c> and <c>!=</c> are <c>Equals</c>; the orderings are <c>IComparable</c>; against anything but another proxy, NotImplemented.</summary>
    private static nint RichCompareCore(object target, nint self, nint other, nint op)
    {
        object? otherTarget = DotNetProxy.TargetOf(other);
        if (otherTarget is null)
            return NotImplemented();
        bool? result = (int)op switch
        {
            Py_EQ => target.Equals(otherTarget),
            Py_NE => !target.Equals(otherTarget),
            _ => Compare(target, otherTarget) is int order ? (int)op switch
            {
                Py_LT => order < 0,
                Py_LE => order <= 0,
                Py_GT => order > 0,
                _ => order >= 0,
            } : null,
        };
        return result is bool value ? PyConvert.ToPython(value) : NotImplemented();
    }

    private static int? Compare(object target, object other)
    {
        if (target is not IComparable comparable)
            return null;
        try
        {
            return comparable.CompareTo(other);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static nint NotImplemented()
    {
        Py_IncRef(Py_NotImplemented);
        return Py_NotImplemented;
    }

    // -1 means "error" to Python: a hash of -1 is reported as -2, as CPython does for its own objects.
    private static nint HashCore(object target, nint self, nint a, nint b) => target.GetHashCode() is -1 ? -2 : target.GetHashCode();

    private static nint LengthCore(object target, nint self, nint a, nint b) => Collection(target).Length(target);

    private static nint GetItemCore(object target, nint self, nint key, nint b) => Collection(target).GetItem(target, key);

    /// <summary><c>PySequence_GetItem</c> (numpy, <c>random</c>): Python has already counted a negative index from the end.</summary>
    private static nint GetIndexCore(object target, nint self, nint index, nint b)
    {
        if (index < 0)
            throw new PyIndexError($"{target.GetType().Name} index out of range");
        nint key = PyConvert.ToPython((long)index);
        try
        {
            return Collection(target).GetItem(target, key);
        }
        finally
        {
            Py_DecRef(key);
        }
    }

    private static nint SetItemCore(object target, nint self, nint key, nint value)
    {
        Collection(target).SetItem(target, key, value);
        return 0;
    }

    private static nint ContainsCore(object target, nint self, nint item, nint b) => Collection(target).Contains(target, item) ? 1 : 0;

    private static CollectionAccess Collection(object target)
        => ReflectedType.Of(target.GetType()).Collection ?? throw new PyTypeError($"'{OwnerName(target)}' object is not a collection");

    /// <summary>A stream or an enumerator is its own iterator; any other sequence gets a lazy iterator (a mapping's over its keys).</summary>
    private static nint IterateCore(object target, nint self, nint a, nint b)
    {
        if (target is Stream or IEnumerator)
        {
            Py_IncRef(self);
            return self;
        }
        IEnumerable items = ReflectedType.Of(target.GetType()).Collection?.Iterate(target) ?? (IEnumerable)target;
        return new DotNetIterator<object?>(items.Cast<object?>().GetEnumerator(), ObjectConverter.Instance).ToPython();
    }

    /// <summary>The next line of a stream, the next item of an enumerator; NULL without an error at the end.</summary>
    private static nint NextCore(object target, nint self, nint a, nint b)
    {
        if (target is Stream stream)
        {
            byte[] line = StreamFile.ReadLine(stream, -1);
            return line.Length == 0 ? 0 : PyConvert.ToPython(line);
        }
        var enumerator = (IEnumerator)target;
        return enumerator.MoveNext() ? PyConvert.ToPython(enumerator.Current) : 0;
    }

    /// <summary><c>await</c>: the task through the asyncio bridge (it completes a future of the loop that awaits it).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "ValueTask<T>.AsTask is public and kept wherever a ValueTask<T> is used.")]
    private static nint AwaitCore(object target, nint self, nint a, nint b)
    {
        Task task = target switch
        {
            Task t => t,
            ValueTask valueTask => valueTask.AsTask(),
            _ => (Task)target.GetType().GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(target, null)!,
        };
        using var awaitable = new PyObject(PyAsync.ToAwaitable(task), PyOwnership.Steal);
        using PyObject iterator = awaitable.CallMethod("__await__");
        return PyConvert.ToPython(iterator);
    }

    /// <summary>A <c>System.Type</c> called: the best constructor for the arguments (a struct without arguments: its default value).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Only for a struct, whose default value needs no constructor.")]
    private static nint CallCore(object target, nint self, nint args, nint kwargs)
    {
        var type = (Type)target;
        if (type.IsAbstract || type.IsInterface || type.ContainsGenericParameters)
        {
            string kind = type.IsInterface ? "an interface" : type.IsSealed ? "a static class" : type.IsAbstract ? "an abstract class" : "an open generic type";
            throw new PyTypeError($"cannot create an instance of {PyConvert.DisplayName(type)}: it is {kind}");
        }
        int nargs = (int)PyTuple_GET_SIZE(args);
        int keywords = kwargs == 0 ? 0 : (int)PyDict_Size(kwargs);
        MethodGroup constructors = ReflectedType.Of(type).Constructors;
        if (nargs == 0 && keywords == 0 && type.IsValueType)
            return PyConvert.ToPython(Activator.CreateInstance(type));
        nint* items = stackalloc nint[nargs + keywords + 1];
        for (int i = 0; i < nargs; i++)
            items[i] = PyTuple_GET_ITEM(args, i);
        if (keywords == 0)
            return constructors.Call(null, items, nargs, 0);
        nint names = PyObject.Check(PyTuple_New(keywords));
        try
        {
            nint position = 0, key, value;
            for (int k = 0; PyDict_Next(kwargs, &position, &key, &value) != 0; k++)
            {
                Py_IncRef(key);
                _ = PyTuple_SetItem(names, k, key);
                items[nargs + k] = value;
            }
            return constructors.Call(null, items, nargs, names);
        }
        finally
        {
            Py_DecRef(names);
        }
    }

    /// <summary><c>dir()</c>: the Python spellings of the .NET members (a type's static members and nested types first).</summary>
    private static nint DirCore(object target, nint self, nint a, nint b)
    {
        IEnumerable<string> names = ReflectedType.Of(target.GetType()).InstanceMembers.PythonNames;
        if (target is Type type)
            names = ReflectedType.Of(type).StaticMembers.PythonNames.Concat(names);
        return PyConvert.ToPython(names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }

    private static nint ExitCore(object target, nint self, nint a, nint b)
    {
        ((IDisposable)target).Dispose();
        return PyConvert.ToPython(false);
    }

    /// <summary><c>isinstance(x, T)</c>: a proxy of an instance of the type, or a Python value whose natural .NET value is one (<c>isinstance(1, Int64)</c>).</summary>
    private static nint InstanceCheckCore(object target, nint self, nint instance, nint b)
    {
        object? value = DotNetProxy.TargetOf(instance) ?? PyConvert.ToObject(instance);
        bool result = ((Type)target).IsInstanceOfType(value) && value is not PyObject;
        (value as PyObject)?.Dispose();
        return PyConvert.ToPython(result);
    }

    private static nint SubclassCheckCore(object target, nint self, nint subclass, nint b)
        => PyConvert.ToPython(DotNetProxy.TargetOf(subclass) is Type other && ((Type)target).IsAssignableFrom(other));

    private static string OwnerName(object target) => PyConvert.DisplayName(target as Type ?? target.GetType());
}
