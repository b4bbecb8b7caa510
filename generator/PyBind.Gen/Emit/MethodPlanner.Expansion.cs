using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;

namespace PyBind.Gen.Emit;

// One signature into candidate methods: mapped parameters, Literal and None rules, positional-only arities, unions
// and constrained TypeVars expanded.
internal sealed partial class MethodPlanner
{
    /// <summary>
    /// A parameter mapped, before the signature is expanded: its alternatives and whether a call must give it; for an optional
    /// parameter whose natural arguments need type parameters of the method (a dictionary of collections), that generic form.
    /// </summary>
    private sealed record MappedParameter(ParameterSpec Spec, List<CsType> Alternatives, bool Required, bool AcceptsNone, CsType? GenericForm = null);

    /// <summary>
    /// The type an optional parameter takes as a required one when C# must infer type parameters from its argument
    /// (<c>IEnumerable&lt;KeyValuePair&lt;string, T&gt;&gt; where T : IEnumerable&lt;long&gt;</c>); null when it needs none. An omitted
    /// argument leaves nothing to infer them from, so such a parameter gets a method of its own where it is required.
    /// </summary>
    private CsType? GenericForm(ParameterSpec parameter, SignatureTypeScope scope)
    {
        if (!scope.AllowGeneric)
        {
            return null;
        }

        string[] before = scope.ArgumentTypeParameters.ToArray();
        List<CsType> generic = _mapper.MapParameter(parameter.Type, scope.WithArgumentTypeParameters(), new Imprecision());
        string[] introduced = scope.ArgumentTypeParameters.Except(before).ToArray();
        if (generic.Count == 1 && introduced.Length > 0)
        {
            return generic[0];
        }

        foreach (string name in introduced)
        {
            scope.RemoveArgumentTypeParameter(name);
        }

        return null;
    }

    /// <summary>
    /// A parameter in one variant of a signature: one of its C# types, whether this variant requires it, and whether it is
    /// given by keyword though required (a Python default this variant requires, for one member of its union or for type
    /// inference: numpy takes a tuple for out= only by keyword).
    /// </summary>
    private sealed record VariantParameter(MappedParameter Parameter, CsType Type, bool Required, bool ByKeyword = false);

    private IEnumerable<MethodDraft> Expand(IReadOnlyList<SignatureSpec> signatures, int index, MethodRole role, ClassScope? cls, string[] reserved, Imprecision imprecision)
    {
        SignatureSpec signature = signatures[index];
        foreach (Dictionary<string, PyTypeSpec> substitution in ConstraintCombinations(signature))
        {
            var scope = new SignatureTypeScope
            {
                Class = cls,
                AllowGeneric = role == MethodRole.Method && !HasOverlappingTypeVariable(signatures, index),
                SelfVariable = (signature.SelfType as PyTypeVariableType)?.Name,
            };
            foreach (string name in reserved.Concat(signature.Parameters.Select(p => p.Name.TrimStart('@'))))
            {
                scope.ReservedNames.Add(name);
            }

            foreach (KeyValuePair<string, PyTypeSpec> pair in substitution)
            {
                scope.Substitutions[pair.Key] = pair.Value;
            }

            var parameters = new List<MappedParameter>();
            foreach (ParameterSpec parameter in signature.Parameters)
            {
                if (parameter.IsOptional && parameter.Kind != ParameterKind.PositionalOnly
                    && (parameter.Type is PyNoneType || IsSelectedByOmission(signatures, index, parameter)))
                {
                    continue;
                }

                bool required = !parameter.IsOptional || IsDiscriminatingLiteral(signatures, index, parameter);
                bool variadic = parameter.Kind is ParameterKind.VarPositional or ParameterKind.VarKeyword;
                SignatureTypeScope parameterScope = required && !variadic ? scope.WithArgumentTypeParameters() : scope;
                List<CsType> alternatives = variadic
                    ? [VarItem(_mapper.MapParameterSingle(parameter.Type, parameterScope, imprecision))]
                    : _mapper.MapParameter(parameter.Type, parameterScope, imprecision);
                bool acceptsNone = alternatives.Any(a => a.AcceptsNull && a is not ObjectType and not PyObjectType);
                CsType? generic = !required && !variadic && alternatives.Count == 1 ? GenericForm(parameter, scope) : null;
                parameters.Add(new MappedParameter(parameter, alternatives, required, acceptsNone, generic));
            }

            CsType returnType = role == MethodRole.Constructor ? VoidType.Instance
                : signature.IsAsync ? _mapper.MapAwaitable(signature.ReturnType, scope, imprecision)
                : _mapper.MapCallReturn(signature.ReturnType, scope, imprecision);
            var typeParameters = scope.Generic.Values.ToList();

            foreach (List<MappedParameter> arity in PositionalOnlyArities(parameters))
            {
                foreach (MethodDraft method in ExpandUnions(arity, returnType, typeParameters, signature, imprecision))
                {
                    yield return method;
                }
            }
        }
    }

    /// <summary>
    /// A parameter typed by a bare TypeVar (<c>a: _SCT</c>) becomes <c>T a</c>, which matches any argument: next to
    /// another overload with a parameter at that position, a call could fit both equally (numpy.around(PyArrayLike)
    /// and around&lt;T&gt;). Such a signature is not made generic; its TypeVar maps to its bound, or to object.
    /// </summary>
    private static bool HasOverlappingTypeVariable(IReadOnlyList<SignatureSpec> signatures, int index)
    {
        if (signatures.Count < 2)
        {
            return false;
        }

        EquatableArray<ParameterSpec> parameters = signatures[index].Parameters;
        for (int i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Type is PyTypeVariableType && parameters[i].Kind is ParameterKind.PositionalOnly or ParameterKind.PositionalOrKeyword
                && signatures.Where((s, j) => j != index).Any(s => s.Parameters.Count > i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The item type of <c>*args</c> or value type of <c>**kwargs</c>: <c>PyArrayLike</c> does not box into arrays well, so <c>object?</c>.</summary>
    private static CsType VarItem(CsType type) => type is ArrayLikeType ? ObjectType.Instance : type;

    /// <summary>
    /// A <c>Literal</c> parameter with one value, optional in the stub, that selects this overload among others declaring
    /// the same parameter otherwise, with a value other than the one omitting it gives (<see cref="OmittedLiteral"/>):
    /// here it must be given (numpy.unique's <c>return_counts: Literal[True] = ...</c>).
    /// </summary>
    private static bool IsDiscriminatingLiteral(IReadOnlyList<SignatureSpec> signatures, int index, ParameterSpec parameter) =>
        parameter.Kind != ParameterKind.PositionalOnly && DiscriminatesOverloads(signatures, index, parameter, out PyLiteral value)
        && !value.Equals(OmittedLiteral(signatures, parameter.PythonName));

    /// <summary>
    /// The other side of <see cref="IsDiscriminatingLiteral"/>: a one-value <c>Literal</c> that omitting gives (numpy.linspace's
    /// <c>retstep: Literal[False] = ...</c>, pandas.read_csv's <c>iterator: Literal[False] = ...</c> before a catch-all
    /// <c>iterator: bool = ...</c>). Omitting it selects this overload, as Python takes the first that matches, so it is
    /// left out here rather than offered with values that would select another.
    /// </summary>
    private static bool IsSelectedByOmission(IReadOnlyList<SignatureSpec> signatures, int index, ParameterSpec parameter) =>
        DiscriminatesOverloads(signatures, index, parameter, out PyLiteral value) && value.Equals(OmittedLiteral(signatures, parameter.PythonName));

    /// <summary>Whether an optional one-value <c>Literal</c> parameter is declared otherwise (another value or type) by another overload.</summary>
    private static bool DiscriminatesOverloads(IReadOnlyList<SignatureSpec> signatures, int index, ParameterSpec parameter, out PyLiteral value)
    {
        value = null!;
        if (!parameter.IsOptional || parameter.Type is not PyLiteralType { Values.Count: 1 } literal)
        {
            return false;
        }

        value = literal.Values[0];
        for (int i = 0; i < signatures.Count; i++)
        {
            foreach (ParameterSpec other in signatures[i].Parameters)
            {
                if (i != index && other.PythonName == parameter.PythonName && !(other.Type is PyLiteralType { Values.Count: 1 } same && same.Values[0].Equals(value)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// What a call omitting the parameter passes: its default where a stub states one, else the value of the first
    /// overload taking it as an optional one-value <c>Literal</c> (stubs write <c>= ...</c>; the first overload a call
    /// omitting it can match is the one for its default: numpy.unique's <c>return_index: Literal[False] = ...</c>).
    /// </summary>
    private static PyLiteral? OmittedLiteral(IReadOnlyList<SignatureSpec> signatures, string pythonName)
    {
        PyLiteral? first = null;
        foreach (SignatureSpec signature in signatures)
        {
            foreach (ParameterSpec parameter in signature.Parameters)
            {
                if (parameter.PythonName != pythonName || !parameter.IsOptional)
                {
                    continue;
                }

                if (parameter.DefaultValue is PyLiteral stated)
                {
                    return stated;
                }

                if (first is null && parameter.Type is PyLiteralType { Values.Count: 1 } literal)
                {
                    first = literal.Values[0];
                }
            }
        }

        return first;
    }

    /// <summary>One substitution per combination of the constraints of constrained TypeVars in the parameters (bounded).</summary>
    private IEnumerable<Dictionary<string, PyTypeSpec>> ConstraintCombinations(SignatureSpec signature)
    {
        var constrained = new List<TypeVariableSpec>();
        var names = new List<string>();
        foreach (ParameterSpec parameter in signature.Parameters)
        {
            PyTypeAlgebra.CollectTypeVariables(parameter.Type, names);
        }

        foreach (string name in names)
        {
            if (_mapper.FindTypeVariable(name) is { Constraints.IsEmpty: false } variable && !constrained.Contains(variable))
            {
                constrained.Add(variable);
            }
        }

        long count = constrained.Aggregate(1L, (n, v) => n * v.Constraints.Count);
        if (constrained.Count == 0 || count > MaxExpansion)
        {
            yield return new Dictionary<string, PyTypeSpec>(StringComparer.Ordinal);
            yield break;
        }

        IEnumerable<Dictionary<string, PyTypeSpec>> combinations = [new Dictionary<string, PyTypeSpec>(StringComparer.Ordinal)];
        foreach (TypeVariableSpec variable in constrained)
        {
            combinations = combinations.SelectMany(c => variable.Constraints.Select(constraint => new Dictionary<string, PyTypeSpec>(c, StringComparer.Ordinal) { [variable.Name] = constraint }));
        }

        foreach (Dictionary<string, PyTypeSpec> combination in combinations)
        {
            yield return combination;
        }
    }

    /// <summary>
    /// Optional positional-only parameters cannot be passed by keyword, so each is required in turn: one parameter
    /// list per arity. <c>*args</c> follows them, so only the longest list keeps it.
    /// </summary>
    private static IEnumerable<List<MappedParameter>> PositionalOnlyArities(List<MappedParameter> parameters)
    {
        // Each optional positional-only parameter's rank among them (-1 for the others).
        int[] rank = new int[parameters.Count];
        int optionalCount = 0;
        for (int i = 0; i < parameters.Count; i++)
        {
            rank[i] = parameters[i].Spec.Kind == ParameterKind.PositionalOnly && !parameters[i].Required ? optionalCount++ : -1;
        }

        if (optionalCount == 0)
        {
            yield return parameters;
            yield break;
        }

        for (int cut = 0; cut <= optionalCount; cut++)
        {
            var list = new List<MappedParameter>();
            for (int i = 0; i < parameters.Count; i++)
            {
                int position = rank[i];
                if (position >= 0)
                {
                    if (position < cut)
                    {
                        list.Add(parameters[i] with { Required = true });
                    }

                    continue;
                }

                if (parameters[i].Spec.Kind == ParameterKind.VarPositional && cut < optionalCount)
                {
                    continue;
                }

                list.Add(parameters[i]);
            }

            yield return list;
        }
    }

    /// <summary>Required unions: the product of their members; optional unions: the first member optional, each other one required once.</summary>
    private IEnumerable<MethodDraft> ExpandUnions(List<MappedParameter> parameters, CsType returnType, List<string> typeParameters, SignatureSpec signature, Imprecision imprecision)
    {
        (int requiredProduct, int optionalExtra) = Combinations(parameters);
        if (requiredProduct * (1 + optionalExtra) > MaxExpansion && parameters.Any(p => TypeMapper.IsScalarLikeSet(p.Alternatives)))
        {
            // A binary ufunc's scalar form (two scalar-likes: sixteen methods) takes array-likes, as numpy's
            // array form does: its scalar result then comes back as the PyObject its stub declares.
            parameters = parameters.Select(p => TypeMapper.IsScalarLikeSet(p.Alternatives)
                ? p with { Alternatives = [p.Alternatives.Any(a => a.AcceptsNull) ? ArrayLikeType.Instance.OrNone() : ArrayLikeType.Instance] }
                : p).ToList();
            (requiredProduct, optionalExtra) = Combinations(parameters);
        }

        bool expandRequired = requiredProduct <= MaxExpansion;
        bool expandOptional = requiredProduct * (1 + optionalExtra) <= MaxExpansion;
        List<List<VariantParameter>> variants = [[]];
        var genericForms = new List<MappedParameter>();
        foreach (MappedParameter parameter in parameters)
        {
            List<CsType> alternatives = parameter.Alternatives;
            if (alternatives.Count > 1 && !parameter.Required && (!alternatives.All(IsSimple) || TypeMapper.IsScalarLikeSet(alternatives))
                && _mapper.InNumpy && alternatives.All(TypeMapper.IsArrayLikeSource))
            {
                // In numpy, an optional int-or-ints (axis=, shape=) is an array-like (PyArrayLike takes 0 and
                // new long[] { 0, 1 }) rather than an overload per member; so is an optional scalar-like (initial=),
                // which no overload is told apart by.
                bool none = alternatives.Any(a => a.AcceptsNull);
                alternatives = [none ? ArrayLikeType.Instance.OrNone() : ArrayLikeType.Instance];
            }
            else if (alternatives.Count > 1 && !(parameter.Required ? expandRequired : expandOptional))
            {
                imprecision.Add($"parameter '{parameter.Spec.PythonName}': '{TypeMapper.Shorten(parameter.Spec.Type.Display)}' has too many combinations with the other parameters, so it is passed as object");
                alternatives = [ObjectType.Instance];
            }

            if (parameter.GenericForm is not null && alternatives.Count == 1)
            {
                genericForms.Add(parameter);
            }

            if (alternatives.Count == 1 || parameter.Required)
            {
                variants = variants.SelectMany(v => alternatives.Select(a => new List<VariantParameter>(v) { new(parameter, a, parameter.Required) })).ToList();
            }
            else
            {
                // The first member stays optional in every variant; each other member gets variants of its own where
                // it is required (added below, from the variants built so far).
                var extra = new List<List<VariantParameter>>();
                foreach (CsType alternative in alternatives.Skip(1))
                {
                    extra.AddRange(variants.Select(v => new List<VariantParameter>(v) { new(parameter, alternative, Required: true, ByKeyword: true) }));
                }

                variants = variants.Select(v => new List<VariantParameter>(v) { new(parameter, alternatives[0], false) }).Concat(extra).ToList();
            }
        }

        if (genericForms.Count > 0 && variants.Count * 2 <= MaxExpansion)
        {
            // Omitted (or None, or their exact types) in the methods so far; in copies, required and in
            // any natural shape, with
            // type parameters inferred from them. All in one copy: a copy per parameter would tie where
            // both are given exactly.
            variants.AddRange(variants.Select(v => v.Select(p => genericForms.Contains(p.Parameter) ? new VariantParameter(p.Parameter, p.Parameter.GenericForm!, Required: true, ByKeyword: true) : p).ToList()).ToList());
        }

        foreach (List<VariantParameter> variant in variants)
        {
            foreach (MethodDraft method in Shape(variant, returnType, typeParameters, signature))
            {
                yield return method;
            }
        }
    }

    /// <summary>How many methods the required unions make (their product), and how many more each optional one adds.</summary>
    private static (int RequiredProduct, int OptionalExtra) Combinations(List<MappedParameter> parameters)
    {
        int requiredProduct = 1;
        int optionalExtra = 0;
        foreach (MappedParameter parameter in parameters)
        {
            if (parameter.Alternatives.Count > 1)
            {
                if (parameter.Required)
                {
                    requiredProduct *= parameter.Alternatives.Count;
                }
                else
                {
                    optionalExtra += parameter.Alternatives.Count - 1;
                }
            }
        }

        return (requiredProduct, optionalExtra);
    }

    private static bool IsSimple(CsType type) => type.Underlying is ScalarType or EnumType or WrapperType;

    /// <summary>
    /// Orders one variant's parameters the C# way and decides how each is passed. With <c>*args</c>: a <c>params</c>
    /// form (everything before it required and positional, nothing optional after it), and, when there are optional
    /// parameters to keep, a form where the items are an optional sequence.
    /// </summary>
    private static IEnumerable<MethodDraft> Shape(List<VariantParameter> variant, CsType returnType, List<string> typeParameters, SignatureSpec signature)
    {
        int varIndex = variant.FindIndex(v => v.Parameter.Spec.Kind == ParameterKind.VarPositional);
        if (varIndex < 0)
        {
            yield return Build(variant, returnType, typeParameters, signature, varargs: VarargsForm.None);
            yield break;
        }

        bool optionalBefore = variant.Take(varIndex).Any(v => !v.Required);
        bool optionalAfter = variant.Skip(varIndex + 1).Any(v => !v.Required || v.Parameter.Spec.Kind == ParameterKind.VarKeyword);

        // The params form: the parameters before *args become required, nothing optional follows.
        var paramsForm = new List<VariantParameter>();
        for (int i = 0; i < variant.Count; i++)
        {
            VariantParameter v = variant[i];
            if (i < varIndex)
            {
                // Given by position, so that the items of *args follow them.
                paramsForm.Add(v with { Required = true, ByKeyword = false });
            }
            else if (i == varIndex || (v.Required && v.Parameter.Spec.Kind != ParameterKind.VarKeyword))
            {
                paramsForm.Add(v);
            }
        }

        yield return Build(paramsForm, returnType, typeParameters, signature, VarargsForm.Params);

        if (optionalBefore || optionalAfter)
        {
            // Optional parameters before *args would have to be passed by position for the items to follow them, so
            // when there are any this form leaves the items out; otherwise the items are an optional sequence.
            List<VariantParameter> sequenceForm = variant;
            if (optionalBefore)
            {
                sequenceForm = [.. variant];
                sequenceForm.RemoveAt(varIndex);
            }

            yield return Build(sequenceForm, returnType, typeParameters, signature, optionalBefore ? VarargsForm.None : VarargsForm.Sequence);
        }
    }

    private enum VarargsForm
    {
        None,
        Params,
        Sequence,
    }

    private static MethodDraft Build(List<VariantParameter> variant, CsType returnType, List<string> typeParameters, SignatureSpec signature, VarargsForm varargs)
    {
        var required = new List<ParameterPlan>();
        var optional = new List<ParameterPlan>();
        ParameterPlan? kwargs = null;
        ParameterPlan? paramsArray = null;

        // Positional: the leading run of required positional parameters, in Python's order. Everything else that is
        // given goes by keyword, which is valid for every parameter that is not positional-only.
        bool leading = true;
        foreach ((MappedParameter mapped, CsType type, bool isRequired, bool byKeyword) in variant)
        {
            ParameterSpec spec = mapped.Spec;
            switch (spec.Kind)
            {
                case ParameterKind.VarPositional:
                    if (varargs == VarargsForm.Params)
                    {
                        paramsArray = new ParameterPlan(spec, spec.PythonName, spec.Name, type, PassKind.VarPositional, isOptional: true, isParamsArray: true);
                    }
                    else if (varargs == VarargsForm.Sequence)
                    {
                        optional.Add(new ParameterPlan(spec, spec.PythonName, spec.Name, type, PassKind.VarPositional, isOptional: true));
                    }

                    leading = false;
                    continue;
                case ParameterKind.VarKeyword:
                    kwargs = new ParameterPlan(spec, spec.PythonName, spec.Name, type, PassKind.VarKeyword, isOptional: true);
                    continue;
            }

            bool positional = isRequired && !byKeyword && leading && spec.Kind is ParameterKind.PositionalOnly or ParameterKind.PositionalOrKeyword;
            if (!positional && spec.Kind is ParameterKind.PositionalOrKeyword or ParameterKind.PositionalOnly)
            {
                leading = false;
            }

            PassKind pass = positional || spec.Kind == ParameterKind.PositionalOnly ? PassKind.Positional : PassKind.Keyword;
            if (isRequired)
            {
                required.Add(new ParameterPlan(spec, spec.PythonName, spec.Name, type, pass, isOptional: false));
            }
            else
            {
                // null means "not passed"; where the parameter takes None but defaults to something else, or where
                // null is no value of the type (a type parameter, also as T? once overloads are merged: T may be a
                // struct), PyOptional<T> keeps "not passed" apart. Not for an array-like: 'axis: 0' would need two
                // user-defined conversions (int → PyArrayLike → PyOptional), and None is already PyObject.None there.
                bool arrayLike = type is ArrayLikeType or NullableType { Inner: ArrayLikeType };
                bool pyOptional = NullIsNoValueOf(type)
                    || (mapped.AcceptsNone && type.AcceptsNull && spec.DefaultValue is not PyNoneLiteral && !arrayLike);
                optional.Add(new ParameterPlan(spec, spec.PythonName, spec.Name, type, pass, isOptional: true, isPyOptional: pyOptional));
            }
        }

        var parameters = required.Concat(optional).ToList();
        if (kwargs is not null)
        {
            parameters.Add(kwargs);
        }

        if (paramsArray is not null)
        {
            parameters.Add(paramsArray);
        }

        return new MethodDraft(parameters, returnType, typeParameters.Where(t => parameters.Any(p => p.Type.TypeParameters.Contains(t)) || returnType.TypeParameters.Contains(t)).ToList(), signature);
    }
}
