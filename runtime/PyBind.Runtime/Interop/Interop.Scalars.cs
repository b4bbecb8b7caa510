using System.Runtime.InteropServices;

namespace PyBind;

internal static unsafe partial class Interop
{
    /// <summary>Concrete scalar types: int, float, bool, complex (CPython "Concrete Objects Layer").</summary>
    internal static partial class Python
    {
        [LibraryImport(Libraries.Python)] internal static partial nint PyLong_FromLongLong(long v);
        [LibraryImport(Libraries.Python)] internal static partial nint PyLong_FromUnsignedLongLong(ulong v);
        [LibraryImport(Libraries.Python)] internal static partial long PyLong_AsLongLong(nint o);
        [LibraryImport(Libraries.Python)] internal static partial ulong PyLong_AsUnsignedLongLong(nint o);
        [LibraryImport(Libraries.Python)] internal static partial long PyLong_AsLongLongAndOverflow(nint o, int* overflow);
        [LibraryImport(Libraries.Python)] internal static partial nint PyLong_FromString(byte* str, byte** end, int @base);

        [LibraryImport(Libraries.Python)] internal static partial nint PyFloat_FromDouble(double v);
        [LibraryImport(Libraries.Python)] internal static partial double PyFloat_AsDouble(nint o);

        [LibraryImport(Libraries.Python)] internal static partial nint PyBool_FromLong(int v);

        [LibraryImport(Libraries.Python)] internal static partial nint PyComplex_FromDoubles(double real, double imag);
        [LibraryImport(Libraries.Python)] internal static partial double PyComplex_RealAsDouble(nint o);
        [LibraryImport(Libraries.Python)] internal static partial double PyComplex_ImagAsDouble(nint o);
    }
}
