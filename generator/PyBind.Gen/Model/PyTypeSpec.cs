using System.Linq;
using PyBind.Gen.Helpers;

namespace PyBind.Gen.Model;

/// <summary>
/// A Python type annotation after name resolution: a closed union (the constructor is private protected, so every
/// case is one of the sealed records in this file). The stub binder normalizes the spellings Python allows
/// (<c>typing.Optional[X]</c>, <c>typing.List[X]</c>, <c>typing.Union</c>, forward references in strings) so the emitter
/// sees one shape per meaning.
/// </summary>
/// <remarks>Cacheability: records of strings, literals and <see cref="EquatableArray{T}"/>; value equality throughout.</remarks>
internal abstract record PyTypeSpec
{
    private protected PyTypeSpec()
    {
    }

    /// <summary>The annotation as a normalized stub would spell it, for docs and diagnostics.</summary>
    public abstract string Display { get; }

    public sealed override string ToString() => Display;
}

/// <summary><c>typing.Any</c>, a missing annotation, or a name the binder could not resolve.</summary>
internal sealed record PyAnyType : PyTypeSpec
{
    public static PyAnyType Instance { get; } = new();

    private PyAnyType()
    {
    }

    public override string Display => "typing.Any";
}

/// <summary><c>None</c> as a type: a function that returns nothing.</summary>
internal sealed record PyNoneType : PyTypeSpec
{
    public static PyNoneType Instance { get; } = new();

    private PyNoneType()
    {
    }

    public override string Display => "None";
}

/// <summary><c>typing.NoReturn</c> / <c>typing.Never</c>: the function never returns normally.</summary>
internal sealed record PyNeverType : PyTypeSpec
{
    public static PyNeverType Instance { get; } = new();

    private PyNeverType()
    {
    }

    public override string Display => "typing.NoReturn";
}

/// <summary><c>typing.Self</c>: the class the member is declared in (or a subclass).</summary>
internal sealed record PySelfType : PyTypeSpec
{
    public static PySelfType Instance { get; } = new();

    private PySelfType()
    {
    }

    public override string Display => "typing.Self";
}

/// <summary>
/// A class, possibly generic: <c>int</c> (module <c>builtins</c>), <c>list[int]</c>, <c>numpy.ndarray</c>,
/// <c>collections.abc.Sequence[T]</c>, or a class of the stub itself (<c>Outer.Inner</c> in its module).
/// The typing aliases of builtins and ABCs are already rewritten (<c>typing.List</c> → <c>builtins.list</c>,
/// <c>typing.Sequence</c> → <c>collections.abc.Sequence</c>).
/// </summary>
/// <param name="Module">The module that defines the class, <c>builtins</c> for builtins.</param>
/// <param name="QualifiedName">The class's <c>__qualname__</c> within that module (<c>Outer.Inner</c>).</param>
internal sealed record PyClassType(string Module, string QualifiedName, EquatableArray<PyTypeSpec> TypeArguments) : PyTypeSpec
{
    public const string BuiltinsModule = "builtins";

    /// <summary><c>numpy.ndarray</c>: computed once, as type mapping looks classes up by it over and over.</summary>
    public string FullName { get; } = Module.Length == 0 ? QualifiedName : Module + "." + QualifiedName;

    public bool IsBuiltin(string name) => Module == BuiltinsModule && QualifiedName == name;

    public override string Display =>
        (Module == BuiltinsModule ? QualifiedName : FullName)
        + (TypeArguments.IsEmpty ? string.Empty : "[" + string.Join(", ", TypeArguments.Select(a => a.Display)) + "]");

    public static PyClassType Builtin(string name, params PyTypeSpec[] typeArguments) =>
        new(BuiltinsModule, name, EquatableArray.Create(typeArguments));
}

/// <summary><c>A | B | …</c> without <c>None</c>: at least two members, flattened and without duplicates, in source order.</summary>
internal sealed record PyUnionType(EquatableArray<PyTypeSpec> Members) : PyTypeSpec
{
    public override string Display => string.Join(" | ", Members.Select(m => m.Display));
}

/// <summary><c>T | None</c>. <see cref="Type"/> is never <c>None</c> nor optional itself; it may be a union.</summary>
internal sealed record PyOptionalType(PyTypeSpec Type) : PyTypeSpec
{
    public override string Display => Type.Display + " | None";
}

/// <summary><c>typing.Literal["a", "b"]</c>; several <c>Literal</c>s in a union are merged into one.</summary>
internal sealed record PyLiteralType(EquatableArray<PyLiteral> Values) : PyTypeSpec
{
    public override string Display => "typing.Literal[" + string.Join(", ", Values.Select(v => v.Display)) + "]";
}

/// <summary>
/// <c>collections.abc.Callable[[A, B], R]</c>. <see cref="AcceptsAnyArguments"/> is set for <c>Callable[..., R]</c> and for
/// ParamSpec forms (<c>Callable[P, R]</c>, <c>Concatenate</c>), whose argument list is not known statically.
/// </summary>
internal sealed record PyCallableType(EquatableArray<PyTypeSpec> ParameterTypes, bool AcceptsAnyArguments, PyTypeSpec ReturnType) : PyTypeSpec
{
    public override string Display =>
        "collections.abc.Callable["
        + (AcceptsAnyArguments ? "..." : "[" + string.Join(", ", ParameterTypes.Select(p => p.Display)) + "]")
        + ", " + ReturnType.Display + "]";
}

/// <summary>
/// <c>tuple[A, B]</c> (fixed length), <c>tuple[T, ...]</c> (<see cref="IsVariadic"/>, one element type) or <c>tuple[()]</c>.
/// A bare <c>tuple</c> is a <see cref="PyClassType"/> without arguments.
/// </summary>
internal sealed record PyTupleType(EquatableArray<PyTypeSpec> ElementTypes, bool IsVariadic) : PyTypeSpec
{
    public override string Display =>
        "tuple["
        + (ElementTypes.IsEmpty ? "()" : string.Join(", ", ElementTypes.Select(e => e.Display)))
        + (IsVariadic ? ", ..." : string.Empty) + "]";
}

/// <summary>A reference to a <c>TypeVar</c>, <c>ParamSpec</c> or <c>TypeVarTuple</c> declared in the stub.</summary>
internal sealed record PyTypeVariableType(string Name, TypeVariableKind Kind) : PyTypeSpec
{
    public override string Display => Name;
}

/// <summary>
/// A use of a type alias declared in the stub. The name is kept because some aliases mean more than their expansion
/// (<c>numpy.typing.ArrayLike</c> is best bound through implicit conversions, not as a union of thirty members);
/// <see cref="Target"/> is the resolved expansion, with <see cref="TypeArguments"/> already substituted for the
/// alias's type variables when it is generic (<c>_ArrayLike[float64]</c>).
/// </summary>
/// <param name="FullName">The alias's module-qualified name.</param>
internal sealed record PyAliasType(string FullName, EquatableArray<PyTypeSpec> TypeArguments, PyTypeSpec Target) : PyTypeSpec
{
    public override string Display =>
        FullName + (TypeArguments.IsEmpty ? string.Empty : "[" + string.Join(", ", TypeArguments.Select(a => a.Display)) + "]");
}
