using System;
using System.Collections.Generic;
using System.Linq;
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
internal sealed partial class MethodPlanner
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
    public IReadOnlyList<MethodPlan> Plan(IReadOnlyList<SignatureSpec> signatures, MethodRole role, ClassScope? cls, IEnumerable<string> reservedNames, Imprecision imprecision)
    {
        string[] reserved = reservedNames.ToArray();
        var candidates = new List<MethodDraft>();
        for (int i = 0; i < signatures.Count; i++)
        {
            candidates.AddRange(Expand(signatures, i, role, cls, reserved, imprecision));
        }

        List<MethodDraft> merged = MergeGroups(candidates, imprecision);
        foreach (MethodDraft method in merged)
        {
            FinishParameters(method);
        }

        AddEarlierOverloadRankings(merged);
        AddNoneRankings(merged);
        AddPositionalRankings(merged);
        AssignPriorities(merged);
        return merged.Select(Lower).ToArray();
    }

    /// <summary>
    /// A method while it is planned: overloads are expanded into drafts, drafts merged into one another (parameters
    /// relaxed, united and reordered, returns unified) and ranked against each other by identity; each becomes an
    /// immutable <see cref="MethodPlan"/> once all of that is settled (<see cref="Lower"/>).
    /// </summary>
    private sealed class MethodDraft(List<ParameterPlan> parameters, CsType returnType, List<string> typeParameters, SignatureSpec source)
    {
        /// <summary>In C# order: required first, then optional, then <c>**kwargs</c>, then a <c>params</c> array.</summary>
        public List<ParameterPlan> Parameters { get; } = parameters;

        public CsType Return { get; set; } = returnType;

        public List<string> TypeParameters { get; } = typeParameters;

        public List<SignatureSpec> Sources { get; } = [source];

        /// <summary>See <see cref="MethodPlan.Priority"/>.</summary>
        public int Priority { get; set; }

        /// <summary>
        /// The methods this one must win against where a call applies to both: later overloads kept apart because they return
        /// other types (Python picks the first overload that matches), and methods that also take a <c>null</c> this one is the
        /// first to declare None for.
        /// </summary>
        public HashSet<MethodDraft> Outranks { get; } = [];

        public string SignatureKey => MethodPlan.SignatureKeyOf(TypeParameters.Count, Parameters);

        /// <summary>The grouping key of the planner: the types a call must give (required parameters and a <c>params</c> array).</summary>
        public string RequiredKey => MethodPlan.SignatureKeyOf(TypeParameters.Count, Parameters.Where(p => !p.IsOptional || p.IsParamsArray));

        /// <summary>Puts <paramref name="replacement"/> where <paramref name="parameter"/> (one of this method's) is.</summary>
        public void Replace(ParameterPlan parameter, ParameterPlan replacement) => Parameters[Parameters.IndexOf(parameter)] = replacement;
    }

    /// <summary>
    /// The plan of a finished draft. An async binding takes a trailing <c>CancellationToken</c> (not sent to Python),
    /// before a <c>params</c> array or <c>**kwargs</c>: added here, as it is no overload's parameter, so it takes no part
    /// in merging or ranking.
    /// </summary>
    private static MethodPlan Lower(MethodDraft method)
    {
        var parameters = new List<ParameterPlan>(method.Parameters);
        if (method.Return is TaskType)
        {
            string name = "cancellationToken";
            while (parameters.Any(p => p.Name.TrimStart('@') == name))
            {
                name = "_" + name;
            }

            var token = new ParameterPlan(null, string.Empty, name, new CancellationTokenType(), PassKind.NotSent, isOptional: true);
            int insertAt = parameters.FindIndex(p => p.IsParamsArray || p.Pass == PassKind.VarKeyword);
            parameters.Insert(insertAt < 0 ? parameters.Count : insertAt, token);
        }

        return new MethodPlan(parameters, method.Return, method.TypeParameters, method.Sources, method.Priority);
    }

    /// <summary>
    /// Each method's priority one more than the highest of those it outranks (and that remain), so that every ranking
    /// holds at once; a ranking that contradicts others (a cycle) is dropped, leaving those calls to C#.
    /// </summary>
    private static void AssignPriorities(List<MethodDraft> methods)
    {
        var remaining = new HashSet<MethodDraft>(methods);
        var done = new HashSet<MethodDraft>();
        var visiting = new HashSet<MethodDraft>();
        foreach (MethodDraft method in methods)
        {
            Level(method);
        }

        int Level(MethodDraft method)
        {
            if (done.Contains(method) || !visiting.Add(method))
            {
                return method.Priority;
            }

            int level = 0;
            foreach (MethodDraft lower in method.Outranks)
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
    /// A priority given to keep overloads with different results apart counts against every method of the class, not
    /// only those it was meant to outrank: <c>numpy.percentile(a, q: array, out=…)</c> ranked above its array-returning
    /// twin would also beat the earlier <c>(a, q: float)</c> overload that Python picks for a scalar <c>q</c>. So each
    /// earlier overload that may be ranked in stub order outranks such a method too, as Python tries it first.
    /// </summary>
    private static void AddEarlierOverloadRankings(List<MethodDraft> methods)
    {
        for (int later = 1; later < methods.Count; later++)
        {
            MethodDraft ranked = methods[later];
            if (ranked.Outranks.Count == 0)
            {
                continue;
            }

            for (int earlier = 0; earlier < later; earlier++)
            {
                MethodDraft first = methods[earlier];
                if (!ranked.Outranks.Contains(first) && CanRankInStubOrder([first, ranked]))
                {
                    first.Outranks.Add(ranked);
                }
            }
        }
    }

    /// <summary>
    /// C# gives a positional argument to whatever parameter is at its place, keyword-only in Python or not: with
    /// numpy.arange(stop, /, *, like) beside arange(start, stop), <c>Arange(3, 7)</c> fits the first with 7 as
    /// <c>like</c>, and where that one is ranked up (to keep it apart from an overload returning another type) it wins.
    /// Python reads a second positional argument only as the second method's <c>stop</c>: a method that takes more
    /// arguments by position outranks one that would take them as keyword-only parameters.
    /// </summary>
    private static void AddPositionalRankings(List<MethodDraft> methods)
    {
        static int ByPosition(MethodDraft method) => method.Parameters.Count(p => !p.IsOptional && !p.IsParamsArray && p.Pass == PassKind.Positional);

        foreach (MethodDraft longer in methods)
        {
            int arguments = ByPosition(longer);
            foreach (MethodDraft shorter in methods)
            {
                int taken = ByPosition(shorter);
                if (shorter != longer && taken < arguments && shorter.Parameters.Count >= arguments
                    && shorter.Parameters.Skip(taken).Take(arguments - taken).Any(p => p.Source?.Kind == ParameterKind.KeywordOnly))
                {
                    longer.Outranks.Add(shorter);
                    shorter.Outranks.Remove(longer);  // this reading is Python's; a ranking against it came from types alone
                }
            }
        }
    }

    /// <summary>
    /// <c>null</c> is how a C# caller passes None. Where a <c>null</c> argument fits several methods (a union with None
    /// expanded into one method per member, or overloads that take different reference types there), C# cannot choose
    /// (CS0121): for each such argument position, the first method whose parameter declares None (a reference type
    /// preferred, never <c>object</c>) gets one more step of overload resolution priority, as Python picks the first
    /// overload that accepts None. Where only value types take it, C# already chooses (<c>long?</c> over
    /// <c>double?</c>), and nothing is added.
    /// </summary>
    private static void AddNoneRankings(List<MethodDraft> methods)
    {
        if (methods.Count < 2)
        {
            return;
        }

        // A call shape: how many arguments, where the null is, and the types of the others.
        var settled = new HashSet<string>(StringComparer.Ordinal);
        foreach (MethodDraft method in methods)
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
                List<MethodDraft> takers = methods.FindAll(m => m.TypeParameters.Count == method.TypeParameters.Count
                    && m.Parameters.Count(p => !p.IsOptional) <= arguments
                    && m.Parameters.Count(p => !p.IsParamsArray) >= arguments
                    && TakesNullLiteral(m.Parameters[position])
                    && SameOtherTypes(m, method, arguments, position));
                if (!IsAmbiguous(takers, position))
                {
                    continue;
                }

                // Python reads a positional None as a parameter it takes by position: keyword-only ones carry it last.
                // Never an object parameter: a priority holds for every argument, and object takes them all (babel's
                // Locale.parse(identifier: None) -> None, ranked up, was what Parse("de_AT") called); where only such
                // a parameter declares None, the first specific reference type carries null.
                List<MethodDraft> specific = takers.FindAll(m => m.Parameters[position].Type.Underlying is not ObjectType);
                MethodDraft? carrier = specific.Find(m => DeclaresNone(m.Parameters[position]) && IsReference(m.Parameters[position]) && !KeywordOnly(m.Parameters[position]))
                    ?? specific.Find(m => DeclaresNone(m.Parameters[position]) && !KeywordOnly(m.Parameters[position]))
                    ?? specific.Find(m => DeclaresNone(m.Parameters[position]) && IsReference(m.Parameters[position]))
                    ?? specific.Find(m => DeclaresNone(m.Parameters[position]))
                    ?? (specific.Count < takers.Count ? specific.Find(m => IsReference(m.Parameters[position]) && !KeywordOnly(m.Parameters[position])) : null);
                if (carrier is not null)
                {
                    foreach (MethodDraft other in takers)
                    {
                        if (other != carrier && other.Parameters[position].Type.Underlying is not ObjectType)
                        {
                            carrier.Outranks.Add(other);
                        }
                    }
                }
            }
        }

        // C# itself settles null between object and anything more specific, and between long?, double? and Complex? (a
        // conversion runs one way); two specific reference types, one and a Nullable<T>, or two value types with no
        // conversion between them (DateOnly? and PyArrayLike?: numpy.busday_count's holidays) tie.
        static bool IsAmbiguous(List<MethodDraft> takers, int position)
        {
            int references = 0;
            int values = 0;
            var valueKinds = new HashSet<string>(StringComparer.Ordinal);
            foreach (MethodDraft taker in takers)
            {
                ParameterPlan parameter = taker.Parameters[position];
                if (parameter.Type.Underlying is ObjectType)
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
                    CsType type = parameter.Type.Underlying;
                    valueKinds.Add(type == ScalarType.Int64 || type == ScalarType.Double || type == ScalarType.Complex ? "number" : type.Key);
                }
            }

            return references >= 2 || (references == 1 && values >= 1) || valueKinds.Count >= 2;
        }

        static bool IsReference(ParameterPlan parameter) => !parameter.Type.Underlying.IsValueType;

        static bool KeywordOnly(ParameterPlan parameter) => parameter.Source?.Kind == ParameterKind.KeywordOnly;

        static bool DeclaresNone(ParameterPlan parameter) => parameter.Type.AcceptsNull || parameter.IsPyOptional;

        static bool TakesNullLiteral(ParameterPlan parameter) =>
            parameter.Pass is not (PassKind.NotSent or PassKind.VarKeyword or PassKind.VarPositional)
            && (IsReference(parameter) || parameter.Type is NullableType || parameter.IsOptional);

        static bool SameOtherTypes(MethodDraft a, MethodDraft b, int arguments, int position)
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
}
