using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;

namespace PyBind.Gen.Emit;

/// <summary>What kind of member a set of signatures becomes.</summary>
internal enum MethodRole
{
    /// <summary>A static or instance method: generic where type variables allow.</summary>
    Method,

    /// <summary>A constructor: no type parameters, no return.</summary>
    Constructor,
}

/// <summary>
/// Turns the Python signatures of one function (its overloads) into C# methods that compile together and that a
/// caller can always pick between:
/// <list type="number">
/// <item>Each signature is mapped; an optional parameter of type <c>None</c> is dropped (omitting it is the same), a
/// <c>Literal</c> that an earlier overload gives another value is required (Python picks the first overload that
/// matches, so this one applies only when the caller passes that value).</item>
/// <item>Optional positional-only parameters cannot be skipped by keyword: one method per arity instead.</item>
/// <item>A required union parameter expands into one method per member (bounded); an optional one keeps its first
/// member optional and gets one more method per other member, where it is required — so a call that omits it
/// matches exactly one. A constrained TypeVar gives one method per constraint.</item>
/// <item>Methods are grouped by the types a call must give (type parameter count, required parameters, <c>params</c>);
/// each group merges into one method: optional parameters united by name (types widened where they differ), and
/// the return type kept if all agree, else <c>PyObject</c>. Two different groups can never be ambiguous for a call
/// that gives only required arguments, and identical C# signatures cannot arise.</item>
/// </list>
/// </summary>
internal sealed class MethodPlanner
{
    /// <summary>The most methods one Python signature may expand into.</summary>
    public const int MaxExpansion = 8;

    private readonly TypeMapper _mapper;
    private readonly Func<string, string, string?> _commonBase;

    /// <param name="commonBase">The nearest common generated base class of two wrapper classes, by C# name, or null.</param>
    public MethodPlanner(TypeMapper mapper, Func<string, string, string?> commonBase)
    {
        _mapper = mapper;
        _commonBase = commonBase;
    }

    /// <param name="cls">The class whose members these are (its <c>Self</c> and type variables), or null for a module's.</param>
    public List<MethodPlan> Plan(IReadOnlyList<SignatureSpec> signatures, MethodRole role, ClassScope? cls, IEnumerable<string> reservedNames, Imprecision imprecision)
    {
        string[] reserved = reservedNames.ToArray();
        var candidates = new List<MethodPlan>();
        for (int i = 0; i < signatures.Count; i++)
        {
            candidates.AddRange(Expand(signatures, i, role, cls, reserved, imprecision));
        }

        List<MethodPlan> merged = MergeGroups(candidates, imprecision);
        foreach (MethodPlan method in merged)
        {
            FinishParameters(method);
        }

        AddNoneRankings(merged);
        AssignPriorities(merged);
        foreach (MethodPlan method in merged)
        {
            AddCancellation(method);
        }

        return merged;
    }

    /// <summary>
    /// An async binding takes a trailing <c>CancellationToken</c> (not sent to Python), before a <c>params</c> array or
    /// <c>**kwargs</c>. Added last: it is no overload's parameter, so it takes no part in merging or ranking.
    /// </summary>
    private static void AddCancellation(MethodPlan method)
    {
        if (!method.IsAsync)
        {
            return;
        }

        string name = "cancellationToken";
        while (method.Parameters.Any(p => p.Name.TrimStart('@') == name))
        {
            name = "_" + name;
        }

        var token = new ParameterPlan(null, string.Empty, name, new CancellationTokenType(), PassKind.NotSent, isOptional: true);
        int insertAt = method.Parameters.FindIndex(p => p.IsParamsArray || p.Pass == PassKind.VarKeyword);
        method.Parameters.Insert(insertAt < 0 ? method.Parameters.Count : insertAt, token);
    }

    /// <summary>
    /// Each method's priority one more than the highest of those it outranks (and that remain), so that every ranking
    /// holds at once; a ranking that contradicts others (a cycle) is dropped, leaving those calls to C#.
    /// </summary>
    private static void AssignPriorities(List<MethodPlan> methods)
    {
        var remaining = new HashSet<MethodPlan>(methods);
        var done = new HashSet<MethodPlan>();
        var visiting = new HashSet<MethodPlan>();
        foreach (MethodPlan method in methods)
        {
            Level(method);
        }

        int Level(MethodPlan method)
        {
            if (done.Contains(method) || !visiting.Add(method))
            {
                return method.Priority;
            }

            int level = 0;
            foreach (MethodPlan lower in method.Outranks)
            {
                if (remaining.Contains(lower) && !visiting.Contains(lower))
                {
                    level = Math.Max(level, Level(lower) + 1);
                }
            }

            visiting.Remove(method);
            done.Add(method);
            method.Priority = level;
            return level;
        }
    }

    /// <summary>
    /// <c>null</c> is how a C# caller passes None. Where a <c>null</c> argument fits several methods (a union with None
    /// expanded into one method per member, or overloads that take different reference types there), C# cannot choose
    /// (CS0121): for each such argument position, the first method whose parameter declares None (a reference type
    /// preferred) gets one more step of overload resolution priority, as Python picks the first overload that accepts
    /// None. Where only value types take it, C# already chooses (<c>long?</c> over <c>double?</c>), and nothing is added.
    /// </summary>
    private static void AddNoneRankings(List<MethodPlan> methods)
    {
        if (methods.Count < 2)
        {
            return;
        }

        // A call shape: how many arguments, where the null is, and the types of the others.
        var settled = new HashSet<string>(StringComparer.Ordinal);
        foreach (MethodPlan method in methods)
        {
            int arguments = method.Parameters.Count(p => !p.IsOptional);
            for (int position = 0; position < arguments; position++)
            {
                string shape = method.TypeParameters.Count + "|" + position + "|" + string.Join(",", method.Parameters.Take(arguments).Select((p, i) => i == position ? "null" : p.Key));
                if (!settled.Add(shape))
                {
                    continue;
                }

                // The methods that a call with this many arguments, null at this position and the other arguments of
                // this method's types, could bind to.
                List<MethodPlan> takers = methods.FindAll(m => m.TypeParameters.Count == method.TypeParameters.Count
                    && m.Parameters.Count(p => !p.IsOptional) <= arguments
                    && m.Parameters.Count(p => !p.IsParamsArray) >= arguments
                    && TakesNullLiteral(m.Parameters[position])
                    && SameOtherTypes(m, method, arguments, position));
                if (!IsAmbiguous(takers, position))
                {
                    continue;
                }

                MethodPlan? carrier = takers.Find(m => DeclaresNone(m.Parameters[position]) && IsReference(m.Parameters[position]))
                    ?? takers.Find(m => DeclaresNone(m.Parameters[position]));
                if (carrier is not null)
                {
                    foreach (MethodPlan other in takers)
                    {
                        if (other != carrier && Underlying(other.Parameters[position].Type) is not ObjectType)
                        {
                            carrier.Outranks.Add(other);
                        }
                    }
                }
            }
        }

        // C# itself settles null between object and anything more specific, and between long? and double? (a
        // conversion runs one way); two specific reference types, or one and a Nullable<T>, tie.
        static bool IsAmbiguous(List<MethodPlan> takers, int position)
        {
            int references = 0;
            int values = 0;
            foreach (MethodPlan taker in takers)
            {
                ParameterPlan parameter = taker.Parameters[position];
                if (Underlying(parameter.Type) is ObjectType)
                {
                    continue;
                }

                if (IsReference(parameter) || parameter.IsPyOptional)
                {
                    references++;
                }
                else
                {
                    values++;
                }
            }

            return references >= 2 || (references == 1 && values >= 1);
        }

        static CsType Underlying(CsType type) => type is NullableType nullable ? nullable.Inner : type;

        static bool IsReference(ParameterPlan parameter) => !Underlying(parameter.Type).IsValueType;

        static bool DeclaresNone(ParameterPlan parameter) => parameter.Type.AcceptsNull || parameter.IsPyOptional;

        static bool TakesNullLiteral(ParameterPlan parameter) =>
            parameter.Pass is not (PassKind.NotSent or PassKind.VarKeyword or PassKind.VarPositional)
            && (IsReference(parameter) || parameter.Type is NullableType || parameter.IsOptional);

        static bool SameOtherTypes(MethodPlan a, MethodPlan b, int arguments, int position)
        {
            for (int i = 0; i < arguments; i++)
            {
                if (i != position && a.Parameters[i].Key != b.Parameters[i].Key)
                {
                    return false;
                }
            }

            return true;
        }
    }

    // ---------------------------------------------------------------- one signature

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
        scope.AllowArgumentTypeParameters = true;
        List<CsType> generic = _mapper.MapParameter(parameter.Type, scope, new Imprecision());
        scope.AllowArgumentTypeParameters = false;
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

    private IEnumerable<MethodPlan> Expand(IReadOnlyList<SignatureSpec> signatures, int index, MethodRole role, ClassScope? cls, string[] reserved, Imprecision imprecision)
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
                scope.AllowArgumentTypeParameters = required && !variadic;
                List<CsType> alternatives = variadic
                    ? [VarItem(_mapper.MapParameterSingle(parameter.Type, scope, imprecision))]
                    : _mapper.MapParameter(parameter.Type, scope, imprecision);
                scope.AllowArgumentTypeParameters = false;
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
                foreach (MethodPlan method in ExpandUnions(arity, returnType, typeParameters, signature, imprecision))
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
    /// A <c>Literal</c> parameter with one value, optional in the stub, where an earlier overload declares the same
    /// parameter with other values: a call that omits it matches the earlier overload, so here it must be given.
    /// </summary>
    private static bool IsDiscriminatingLiteral(IReadOnlyList<SignatureSpec> signatures, int index, ParameterSpec parameter)
    {
        if (parameter.Type is not PyLiteralType { Values.Count: 1 } literal || parameter.Kind == ParameterKind.PositionalOnly)
        {
            return false;
        }

        for (int i = 0; i < index; i++)
        {
            foreach (ParameterSpec earlier in signatures[i].Parameters)
            {
                if (earlier.PythonName == parameter.PythonName && earlier.Type is PyLiteralType other && !other.Values.Contains(literal.Values[0]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The other side of <see cref="IsDiscriminatingLiteral"/>: an optional one-value <c>Literal</c> that a later overload
    /// requires with another value (numpy.linspace's <c>retstep: Literal[False]</c>). Omitting it selects this overload,
    /// so it is left out here rather than offered with values that would select another.
    /// </summary>
    private static bool IsSelectedByOmission(IReadOnlyList<SignatureSpec> signatures, int index, ParameterSpec parameter)
    {
        if (parameter.Type is not PyLiteralType { Values.Count: 1 } literal)
        {
            return false;
        }

        for (int i = index + 1; i < signatures.Count; i++)
        {
            foreach (ParameterSpec later in signatures[i].Parameters)
            {
                if (later.PythonName == parameter.PythonName && later.Type is PyLiteralType other && !other.Values.Contains(literal.Values[0]))
                {
                    return true;
                }
            }
        }

        return false;
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
    private IEnumerable<MethodPlan> ExpandUnions(List<MappedParameter> parameters, CsType returnType, List<string> typeParameters, SignatureSpec signature, Imprecision imprecision)
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

        bool expandRequired = requiredProduct <= MaxExpansion;
        bool expandOptional = requiredProduct * (1 + optionalExtra) <= MaxExpansion;
        List<List<VariantParameter>> variants = [[]];
        var genericForms = new List<MappedParameter>();
        foreach (MappedParameter parameter in parameters)
        {
            List<CsType> alternatives = parameter.Alternatives;
            if (alternatives.Count > 1 && !parameter.Required && !alternatives.All(IsSimple)
                && _mapper.InNumpy && alternatives.All(TypeMapper.IsArrayLikeSource))
            {
                // In numpy, an optional int-or-ints (axis=, shape=) is an array-like (PyArrayLike takes 0 and
                // new long[] { 0, 1 }) rather than an overload per member.
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
            // Omitted (or None, or their exact types) in the methods so far; in copies, required and in any natural shape, with
            // type parameters inferred from them. All in one copy: a copy per parameter would tie where both are given exactly.
            variants.AddRange(variants.Select(v => v.Select(p => genericForms.Contains(p.Parameter) ? new VariantParameter(p.Parameter, p.Parameter.GenericForm!, Required: true, ByKeyword: true) : p).ToList()).ToList());
        }

        foreach (List<VariantParameter> variant in variants)
        {
            foreach (MethodPlan method in Shape(variant, returnType, typeParameters, signature))
            {
                yield return method;
            }
        }
    }

    private static bool IsSimple(CsType type) => (type is NullableType n ? n.Inner : type) is ScalarType or EnumType or WrapperType;

    /// <summary>
    /// Orders one variant's parameters the C# way and decides how each is passed. With <c>*args</c>: a <c>params</c>
    /// form (everything before it required and positional, nothing optional after it), and, when there are optional
    /// parameters to keep, a form where the items are an optional sequence.
    /// </summary>
    private static IEnumerable<MethodPlan> Shape(List<VariantParameter> variant, CsType returnType, List<string> typeParameters, SignatureSpec signature)
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

    private static MethodPlan Build(List<VariantParameter> variant, CsType returnType, List<string> typeParameters, SignatureSpec signature, VarargsForm varargs)
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

        return new MethodPlan(parameters, returnType, typeParameters.Where(t => parameters.Any(p => p.Type.TypeParameters.Contains(t)) || returnType.TypeParameters.Contains(t)).ToList(), signature);
    }

    // ---------------------------------------------------------------- merging

    /// <summary>Merges methods a call could not tell apart, until no two share the same required types.</summary>
    private List<MethodPlan> MergeGroups(List<MethodPlan> candidates, Imprecision imprecision)
    {
        List<MethodPlan> methods = candidates;
        for (int round = 0; round < 8; round++)
        {
            bool changed = false;
            var merged = new List<MethodPlan>();
            foreach (IGrouping<string, MethodPlan> group in methods.GroupBy(m => m.RequiredKey, StringComparer.Ordinal))
            {
                // Where overload resolution priority can pick the first applicable overload (as Python does), those that
                // return different types stay apart instead of becoming one that returns PyObject.
                List<IGrouping<string, MethodPlan>> apart = group.GroupBy(m => _mapper.CanPrioritize ? m.Return.Key : string.Empty, StringComparer.Ordinal).ToList();
                if (apart.Count > 1 && !CanRankInStubOrder(apart.Select(g => g.First()).ToList()))
                {
                    apart = group.GroupBy(m => string.Empty, StringComparer.Ordinal).ToList();
                }
                for (int i = 0; i < apart.Count; i++)
                {
                    MethodPlan first = apart[i].First();
                    foreach (MethodPlan other in apart[i].Skip(1))
                    {
                        changed |= Merge(first, other, imprecision);
                    }

                    foreach (IGrouping<string, MethodPlan> later in apart.Skip(i + 1))
                    {
                        first.Outranks.Add(later.First());
                    }

                    merged.Add(first);
                }
            }

            methods = merged;
            if (!changed)
            {
                break;
            }
        }

        foreach (MethodPlan method in methods)
        {
            SortOptionalParameters(method);
        }

        methods = MergeShadowedByOptionals(methods, imprecision);

        // A method whose required parameters were relaxed, or whose optional ones were united, can now equal
        // another's full signature: merge those too.
        return methods.GroupBy(m => m.SignatureKey, StringComparer.Ordinal).Select(g => g.Aggregate((a, b) =>
        {
            Merge(a, b, imprecision);
            return a;
        })).ToList();
    }

    /// <summary>
    /// Whether the first of <paramref name="methods"/> (in stub order) to apply to a call may take it, as Python takes the
    /// first overload that matches: not where an earlier method's parameter is wider in C# than in its stub (a protocol
    /// or a class without a stub as <c>object</c>, a scalar-like as <c>PyArrayLike</c>) and a later one types it otherwise,
    /// or the earlier would take arguments meant for the later and convert their result to the wrong type.
    /// </summary>
    private static bool CanRankInStubOrder(List<MethodPlan> methods)
    {
        for (int i = 0; i < methods.Count; i++)
        {
            foreach (ParameterPlan parameter in methods[i].Parameters.Where(IsWiderThanItsStub))
            {
                foreach (MethodPlan later in methods.Skip(i + 1))
                {
                    if (later.Parameters.Any(p => p.PythonName == parameter.PythonName && p.Key != parameter.Key))
                    {
                        return false;
                    }
                }
            }
        }

        return true;

        static bool IsWiderThanItsStub(ParameterPlan parameter) =>
            (parameter.Type is NullableType nullable ? nullable.Inner : parameter.Type) switch
            {
                ObjectType or PyObjectType or UntypedSequenceType => parameter.Source?.Type is not (PyAnyType or PyOptionalType { Type: PyAnyType }),
                ArrayLikeType => true,
                _ => false,
            };
    }

    /// <summary>
    /// A method whose optional parameters accept another method's required arguments (numpy.array: <c>(object, copy?)</c>
    /// and <c>(object, dtype)</c>, where C# lets keyword-only <c>copy</c> be given by position) can be picked by the same
    /// call as that other method, and neither is better when both fill defaults. The longer one is merged into the
    /// shorter: its extra required parameters become optional there.
    /// </summary>
    private List<MethodPlan> MergeShadowedByOptionals(List<MethodPlan> methods, Imprecision imprecision)
    {
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (MethodPlan shorter in methods.OrderBy(m => m.Parameters.Count(p => !p.IsOptional)))
            {
                MethodPlan? longer = methods.FirstOrDefault(m => m != shorter && Shadows(shorter, m));
                if (longer is null)
                {
                    continue;
                }

                foreach (ParameterPlan parameter in longer.Parameters.Where(p => !p.IsOptional).Skip(shorter.Parameters.Count(p => !p.IsOptional)))
                {
                    parameter.IsOptional = true;
                    if (parameter.Pass == PassKind.Positional && parameter.Source?.Kind != ParameterKind.PositionalOnly)
                    {
                        parameter.Pass = PassKind.Keyword;
                    }
                }

                Merge(shorter, longer, imprecision);
                Reorder(shorter);
                SortOptionalParameters(shorter);
                methods.Remove(longer);
                changed = true;
                break;
            }
        }

        return methods;
    }

    /// <summary>Whether a call giving exactly <paramref name="longer"/>'s required arguments could also bind to <paramref name="shorter"/>.</summary>
    private static bool Shadows(MethodPlan shorter, MethodPlan longer)
    {
        List<ParameterPlan> required = longer.Parameters.Where(p => !p.IsOptional && !p.IsParamsArray).ToList();
        List<ParameterPlan> candidates = shorter.Parameters.Where(p => !p.IsParamsArray && p.Pass is PassKind.Positional or PassKind.Keyword).ToList();
        int shorterRequired = shorter.Parameters.Count(p => !p.IsOptional && !p.IsParamsArray);
        if (shorter.TypeParameters.Count != longer.TypeParameters.Count || required.Count <= shorterRequired || required.Count > candidates.Count
            || shorter.Parameters.Any(p => p.IsParamsArray) != longer.Parameters.Any(p => p.IsParamsArray))
        {
            return false;
        }

        for (int i = 0; i < required.Count; i++)
        {
            if (!Accepts(candidates[i], required[i].Type))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a value of <paramref name="argument"/>'s type converts to <paramref name="parameter"/> (conservatively: when in doubt, yes).</summary>
    private static bool Accepts(ParameterPlan parameter, CsType argument)
    {
        CsType target = parameter.Type is NullableType nullable ? nullable.Inner : parameter.Type;
        CsType source = argument is NullableType n ? n.Inner : argument;
        return target.Key == source.Key
            || target is ObjectType
            || (target is ArrayLikeType && source is ScalarType or WrapperType or PyObjectType or ArrayLikeType)
            || (target == ScalarType.Double && source == ScalarType.Int64)
            || (target == ScalarType.Complex && (source == ScalarType.Int64 || source == ScalarType.Double));
    }

    /// <summary>Merges <paramref name="other"/> into <paramref name="target"/>; true when required parameters became optional (regroup).</summary>
    private bool Merge(MethodPlan target, MethodPlan other, Imprecision imprecision)
    {
        target.Sources.AddRange(other.Sources.Where(s => !target.Sources.Contains(s)));
        bool relaxed = false;

        // Required parameters have the same types; passed by keyword under different names they are different
        // parameters, which only optional ones can express.
        List<ParameterPlan> mine = target.Parameters.Where(p => !p.IsOptional).ToList();
        List<ParameterPlan> theirs = other.Parameters.Where(p => !p.IsOptional).ToList();
        for (int i = 0; i < Math.Min(mine.Count, theirs.Count); i++)
        {
            bool byPosition = mine[i].Pass == PassKind.Positional && theirs[i].Pass == PassKind.Positional;
            if (!byPosition && mine[i].PythonName != theirs[i].PythonName)
            {
                mine[i].IsOptional = true;
                mine[i].Pass = mine[i].Pass == PassKind.Positional && mine[i].Source?.Kind == ParameterKind.PositionalOnly ? PassKind.Positional : PassKind.Keyword;
                ParameterPlan relaxedOther = theirs[i].Clone();
                relaxedOther.IsOptional = true;
                relaxedOther.Pass = PassKind.Keyword;
                AddOptional(target, relaxedOther);
                relaxed = true;
            }
        }

        foreach (ParameterPlan parameter in other.Parameters.Where(p => p.IsOptional && !p.IsParamsArray))
        {
            AddOptional(target, parameter.Clone());
        }

        if (target.Return.Key != other.Return.Key)
        {
            CsType unified = UnifyReturns(target.Return, other.Return);
            if (unified is PyObjectType && target.Return is not PyObjectType)
            {
                imprecision.Add($"overloads returning {Describe(target.Return)} and {Describe(other.Return)} share one C# signature, so it returns PyObject");
            }

            target.Return = unified;
        }

        foreach (string typeParameter in other.TypeParameters.Where(t => !target.TypeParameters.Contains(t)))
        {
            if (target.Parameters.Any(p => p.Type.TypeParameters.Contains(typeParameter)) || target.Return.TypeParameters.Contains(typeParameter))
            {
                target.TypeParameters.Add(typeParameter);
            }
        }

        if (relaxed)
        {
            Reorder(target);
        }

        return relaxed;
    }

    /// <summary>Whether <c>null</c> cannot be a parameter's "not passed" default: a type parameter (or its <c>T?</c>) may be a struct.</summary>
    private static bool NullIsNoValueOf(CsType type) => type is TypeParameterType or NullableType { Inner: TypeParameterType };

    /// <summary>Adds an optional parameter by Python name; one already there keeps its place, and its type is widened if they differ.</summary>
    private static void AddOptional(MethodPlan target, ParameterPlan parameter)
    {
        int existing = target.Parameters.FindIndex(p => p.PythonName == parameter.PythonName && p.Pass != PassKind.NotSent);
        if (existing >= 0)
        {
            ParameterPlan current = target.Parameters[existing];
            if (current.Key != parameter.Key && current.IsOptional)
            {
                CsType widened = Widen(current.Type, parameter.Type);
                target.Parameters[existing] = new ParameterPlan(current.Source, current.PythonName, current.Name, widened, current.Pass, isOptional: true, isPyOptional: (current.IsPyOptional && parameter.IsPyOptional) || NullIsNoValueOf(widened), current.IsParamsArray);
            }

            return;
        }

        // Before **kwargs and a params array, which must stay last.
        int insertAt = target.Parameters.FindIndex(p => p.Pass == PassKind.VarKeyword || p.IsParamsArray);
        target.Parameters.Insert(insertAt < 0 ? target.Parameters.Count : insertAt, parameter);
    }

    private static CsType Widen(CsType a, CsType b)
    {
        if (a.Key == b.Key)
        {
            return a;
        }

        bool nullable = a.AcceptsNull || b.AcceptsNull;
        CsType inner(CsType t) => t is NullableType n ? n.Inner : t;
        if (inner(a).Key == inner(b).Key)
        {
            return nullable ? inner(a).OrNone() : inner(a);
        }

        if (inner(a) is ArrayLikeType && inner(b) is ScalarType or WrapperType || inner(b) is ArrayLikeType && inner(a) is ScalarType or WrapperType)
        {
            return nullable ? ArrayLikeType.Instance.OrNone() : ArrayLikeType.Instance;
        }

        return ObjectType.Instance;
    }

    /// <summary>Required parameters first, then optional ones in their order, then <c>**kwargs</c>, then the params array.</summary>
    private static void Reorder(MethodPlan method)
    {
        List<ParameterPlan> ordered = method.Parameters.Where(p => !p.IsOptional && !p.IsParamsArray)
            .Concat(method.Parameters.Where(p => p.IsOptional && !p.IsParamsArray && p.Pass != PassKind.VarKeyword))
            .Concat(method.Parameters.Where(p => p.Pass == PassKind.VarKeyword))
            .Concat(method.Parameters.Where(p => p.IsParamsArray))
            .ToList();

        // Positional passing must stay a leading run in Python's order: a relaxed parameter breaks the run.
        bool leading = true;
        foreach (ParameterPlan parameter in ordered)
        {
            if (parameter.Pass == PassKind.Positional && (parameter.IsOptional || !leading) && parameter.Source?.Kind != ParameterKind.PositionalOnly)
            {
                parameter.Pass = PassKind.Keyword;
            }

            if (parameter.IsOptional)
            {
                leading = false;
            }
        }

        method.Parameters.Clear();
        method.Parameters.AddRange(ordered);
    }

    /// <summary>The most precise return type that covers both: equal types, a wrapper's base, element-wise tuples, else <c>PyObject</c>.</summary>
    internal CsType UnifyReturns(CsType a, CsType b)
    {
        if (a.Key == b.Key)
        {
            return a;
        }

        if (a is WrapperType && b is WrapperType && _commonBase(a.Syntax, b.Syntax) is string common)
        {
            return WrapperType.Generated(common);
        }

        if (a is NullableType na && na.Inner.Key == b.Key)
        {
            return a;
        }

        if (b is NullableType nb && nb.Inner.Key == a.Key)
        {
            return b;
        }

        if (a is TupleType ta && b is TupleType tb && ta.Items.Count == tb.Items.Count)
        {
            return new TupleType(ta.Items.Zip(tb.Items, (x, y) => UnifyReturns(x, y)).ToArray());
        }

        return PyObjectType.Instance;
    }

    private static string Describe(CsType type) => type switch
    {
        VoidType => "None",
        _ => type.Syntax.Replace("global::", string.Empty),
    };

    /// <summary>Optional parameters in Python's order: merged overloads add theirs at the end.</summary>
    private static void SortOptionalParameters(MethodPlan method)
    {
        List<ParameterPlan> optional = method.Parameters.Where(p => p.IsOptional && !p.IsParamsArray && p.Pass is PassKind.Keyword or PassKind.Positional).ToList();
        if (method.Sources.Count > 1 && optional.Count > 1)
        {
            int PythonIndex(ParameterPlan parameter)
            {
                foreach (SignatureSpec source in method.Sources)
                {
                    for (int i = 0; i < source.Parameters.Count; i++)
                    {
                        if (source.Parameters[i].PythonName == parameter.PythonName)
                        {
                            return i;
                        }
                    }
                }

                return int.MaxValue;
            }

            // A stable insertion sort by Python position (a handful of parameters).
            var sorted = new List<ParameterPlan>(optional.Count);
            var keys = new List<int>(optional.Count);
            foreach (ParameterPlan parameter in optional)
            {
                int key = PythonIndex(parameter);
                int at = keys.Count;
                while (at > 0 && keys[at - 1] > key)
                {
                    at--;
                }

                keys.Insert(at, key);
                sorted.Insert(at, parameter);
            }

            // Back into the places the optional ones held: a *args between them (IEnumerable<object?>? args = null,
            // optional too) keeps its own.
            int next = 0;
            for (int i = 0; i < method.Parameters.Count; i++)
            {
                if (optional.Contains(method.Parameters[i]))
                {
                    method.Parameters[i] = sorted[next++];
                }
            }
        }
    }

    /// <summary>Distinct parameter names: merged overloads may bring two Python names that map to one C# name.</summary>
    private static void FinishParameters(MethodPlan method)
    {

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (ParameterPlan parameter in method.Parameters)
        {
            string name = parameter.Name;
            for (int i = 2; !used.Add(name.TrimStart('@')); i++)
            {
                name = parameter.Name.TrimStart('@') + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            parameter.Name = name.TrimStart('@') == parameter.Name.TrimStart('@') ? parameter.Name : name;
        }
    }
}
