using PyBind.Gen.Helpers;

namespace PyBind.Gen.Model;

internal enum FunctionKind
{
    /// <summary>A module-level function (or callable object).</summary>
    Module,

    /// <summary>A method called on an instance; <c>self</c> is not in the parameters.</summary>
    Instance,

    /// <summary>A <c>@classmethod</c>; <c>cls</c> is not in the parameters.</summary>
    Class,

    /// <summary>A <c>@staticmethod</c>.</summary>
    Static,
}

/// <summary>
/// A Python function, method or callable object under one name, with every signature the stub gives for it:
/// one for a plain <c>def</c>, one per <c>@typing.overload</c> in source order otherwise.
/// </summary>
/// <param name="PythonName">The Python name. For special methods (<c>__add__</c>) it is also <see cref="Name"/>: the
/// emitter maps them to operators, indexers and overrides rather than to a named member.</param>
/// <param name="Name">The C# member name.</param>
/// <param name="CallableObjectType">For <c>@pybind.callable_object(T)</c>: the type of the instance (numpy's <c>ufunc</c>); the
/// signatures are those of its <c>__call__</c>. <see langword="null"/> for an ordinary function.</param>
/// <param name="Docstring">The docstring; overloads of one function share it (the first one the stub gives).</param>
internal sealed record FunctionSpec(
    string PythonName,
    string Name,
    FunctionKind Kind,
    EquatableArray<SignatureSpec> Signatures,
    PyTypeSpec? CallableObjectType,
    string? Docstring,
    bool IsAbstract,
    bool IsFinal)
{
    public bool IsOverloaded => Signatures.Count > 1;
}

/// <summary>One signature of a function: parameters in declaration order, and the return type.</summary>
/// <param name="IsAsync">Declared <c>async def</c>: a call returns a coroutine that yields <see cref="ReturnType"/>.</param>
/// <param name="SelfType">The annotation of <c>self</c>, or the <c>T</c> of <c>cls: type[T]</c>, when the stub gives one (numpy's
/// <c>self: _ArraySelf</c>, so a method returning <c>_ArraySelf</c> returns its own class); <see langword="null"/> otherwise and
/// for functions.</param>
internal sealed record SignatureSpec(EquatableArray<ParameterSpec> Parameters, PyTypeSpec ReturnType, bool IsAsync, PyTypeSpec? SelfType = null);

internal enum ParameterKind
{
    /// <summary>Before <c>/</c>: passed by position only.</summary>
    PositionalOnly,

    /// <summary>Passed by position or by keyword.</summary>
    PositionalOrKeyword,

    /// <summary><c>*args</c>; its type is the type of each item.</summary>
    VarPositional,

    /// <summary>After <c>*</c> or <c>*args</c>: passed by keyword only.</summary>
    KeywordOnly,

    /// <summary><c>**kwargs</c>; its type is the type of each value.</summary>
    VarKeyword,
}

/// <summary>A parameter of a signature.</summary>
/// <param name="Name">The C# parameter name: camelCase, collision-free in its signature, and a valid identifier
/// (a C# keyword is written verbatim, <c>@out</c>).</param>
/// <param name="IsOptional">The parameter has a default (a literal or <c>...</c>). The emitter must not send an
/// argument the caller omits, so Python's own default applies.</param>
/// <param name="DefaultValue">The default when the stub records it as a literal; <see langword="null"/> for <c>...</c>.
/// Informational (docs); never to be sent in the caller's place.</param>
internal sealed record ParameterSpec(
    string PythonName,
    string Name,
    ParameterKind Kind,
    PyTypeSpec Type,
    bool IsOptional,
    PyLiteral? DefaultValue);
