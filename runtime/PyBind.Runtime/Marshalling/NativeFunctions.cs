using System;
using System.Runtime.InteropServices;
using static PyBind.Interop.Python;

namespace PyBind.Marshalling;

/// <summary>
/// Python builtin functions implemented by .NET static methods, each bound to a .NET object. The object is held by a
/// GC handle inside a capsule that is the function's <c>self</c>; the capsule's destructor frees the handle, so the
/// object lives exactly as long as Python holds the function.
/// </summary>
internal static unsafe class NativeFunctions
{
    private static readonly nint s_capsuleName = PyTypes.Utf8Constant("pybind.target");

    /// <summary>A method definition that lives for the process (function objects keep pointing at it).</summary>
    internal static PyMethodDef* Define(string name, void* implementation, int flags, string doc)
    {
        var definition = (PyMethodDef*)NativeMemory.AllocZeroed((nuint)sizeof(PyMethodDef));
        definition->Name = (byte*)PyTypes.Utf8Constant(name);
        definition->Method = implementation;
        definition->Flags = flags;
        definition->Doc = (byte*)PyTypes.Utf8Constant(doc);
        return definition;
    }

    /// <summary>A new function object calling <paramref name="definition"/> with <paramref name="target"/> reachable through <see cref="TargetOf"/>; the caller holds the GIL.</summary>
    internal static nint Create(PyMethodDef* definition, object target)
    {
        GCHandle handle = GCHandle.Alloc(target);
        nint capsule = PyCapsule_New((void*)GCHandle.ToIntPtr(handle), (byte*)s_capsuleName, &ReleaseTarget);
        if (capsule == 0)
        {
            handle.Free();
            PythonErrors.ThrowCurrent();
        }
        nint function = PyCMethod_New(definition, capsule, 0, 0);
        Py_DecRef(capsule);
        return PyObject.Check(function);
    }

    /// <summary>The .NET object bound to a function's <c>self</c> capsule.</summary>
    internal static object? TargetOf(nint self)
    {
        void* pointer = PyCapsule_GetPointer(self, (byte*)s_capsuleName);
        return pointer is null ? null : GCHandle.FromIntPtr((nint)pointer).Target;
    }

    /// <summary>
    /// <see cref="TargetOf"/> for the per-call path, where <paramref name="self"/> is known to be one of our capsules:
    /// reads the capsule's <c>pointer</c> field (it follows the object header in every version) instead of calling
    /// <c>PyCapsule_GetPointer</c>, whose name check costs a native call and a string comparison each time.
    /// </summary>
    internal static object? TargetOfOwnCapsule(nint self)
        => GCHandle.FromIntPtr(*(nint*)(self + PyObjectHeaderSize)).Target;

    /// <summary>The .NET object behind <paramref name="function"/> when it is a function made by <see cref="Create"/>; else null. The caller holds the GIL.</summary>
    internal static object? TryGetTarget(nint function)
    {
        if (Py_TYPE(function) != Interop.Data.PyCFunction_Type)
            return null;
        nint self = PyCFunction_GetSelf(function);
        return self != 0 && PyCapsule_IsValid(self, (byte*)s_capsuleName) != 0 ? TargetOf(self) : null;
    }

    [UnmanagedCallersOnly]
    private static void ReleaseTarget(nint capsule)
    {
        void* pointer = PyCapsule_GetPointer(capsule, (byte*)s_capsuleName);
        if (pointer is not null)
            GCHandle.FromIntPtr((nint)pointer).Free();
    }
}
