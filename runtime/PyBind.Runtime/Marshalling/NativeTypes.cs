using System;
using System.Runtime.InteropServices;
using static PyBind.Interop.Python;

namespace PyBind.Marshalling;

/// <summary>
/// Python types implemented by .NET: each instance is a bare object header followed by a GC handle to a .NET object,
/// freed (and the object disposed, when it is <see cref="IDisposable"/>) when Python frees the instance. Used where a
/// builtin function is not enough: an iterator over a .NET enumerator, a buffer over pinned .NET memory.
/// </summary>
internal static unsafe class NativeTypes
{
    private static readonly int s_handleOffset = PyObjectHeaderSize;

    /// <summary>
    /// Creates the type (once per process); <paramref name="slots"/> come on top of dealloc and doc. The default
    /// deallocator frees the handle and disposes the target; <paramref name="dealloc"/> replaces it for instances that
    /// only refer to their target (it frees the handle and calls <see cref="Free"/>). The caller holds the GIL.
    /// </summary>
    internal static nint Create(string qualifiedName, string doc, ReadOnlySpan<PyType_Slot> slots, delegate* unmanaged<nint, void> dealloc = null)
    {
        var all = new PyType_Slot[slots.Length + 3];
        slots.CopyTo(all);
        all[slots.Length] = new PyType_Slot { Slot = Py_tp_dealloc, Pfunc = dealloc != null ? dealloc : (delegate* unmanaged<nint, void>)&Dealloc };
        all[slots.Length + 1] = new PyType_Slot { Slot = Py_tp_doc, Pfunc = (void*)PyTypes.Utf8Constant(doc) };
        fixed (PyType_Slot* slot = all)
        {
            // tp_name points into the spec's name for good, so the name lives for the process; the rest is copied.
            var spec = new PyType_Spec
            {
                Name = (byte*)PyTypes.Utf8Constant(qualifiedName),
                BasicSize = PyObjectHeaderSize + sizeof(nint),
                Flags = Py_TPFLAGS_DEFAULT,
                Slots = slot,
            };
            return PyObject.Check(PyType_FromSpec(&spec));
        }
    }

    /// <summary>A new instance of <paramref name="type"/> holding <paramref name="target"/>; the caller holds the GIL.</summary>
    internal static nint New(nint type, object target)
    {
        nint instance = PyObject.Check(PyType_GenericAlloc(type, 0));
        *(nint*)(instance + s_handleOffset) = GCHandle.ToIntPtr(GCHandle.Alloc(target));
        return instance;
    }

    /// <summary>The .NET object of an instance; null for one Python made itself (<c>type(x)()</c>), which holds none.</summary>
    internal static object? TargetOf(nint instance)
    {
        nint handle = *(nint*)(instance + s_handleOffset);
        return handle == 0 ? null : GCHandle.FromIntPtr(handle).Target;
    }

    /// <summary>Takes the GC handle out of an instance being deallocated (default when it holds none).</summary>
    internal static GCHandle TakeHandle(nint instance)
    {
        nint handle = *(nint*)(instance + s_handleOffset);
        *(nint*)(instance + s_handleOffset) = 0;
        return handle == 0 ? default : GCHandle.FromIntPtr(handle);
    }

    /// <summary>Frees an instance's memory and the reference it holds to its heap type: the end of every deallocator.</summary>
    internal static void Free(nint instance)
    {
        nint type = Py_TYPE(instance);
        PyObject_Free((void*)instance);
        Py_DecRef(type);
    }

    [UnmanagedCallersOnly]
    private static void Dealloc(nint instance)
    {
        GCHandle gcHandle = TakeHandle(instance);
        if (gcHandle.IsAllocated)
        {
            try
            {
                (gcHandle.Target as IDisposable)?.Dispose();
            }
#pragma warning disable CA1031 // a deallocator cannot report errors; what it frees must be freed regardless
            catch (Exception)
#pragma warning restore CA1031
            {
            }
            gcHandle.Free();
        }
        // Instances of heap types hold a reference to their type.
        Free(instance);
    }
}
