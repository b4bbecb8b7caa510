using System.Linq;
using System.Numerics;
namespace PyBind.Gen.Model;

/// <summary>
/// Which Python classes get a generated C# type, and which kind: decided from the model alone, so the namer, the
/// catalog and the emitter agree.
/// </summary>
internal static class ClassShapes
{
    /// <summary>
    /// Whether the class gets a generated type: every class except protocols (structural types, bound as
    /// <c>object</c>) and the builtin exceptions the runtime already mirrors (<c>ValueError</c> is <c>PyValueError</c>).
    /// </summary>
    public static bool IsBound(string module, ClassSpec cls) =>
        cls.Kind != ClassKind.Protocol
        && !(module == PythonNames.Builtins && cls.Kind == ClassKind.Exception && PythonNames.BuiltinExceptions.Contains(cls.PythonName));

    /// <summary>
    /// An enum whose members all have int values that fit in a <c>long</c> becomes a C# enum (<c>[Flags]</c> for
    /// <c>Flag</c>/<c>IntFlag</c>); any other enum becomes a wrapper class with one static property per member.
    /// </summary>
    public static bool IsCSharpEnum(ClassSpec cls) =>
        cls.Kind == ClassKind.Enum
        && cls.Enum is { Kind: not EnumKind.StrEnum, Members.Count: > 0 } spec
        && spec.Members.All(m => m.Value is PyIntLiteral { Value: var v } && v >= long.MinValue && v <= long.MaxValue)
        && cls.Methods.IsEmpty && cls.Properties.All(p => p.Kind != PropertyKind.Property) && cls.NestedClasses.IsEmpty;

    public static bool IsFlags(ClassSpec cls) => cls.Enum?.Kind is EnumKind.Flag or EnumKind.IntFlag;

    /// <summary>An <c>IntEnum</c>/<c>IntFlag</c> member is an <c>int</c> in Python; other enums keep the number in <c>.value</c>.</summary>
    public static bool IsIntEnum(ClassSpec cls) => cls.Enum?.Kind is EnumKind.IntEnum or EnumKind.IntFlag;

    internal static BigInteger ValueOf(EnumMemberSpec member) => ((PyIntLiteral)member.Value!).Value;
}
