using PyBind.Gen.Helpers;

namespace PyBind.Gen.Model;

/// <summary>
/// Everything a normalized stub says about one Python module: what the emitter turns into the members of a
/// <c>[PyImport]</c> class. Members keep the stub's order (the dialect sorts them); C# names are already assigned
/// and collision-free within each scope (see <see cref="Naming.NameScope"/>).
/// </summary>
/// <remarks>Cacheability: built only from the stub's text; no symbols, syntax nodes or locations.</remarks>
/// <param name="Name">The fully qualified module name, <c>numpy.linalg</c>.</param>
/// <param name="TypeVariables">TypeVars, ParamSpecs and TypeVarTuples the annotations refer to (names need not be public).</param>
/// <param name="TypeAliases">Aliases the annotations refer to; uses are already expanded into <see cref="PyAliasType"/>.</param>
/// <param name="Renames">Every name the collision rule changed, for the Info diagnostics that explain them.</param>
internal sealed record ModuleSpec(
    string Name,
    StubHeaderSpec Header,
    string? Docstring,
    EquatableArray<SubmoduleSpec> Submodules,
    EquatableArray<ReExportSpec> ReExports,
    EquatableArray<TypeVariableSpec> TypeVariables,
    EquatableArray<TypeAliasSpec> TypeAliases,
    EquatableArray<ConstantSpec> Constants,
    EquatableArray<FunctionSpec> Functions,
    EquatableArray<ClassSpec> Classes,
    EquatableArray<RenameSpec> Renames);

/// <summary>A Python name that did not get the C# name its kind's rule gives, because of a collision.</summary>
/// <param name="PythonPath">The member's dotted Python path (<c>numpy.ndarray.to_string</c>; a parameter adds <c>(name)</c>).</param>
/// <param name="Name">The C# name it got.</param>
/// <param name="TakenName">The name it wanted, which was taken.</param>
/// <param name="Scope">The Python path of the scope where the names met.</param>
/// <param name="InheritedHolder">The inherited C# member that holds the name (<c>PyBind.PyObject.Count</c>), if one does.</param>
internal sealed record RenameSpec(string PythonPath, string Name, string TakenName, string Scope, string? InheritedHolder = null);

/// <summary>The provenance header of a stub (<c># key: value</c> lines).</summary>
/// <param name="DialectVersion">The <c>pybind-stub</c> version; a stub without a header is read as dialect 1.</param>
/// <param name="Sources">The <c>sources</c> entries, in their order.</param>
internal sealed record StubHeaderSpec(
    int DialectVersion,
    string? ModuleVersion,
    string? Interpreter,
    EquatableArray<string> Sources,
    string? ContentHash);

/// <summary>A submodule that the package stub lists (<c>import numpy.linalg as linalg</c>): a nested static class.</summary>
/// <param name="PythonName">The attribute name in the package, <c>linalg</c>.</param>
/// <param name="Name">The C# name of the nested class, <c>Linalg</c>.</param>
/// <param name="ModuleName">The submodule's full name, <c>numpy.linalg</c>, whose own stub describes it.</param>
internal sealed record SubmoduleSpec(string PythonName, string Name, string ModuleName);

/// <summary>
/// A name the module re-exports from its home module (<c>from json.decoder import JSONDecodeError as JSONDecodeError</c>).
/// What it is (class, function, constant) is known only from the source module's stub.
/// </summary>
internal sealed record ReExportSpec(string PythonName, string Name, string SourceModule, string SourceName);

internal enum TypeVariableKind
{
    TypeVar,
    ParamSpec,
    TypeVarTuple,
}

internal enum Variance
{
    Invariant,
    Covariant,
    Contravariant,
}

/// <summary><c>T = typing.TypeVar("T", bound=X)</c> or with constraints; <c>P = typing.ParamSpec("P")</c>.</summary>
/// <param name="Bound">The upper bound, or <see langword="null"/>.</param>
/// <param name="Constraints">The value restriction (<c>TypeVar("T", int, str)</c>), empty when unrestricted.</param>
internal sealed record TypeVariableSpec(
    string Name,
    TypeVariableKind Kind,
    PyTypeSpec? Bound,
    EquatableArray<PyTypeSpec> Constraints,
    Variance Variance);

/// <summary><c>Name: typing.TypeAlias = &lt;type&gt;</c>, with the target resolved.</summary>
internal sealed record TypeAliasSpec(string Name, PyTypeSpec Target);

/// <summary>A module-level constant: <c>NAME: T</c> or <c>NAME: T = &lt;literal&gt;</c>; becomes a typed static property.</summary>
/// <param name="Value">The literal value the stub records, or <see langword="null"/> when it records none.</param>
/// <param name="Docstring">An attribute docstring (a string right after the assignment), if any.</param>
internal sealed record ConstantSpec(string PythonName, string Name, PyTypeSpec Type, PyLiteral? Value, string? Docstring);
