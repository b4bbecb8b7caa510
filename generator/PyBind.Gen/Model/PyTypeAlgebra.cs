using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Helpers;

namespace PyBind.Gen.Model;

/// <summary>
/// Operations on <see cref="PyTypeSpec"/> values that keep them in their one normalized shape: building a union,
/// specializing a generic alias, listing type variables. The stub binder and the emitter both build types with them.
/// </summary>
internal static class PyTypeAlgebra
{
    /// <summary>
    /// A generic alias with type arguments (PEP 484): its type parameters are the type variables of its expansion in
    /// order of first appearance, and missing arguments mean <c>typing.Any</c>. The binder specializes the aliases of its stub,
    /// the emitter those of other stubs (<c>numpy.typing.NDArray[numpy.float64]</c> named in <c>numpy.linalg</c>).
    /// </summary>
    public static PyTypeSpec SpecializeAlias(PyTypeSpec target, EquatableArray<PyTypeSpec> arguments)
    {
        var parameters = new List<string>();
        CollectTypeVariables(target, parameters);
        if (parameters.Count == 0 && target is PyClassType { TypeArguments.IsEmpty: true } bareClass)
        {
            // `_dtype: TypeAlias = dtype` renames a generic class; `_dtype[T]` is `dtype[T]`.
            return arguments.IsEmpty ? bareClass : bareClass with { TypeArguments = arguments };
        }

        if (parameters.Count == 0)
        {
            return target;
        }

        var substitutions = new Dictionary<string, PyTypeSpec>(StringComparer.Ordinal);
        for (int i = 0; i < parameters.Count; i++)
        {
            substitutions[parameters[i]] = i < arguments.Count ? arguments[i] : PyAnyType.Instance;
        }

        return Substitute(target, substitutions);
    }

    /// <summary>The class a base-class expression names (<c>Base[int]</c>, or an alias of a class), or <see langword="null"/>.</summary>
    public static PyClassType? BaseClass(PyTypeSpec baseType) => baseType switch
    {
        PyClassType c => c,
        PyAliasType { Target: PyClassType c } => c,
        _ => null,
    };

    /// <summary>The type with the named type variables replaced (the others kept).</summary>
    public static PyTypeSpec Substitute(PyTypeSpec type, IReadOnlyDictionary<string, PyTypeSpec> substitutions)
    {
        EquatableArray<PyTypeSpec> All(EquatableArray<PyTypeSpec> types) => types.Select(t => Substitute(t, substitutions)).ToEquatableArray();

        return type switch
        {
            PyTypeVariableType variable => substitutions.TryGetValue(variable.Name, out PyTypeSpec? replacement) ? replacement : variable,
            PyClassType c => c with { TypeArguments = All(c.TypeArguments) },
            PyUnionType union => MakeUnion(All(union.Members)),
            PyOptionalType optional => MakeUnion([Substitute(optional.Type, substitutions), PyNoneType.Instance]),
            PyCallableType callable => callable with { ParameterTypes = All(callable.ParameterTypes), ReturnType = Substitute(callable.ReturnType, substitutions) },
            PyTupleType tuple => tuple with { ElementTypes = All(tuple.ElementTypes) },
            PyAliasType alias => alias with { TypeArguments = All(alias.TypeArguments), Target = Substitute(alias.Target, substitutions) },
            _ => type,
        };
    }

    /// <summary>
    /// The one shape of a union: nested unions and optionals flattened, duplicates and <c>Literal</c>s merged, <c>Any</c>
    /// absorbing the other members (but not <c>None</c>: a result of <c>Any | None</c> may be <c>null</c>), and <c>None</c>
    /// pulled out into <see cref="PyOptionalType"/>.
    /// </summary>
    public static PyTypeSpec MakeUnion(IEnumerable<PyTypeSpec> types)
    {
        var members = new List<PyTypeSpec>();
        var literals = new List<PyLiteral>();
        int literalPosition = -1;
        bool includesNone = false;
        bool includesAny = false;
        var pending = new Stack<PyTypeSpec>(types.Reverse());
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case PyAnyType:
                    includesAny = true;
                    break;
                case PyNoneType:
                    includesNone = true;
                    break;
                case PyOptionalType optional:
                    includesNone = true;
                    pending.Push(optional.Type);
                    break;
                case PyUnionType union:
                    foreach (PyTypeSpec member in union.Members.Reverse())
                    {
                        pending.Push(member);
                    }

                    break;
                case PyLiteralType literal:
                    literalPosition = literalPosition < 0 ? members.Count : literalPosition;
                    literals.AddRange(literal.Values.Where(v => !literals.Contains(v)));
                    break;
                case PyTypeSpec other when !members.Contains(other):
                    members.Add(other);
                    break;
            }
        }

        if (includesAny)
        {
            return includesNone ? new PyOptionalType(PyAnyType.Instance) : PyAnyType.Instance;
        }

        if (literalPosition >= 0)
        {
            members.Insert(literalPosition, new PyLiteralType(literals.ToEquatableArray()));
        }

        PyTypeSpec core = members.Count switch
        {
            0 => PyNoneType.Instance,
            1 => members[0],
            _ => new PyUnionType(members.ToEquatableArray()),
        };
        return includesNone && members.Count > 0 ? new PyOptionalType(core) : core;
    }

    /// <summary>The type variables of a type, in order of first appearance, through aliases.</summary>
    public static void CollectTypeVariables(PyTypeSpec type, List<string> names) =>
        ForEachPart(type, names, static (part, found) =>
        {
            if (part is PyTypeVariableType variable && !found.Contains(variable.Name))
            {
                found.Add(variable.Name);
            }
        });

    /// <summary>
    /// Calls <paramref name="action"/> on a type and on each type inside it, outside in, left to right: type arguments,
    /// union members, callable parameters then result, tuple items, and an alias's expansion (which holds its arguments).
    /// </summary>
    public static void ForEachPart<TState>(PyTypeSpec type, TState state, Action<PyTypeSpec, TState> action)
    {
        action(type, state);
        switch (type)
        {
            case PyClassType c:
                ForEachPart(c.TypeArguments, state, action);
                break;
            case PyUnionType u:
                ForEachPart(u.Members, state, action);
                break;
            case PyOptionalType o:
                ForEachPart(o.Type, state, action);
                break;
            case PyCallableType callable:
                ForEachPart(callable.ParameterTypes, state, action);
                ForEachPart(callable.ReturnType, state, action);
                break;
            case PyTupleType tuple:
                ForEachPart(tuple.ElementTypes, state, action);
                break;
            case PyAliasType alias:
                ForEachPart(alias.Target, state, action);
                break;
        }
    }

    private static void ForEachPart<TState>(EquatableArray<PyTypeSpec> types, TState state, Action<PyTypeSpec, TState> action)
    {
        foreach (PyTypeSpec type in types)
        {
            ForEachPart(type, state, action);
        }
    }
}
