using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyBind;

internal static unsafe partial class Interop
{
    /// <summary>Concrete scalar types: int, float, bool, complex (CPython "Concrete Objects Layer").</summary>
    /// <remarks>
    /// The conversions on every call's path skip the GC transition: they only allocate or read an <c>int</c> or
    /// <c>float</c> and never run Python code. Each sits behind a wrapper that is never inlined, for two reasons: an
    /// import that skips the transition is bound when its caller is compiled, which must not happen before libpython
    /// is loaded (a caller compiled early would crash); and on 64-bit the JIT does not inline any P/Invoke into a
    /// <c>try</c> region (generated calls are all inside one), calling a slower stub instead.
    /// </remarks>
    internal static partial class Python
    {
        [MethodImpl(MethodImplOptions.NoInlining)] internal static nint PyLong_FromLongLong(long v) => PyLong_FromLongLongNoTransition(v);
        [LibraryImport(Libraries.Python, EntryPoint = "PyLong_FromLongLong"), SuppressGCTransition] private static partial nint PyLong_FromLongLongNoTransition(long v);
        [LibraryImport(Libraries.Python)] internal static partial nint PyLong_FromUnsignedLongLong(ulong v);
        [LibraryImport(Libraries.Python)] internal static partial long PyLong_AsLongLong(nint o);
        [LibraryImport(Libraries.Python)] internal static partial ulong PyLong_AsUnsignedLongLong(nint o);
        /// <summary>
        /// The value of an <c>int</c> of at most one digit (below 2**30 in magnitude: nearly every int a program
        /// passes around), read in place as CPython's own inline <c>_PyLong_CompactValue</c> does; false for a bigger one.
        /// Up to 3.11 the sign and digit count are <c>ob_size</c>; from 3.12 a tag in the same place (sign in the low 2
        /// bits: 0 positive, 1 zero, 2 negative; digit count from bit 3). The first 30-bit digit follows either way.
        /// </summary>
        internal static bool TryReadCompactInt(nint o, out long value)
        {
            nint sizeOrTag = *(nint*)(o + 2 * sizeof(nint));
            long digit = *(uint*)(o + 3 * sizeof(nint));
            if (Data.IntHasTag)
            {
                value = (1 - (sizeOrTag & 3)) * digit;
                return (nuint)sizeOrTag < (2 << 3);
            }
            value = sizeOrTag * digit;
            return sizeOrTag is >= -1 and <= 1;
        }

        /// <summary>Of an <c>int</c> only (of another object it would call <c>__index__</c>).</summary>
        [MethodImpl(MethodImplOptions.NoInlining)] internal static long PyLong_AsLongLongAndOverflow(nint o, int* overflow) => PyLong_AsLongLongAndOverflowNoTransition(o, overflow);
        [LibraryImport(Libraries.Python, EntryPoint = "PyLong_AsLongLongAndOverflow"), SuppressGCTransition] private static partial long PyLong_AsLongLongAndOverflowNoTransition(nint o, int* overflow);
        [LibraryImport(Libraries.Python)] internal static partial nint PyLong_FromString(byte* str, byte** end, int @base);

        [MethodImpl(MethodImplOptions.NoInlining)] internal static nint PyFloat_FromDouble(double v) => PyFloat_FromDoubleNoTransition(v);
        [LibraryImport(Libraries.Python, EntryPoint = "PyFloat_FromDouble"), SuppressGCTransition] private static partial nint PyFloat_FromDoubleNoTransition(double v);
        [LibraryImport(Libraries.Python)] internal static partial double PyFloat_AsDouble(nint o);

        [LibraryImport(Libraries.Python)] internal static partial nint PyBool_FromLong(int v);

        [LibraryImport(Libraries.Python)] internal static partial nint PyComplex_FromDoubles(double real, double imag);
        [LibraryImport(Libraries.Python)] internal static partial double PyComplex_RealAsDouble(nint o);
        [LibraryImport(Libraries.Python)] internal static partial double PyComplex_ImagAsDouble(nint o);
    }
}
