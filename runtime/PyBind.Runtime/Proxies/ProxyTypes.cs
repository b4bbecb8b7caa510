using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using PyBind.Hosting;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind.Proxies;

/// <summary>
/// The Python types of proxies: one heap type (<c>PyType_FromSpec</c>) per combination of <see cref="ProxyFeatures"/>,
/// made on first use, each with exactly the slots its features need. Every type reads its instance's .NET object the
/// same way (<see cref="NativeTypes"/>); <see cref="ProxySlots"/> implements the slots.
/// </summary>
internal static unsafe class ProxyTypes
{
    private static readonly nint[] s_types = new nint[(int)ProxyFeatures.Count];
    private static readonly HashSet<nint> s_all = [];

    // Each tp_methods table: allocated once, for the process (types point at it).
    private static PyMethodDef* s_plainMethods, s_disposableMethods, s_typeMethods, s_disposableTypeMethods;

    /// <summary>The type of proxies with <paramref name="features"/>, made on first use; the caller holds the GIL.</summary>
    internal static nint For(ProxyFeatures features)
    {
        nint type = s_types[(int)features];
        if (type == 0)
        {
            type = Create(features);
            s_types[(int)features] = type;
            s_all.Add(type);
            if ((features & ProxyFeatures.Stream) != 0)
                StreamFile.RegisterAsRawIO(type);
        }
        return type;
    }

    /// <summary>Whether <paramref name="type"/> is a proxy type; the caller holds the GIL.</summary>
    internal static bool IsProxyType(nint type) => s_all.Count != 0 && s_all.Contains(type);

    private static nint Create(ProxyFeatures features)
    {
        var slots = new List<PyType_Slot>
        {
            Slot(Py_tp_getattro, (delegate* unmanaged<nint, nint, nint>)&ProxySlots.GetAttribute),
            Slot(Py_tp_setattro, (delegate* unmanaged<nint, nint, nint, int>)&ProxySlots.SetAttribute),
            Slot(Py_tp_str, (delegate* unmanaged<nint, nint>)&ProxySlots.Str),
            Slot(Py_tp_repr, (delegate* unmanaged<nint, nint>)&ProxySlots.Repr),
            Slot(Py_tp_richcompare, (delegate* unmanaged<nint, nint, int, nint>)&ProxySlots.RichCompare),
            Slot(Py_tp_hash, (delegate* unmanaged<nint, nint>)&ProxySlots.Hash),
            Slot(Py_tp_methods, Methods(features)),
        };
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
        return NativeTypes.Create("pybind." + NameOf(features), DocOf(features), slots.ToArray(), &DotNetProxy.Dealloc);
    }

    private static PyType_Slot Slot(int id, void* function) => new() { Slot = id, Pfunc = function };

    private static PyMethodDef Method(string name, void* function, int flags, string doc) => new()
    {
        Name = (byte*)PyTypes.Utf8Constant(name),
        Method = function,
        Flags = flags,
        Doc = (byte*)PyTypes.Utf8Constant(doc),
    };

    /// <summary>The name Python shows for a proxy's type; the proxy's repr names the .NET type itself.</summary>
    private static string NameOf(ProxyFeatures features) => features switch
    {
        _ when (features & ProxyFeatures.Stream) != 0 => "DotNetStream",
        _ when (features & ProxyFeatures.Type) != 0 => "DotNetType",
        _ when (features & ProxyFeatures.Awaitable) != 0 => "DotNetTask",
        _ when (features & ProxyFeatures.Sequence) != 0 => "DotNetList",
        _ when (features & ProxyFeatures.Subscript) != 0 && (features & ProxyFeatures.Sized) != 0 => "DotNetMapping",
        _ when (features & ProxyFeatures.Iterator) != 0 => "DotNetIterator",
        _ when (features & (ProxyFeatures.Iterable | ProxyFeatures.Sized)) != 0 => "DotNetCollection",
        _ => "DotNetObject",
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
