using System.Runtime.InteropServices;

namespace PyBind;

internal static partial class Interop
{
    /// <summary>Number protocol (CPython "Number Protocol").</summary>
    internal static partial class Python
    {
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_Add(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_Subtract(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_Multiply(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_MatrixMultiply(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_TrueDivide(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_FloorDivide(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_Remainder(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_Power(nint a, nint b, nint modulo);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_Lshift(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_Rshift(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_And(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_Or(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_Xor(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_InPlaceAdd(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_InPlaceSubtract(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_InPlaceMultiply(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_InPlaceTrueDivide(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_InPlaceRemainder(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_InPlaceLshift(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_InPlaceRshift(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_InPlaceAnd(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_InPlaceOr(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_InPlaceXor(nint a, nint b);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_Negative(nint o);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_Positive(nint o);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_Invert(nint o);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_Absolute(nint o);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_Index(nint o);
        [LibraryImport(Libraries.Python)] internal static partial nint PyNumber_ToBase(nint o, int @base);
    }
}
