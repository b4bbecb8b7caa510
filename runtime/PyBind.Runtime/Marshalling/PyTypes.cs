using System;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using static PyBind.Interop.Python;

namespace PyBind.Marshalling;

/// <summary>Facts about Python type objects, for conversions and messages.</summary>
internal static unsafe class PyTypes
{
    private static readonly ConcurrentDictionary<nint, string> s_names = new();
    private static readonly nint s_module = Utf8Constant("__module__");
    private static readonly nint s_qualname = Utf8Constant("__qualname__");
    private static readonly nint s_name = Utf8Constant("__name__");

    /// <summary><c>module.qualname</c> of a type (<c>numpy.ndarray</c>); just the qualname for builtins. The caller holds the GIL.</summary>
    internal static string QualifiedName(nint type)
    {
        // Types are immortal in practice (classes live in their modules), so caching by address is safe for the
        // builtin and module-level types this is asked about. A recycled address would only mislabel a message.
        if (s_names.TryGetValue(type, out string? cached))
            return cached;
        string qualname = AttributeText(type, s_qualname) ?? "?";
        string? module = AttributeText(type, s_module);
        string name = module is null or "builtins" ? qualname : module + "." + qualname;
        s_names.TryAdd(type, name);
        return name;
    }

    /// <summary>
    /// <c>module.qualname</c> of a function, method or class (<c>builtins.chr</c>, <c>numpy.linalg.inv</c>), for messages
    /// about a call that failed; a callable object that has no name is described by its type. Not cached: functions
    /// come and go. The caller holds the GIL and no error is pending.
    /// </summary>
    internal static string CallableName(nint callable)
    {
        string? qualname = AttributeText(callable, s_qualname) ?? AttributeText(callable, s_name);
        if (qualname is null)
            return "a " + TypeNameOf(callable) + " object";
        string? module = AttributeText(callable, s_module);
        return module is null ? qualname : module + "." + qualname;
    }

    /// <summary>The module that defines a type (<c>builtins</c> when it does not say).</summary>
    internal static string ModuleOf(nint type) => AttributeText(type, s_module) ?? "builtins";

    /// <summary>The qualified type name of an object.</summary>
    internal static string TypeNameOf(nint o) => QualifiedName(Py_TYPE(o));

    internal static bool IsSubtype(nint type, ulong flag) => (PyType_GetFlags(type) & flag) != 0;

    /// <summary>A NUL-terminated UTF-8 copy that lives for the process (for names passed to the C API).</summary>
    internal static nint Utf8Constant(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text + "\0");
        nint memory = (nint)NativeMemory.Alloc((nuint)bytes.Length);
        bytes.CopyTo(new Span<byte>((void*)memory, bytes.Length));
        return memory;
    }

    private static string? AttributeText(nint o, nint name)
    {
        nint value = PyObject_GetAttrString(o, (byte*)name);
        if (value == 0)
        {
            PyErr_Clear();
            return null;
        }
        if (Py_TYPE(value) != Interop.Data.PyUnicode_Type)
        {
            Py_DecRef(value);
            return null;
        }
        return PyConvert.StealString(value);
    }
}
