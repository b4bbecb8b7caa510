using System.Runtime.InteropServices;

namespace PyBind;

internal static unsafe partial class Interop
{
    /// <summary>Importing, running code and native functions (CPython "Importing Modules", "The Very High Level Layer").</summary>
    internal static partial class Python
    {
        [LibraryImport(Libraries.Python)] internal static partial nint PyImport_Import(nint name);
        /// <summary>The module from <c>sys.modules</c> (new reference), or NULL without importing it.</summary>
        [LibraryImport(Libraries.Python)] internal static partial nint PyImport_GetModule(nint name);
        /// <summary>Borrowed reference.</summary>
        [LibraryImport(Libraries.Python)] internal static partial nint PyImport_AddModule(byte* name);
        /// <summary>Borrowed reference.</summary>
        [LibraryImport(Libraries.Python)] internal static partial nint PyModule_GetDict(nint module);
        /// <summary>A new, empty module object named <paramref name="name"/> (not put in <c>sys.modules</c>).</summary>
        [LibraryImport(Libraries.Python)] internal static partial nint PyModule_NewObject(nint name);
        /// <summary>Borrowed reference.</summary>
        [LibraryImport(Libraries.Python)] internal static partial nint PyEval_GetBuiltins();
        [LibraryImport(Libraries.Python)] internal static partial nint Py_CompileString(byte* source, byte* fileName, int start);
        [LibraryImport(Libraries.Python)] internal static partial nint PyEval_EvalCode(nint code, nint globals, nint locals);
        [LibraryImport(Libraries.Python)] internal static partial nint PyCMethod_New(void* methodDef, nint self, nint module, nint cls);

        [LibraryImport(Libraries.Python)] internal static partial nint PyCapsule_New(void* pointer, byte* name, delegate* unmanaged<nint, void> destructor);
        [LibraryImport(Libraries.Python)] internal static partial void* PyCapsule_GetPointer(nint capsule, byte* name);

        internal const int Py_single_input = 256, Py_file_input = 257, Py_eval_input = 258;

        internal const int METH_VARARGS = 0x0001, METH_KEYWORDS = 0x0002, METH_NOARGS = 0x0004, METH_O = 0x0008, METH_FASTCALL = 0x0080;

        /// <summary>The C <c>PyMethodDef</c>; instances must outlive every function object made from them.</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct PyMethodDef
        {
            public byte* Name;
            public void* Method;
            public int Flags;
            public byte* Doc;
        }
    }
}
