using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind.Proxies;

/// <summary>
/// The Python types of proxies: one heap type (<c>PyType_FromSpec</c>) per .NET type, made when its first object
/// crosses and named after it (<c>System.Text.StringBuilder</c>), with exactly the slots its <see cref="ProxyFeatures"/>
/// need. Its instance members are attributes of the type: a getset descriptor for each name that resolves (the exact
/// .NET name and the Python spelling), so Python's own attribute lookup, cached per type, goes straight to the member
/// without asking .NET what a name means. Every type reads its instance's .NET object the same way
/// (<see cref="NativeTypes"/>); <see cref="ProxySlots"/> implements the slots.
/// </summary>
internal static unsafe class ProxyTypes
{
    private static readonly HashSet<nint> s_all = [];

    // Each tp_methods table: allocated once, for the process (types point at it).
    private static PyMethodDef* s_plainMethods, s_disposableMethods, s_typeMethods, s_disposableTypeMethods;

    /// <summary>The type of the proxies of <paramref name="reflected"/>'s objects, made on first use; the caller holds the GIL.</summary>
    internal static nint For(ReflectedType reflected)
    {
        nint type = reflected.ProxyType;
        if (type == 0)
        {
            type = Create(reflected);
            reflected.ProxyType = type;
            s_all.Add(type);
            if ((reflected.Features & ProxyFeatures.Stream) != 0)
                StreamFile.RegisterAsRawIO(type);
        }
        return type;
    }

    /// <summary>Whether <paramref name="type"/> is a proxy type; the caller holds the GIL.</summary>
    internal static bool IsProxyType(nint type) => s_all.Count != 0 && s_all.Contains(type);

    private static nint Create(ReflectedType reflected)
    {
        ProxyFeatures features = reflected.Features;
        var slots = new List<PyType_Slot>
        {
            Slot(Py_tp_getset, Attributes(reflected.InstanceMembers)),
            Slot(Py_tp_setattro, (delegate* unmanaged<nint, nint, nint, int>)&ProxySlots.SetAttribute),
            Slot(Py_tp_str, (delegate* unmanaged<nint, nint>)&ProxySlots.Str),
            Slot(Py_tp_repr, (delegate* unmanaged<nint, nint>)&ProxySlots.Repr),
            Slot(Py_tp_richcompare, (delegate* unmanaged<nint, nint, int, nint>)&ProxySlots.RichCompare),
            Slot(Py_tp_hash, (delegate* unmanaged<nint, nint>)&ProxySlots.Hash),
            Slot(Py_tp_methods, Methods(features)),
        };
        // Reading attributes is Python's own lookup (object's tp_getattro), but a System.Type's proxy has attributes
        // that depend on which type it is (that type's static members), which .NET finds first.
        if ((features & ProxyFeatures.Type) != 0)
            slots.Add(Slot(Py_tp_getattro, (delegate* unmanaged<nint, nint, nint>)&ProxySlots.GetAttribute));
        if ((features & ProxyFeatures.Sized) != 0)
            slots.Add(Slot(Py_mp_length, (delegate* unmanaged<nint, nint>)&ProxySlots.Length));
        if ((features & ProxyFeatures.Subscript) != 0)
        {
            slots.Add(Slot(Py_mp_subscript, (delegate* unmanaged<nint, nint, nint>)&ProxySlots.GetItem));
            slots.Add(Slot(Py_mp_ass_subscript, (delegate* unmanaged<nint, nint, nint, int>)&ProxySlots.SetItem));
        }
        // Only list-likes are sequences to the C API (numpy.array(), random.choice()): a dict-like must not be.
        if ((features & ProxyFeatures.Sequence) != 0)
        {
            slots.Add(Slot(Py_sq_length, (delegate* unmanaged<nint, nint>)&ProxySlots.Length));
            slots.Add(Slot(Py_sq_item, (delegate* unmanaged<nint, nint, nint>)&ProxySlots.GetIndex));
        }
        if ((features & ProxyFeatures.Contains) != 0)
            slots.Add(Slot(Py_sq_contains, (delegate* unmanaged<nint, nint, int>)&ProxySlots.Contains));
        if ((features & (ProxyFeatures.Iterable | ProxyFeatures.Iterator)) != 0)
            slots.Add(Slot(Py_tp_iter, (delegate* unmanaged<nint, nint>)&ProxySlots.Iterate));
        if ((features & ProxyFeatures.Iterator) != 0)
            slots.Add(Slot(Py_tp_iternext, (delegate* unmanaged<nint, nint>)&ProxySlots.Next));
        if ((features & ProxyFeatures.Awaitable) != 0)
            slots.Add(Slot(Py_am_await, (delegate* unmanaged<nint, nint>)&ProxySlots.Await));
        if ((features & ProxyFeatures.Type) != 0)
            slots.Add(Slot(Py_tp_call, (delegate* unmanaged<nint, nint, nint, nint>)&ProxySlots.Call));
        string name = PyConvert.DisplayName(reflected.ClrType);
        nint type = NativeTypes.Create(name, DocOf(features), slots.ToArray(), &DotNetProxy.Dealloc);
        NameAsPython(type, reflected.ClrType.Namespace, name);
        return type;
    }

    /// <summary>
    /// Gives the type Python's names for a .NET type: <c>__module__</c> its namespace, <c>__qualname__</c> the rest
    /// (<c>Outer.Inner&lt;System.Int32&gt;</c>), <c>__name__</c> the last part, which Python's own messages use, as for
    /// a class (<c>'Inner&lt;System.Int32&gt;' object has no attribute 'x'</c>). <c>PyType_FromSpec</c> split the full
    /// name at its last dot, which is wrong for a nested or generic type.
    /// </summary>
    private static void NameAsPython(nint type, string? @namespace, string fullName)
    {
        string qualname = @namespace is not null && fullName.StartsWith(@namespace + ".", StringComparison.Ordinal)
            ? fullName[(@namespace.Length + 1)..]
            : fullName;
        int arguments = qualname.IndexOf('<', StringComparison.Ordinal);
        using var pythonType = new PyObject(type, PyOwnership.Borrow);
        pythonType.SetAttr("__name__", qualname[(qualname.LastIndexOf('.', arguments < 0 ? qualname.Length - 1 : arguments) + 1)..]);
        pythonType.SetAttr("__qualname__", qualname);
        if (@namespace is not null)
            pythonType.SetAttr("__module__", @namespace);
    }

    /// <summary>
    /// A getset table of every name of <paramref name="members"/>, each read by <see cref="ProxySlots.GetMember"/>
    /// with a GC handle to its member; like the type, it lives for the process. Writes go through the type's
    /// <c>tp_setattro</c>, which names the member in its errors.
    /// </summary>
    private static PyGetSetDef* Attributes(MemberTable members)
    {
        var handles = new Dictionary<ProxyMember, nint>(ReferenceEqualityComparer.Instance);
        List<KeyValuePair<string, ProxyMember>> names = [.. members.Names];
        // Zeroed memory ends the table (a PyGetSetDef with a null name).
        var table = (PyGetSetDef*)NativeMemory.AllocZeroed((nuint)(sizeof(PyGetSetDef) * (names.Count + 1)));
        for (int i = 0; i < names.Count; i++)
        {
            (string name, ProxyMember member) = names[i];
            if (!handles.TryGetValue(member, out nint handle))
                handles[member] = handle = GCHandle.ToIntPtr(GCHandle.Alloc(member));
            table[i] = new PyGetSetDef
            {
                Name = (byte*)PyTypes.Utf8Constant(name),
                Get = &ProxySlots.GetMember,
                Closure = handle,
            };
        }
        return table;
    }

    private static PyType_Slot Slot(int id, void* function) => new() { Slot = id, Pfunc = function };

    private static PyMethodDef Method(string name, void* function, int flags, string doc) => new()
    {
        Name = (byte*)PyTypes.Utf8Constant(name),
        Method = function,
        Flags = flags,
        Doc = (byte*)PyTypes.Utf8Constant(doc),
    };

    private static string DocOf(ProxyFeatures features) => (features & ProxyFeatures.Stream) != 0
        ? "A .NET System.IO.Stream as a binary file object (io.RawIOBase): read, readinto, readline, write, seek, tell, close."
        : "A .NET object: its public members in Python spelling (AddTwo -> add_two) or by their exact .NET names.";

    private static PyMethodDef* Methods(ProxyFeatures features)
    {
        bool disposable = (features & ProxyFeatures.Disposable) != 0, type = (features & ProxyFeatures.Type) != 0;
        ref PyMethodDef* table = ref disposable
            ? ref (type ? ref s_disposableTypeMethods : ref s_disposableMethods)
            : ref (type ? ref s_typeMethods : ref s_plainMethods);
        if (table is not null)
            return table;
        var methods = new List<PyMethodDef>
        {
            Method("__dir__", (delegate* unmanaged<nint, nint, nint>)&ProxySlots.Dir, METH_NOARGS, "The object's .NET members, in Python spelling."),
        };
        if (disposable)
        {
            methods.Add(Method("__enter__", (delegate* unmanaged<nint, nint, nint>)&ProxySlots.Enter, METH_NOARGS, "Returns the object itself."));
            methods.Add(Method("__exit__", (delegate* unmanaged<nint, nint, nint>)&ProxySlots.Exit, METH_VARARGS, "Disposes the object (IDisposable.Dispose)."));
        }
        if (type)
        {
            methods.Add(Method("__instancecheck__", (delegate* unmanaged<nint, nint, nint>)&ProxySlots.InstanceCheck, METH_O, "isinstance(x, T): x is a proxy of an instance of the .NET type."));
            methods.Add(Method("__subclasscheck__", (delegate* unmanaged<nint, nint, nint>)&ProxySlots.SubclassCheck, METH_O, "issubclass(S, T) for .NET types."));
        }
        // Zeroed memory ends the table (a PyMethodDef with a null name).
        table = (PyMethodDef*)NativeMemory.AllocZeroed((nuint)(sizeof(PyMethodDef) * (methods.Count + 1)));
        for (int i = 0; i < methods.Count; i++)
            table[i] = methods[i];
        return table;
    }
}
