using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Model;

namespace PyBind.Gen.Emit;

// Candidates into methods a call can tell apart: groups merged, optional parameters united and widened, returns
// unified, parameters ordered.
internal sealed partial class MethodPlanner
{
    /// <summary>Merges methods a call could not tell apart, until no two share the same required types.</summary>
    private List<MethodDraft> MergeGroups(List<MethodDraft> candidates, Imprecision imprecision)
    {
        List<MethodDraft> methods = candidates;
        for (int round = 0; round < 8; round++)
        {
            bool changed = false;
            var merged = new List<MethodDraft>();
            foreach (IGrouping<string, MethodDraft> group in methods.GroupBy(m => m.RequiredKey, StringComparer.Ordinal))
            {
                // Where overload resolution priority can pick the first applicable overload (as
                // Python does), those that
                // return different types stay apart instead of becoming one that returns PyObject.
                List<IGrouping<string, MethodDraft>> apart = group.GroupBy(m => _mapper.CanPrioritize ? m.Return.Key : string.Empty, StringComparer.Ordinal).ToList();
                if (apart.Count > 1 && !CanRankInStubOrder(apart.Select(g => g.First()).ToList()))
                {
                    apart = group.GroupBy(m => string.Empty, StringComparer.Ordinal).ToList();
                }
                for (int i = 0; i < apart.Count; i++)
                {
                    MethodDraft first = apart[i].First();
                    foreach (MethodDraft other in apart[i].Skip(1))
                    {
                        changed |= Merge(first, other, imprecision);
                    }

                    foreach (IGrouping<string, MethodDraft> later in apart.Skip(i + 1))
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

        foreach (MethodDraft method in methods)
        {
            SortOptionalParameters(method);
        }

        methods = MergeShadowedByOptionals(methods, imprecision);

        // A method whose required parameters were relaxed, or whose optional ones were united, can now equal
        // another's full signature: merge those too, until no two are equal (a round that merges none).
        int before;
        do
        {
            before = methods.Count;
            methods = MergeEqualSignatures(methods, imprecision);
        }
        while (methods.Count < before);

        return methods;
    }

    private List<MethodDraft> MergeEqualSignatures(List<MethodDraft> methods, Imprecision imprecision) =>
        methods.GroupBy(m => m.SignatureKey, StringComparer.Ordinal).Select(g => g.Aggregate((a, b) =>
        {
            if (a.Return is not PyObjectType && ReturnsAnyByStub(b) && DiffersOnlyInArrayLikes(a, b))
            {
                // A later overload that differs from an earlier one only in an array-like C# cannot tell apart, and
                // returns Any (a unary ufunc's _SupportsArrayUFunc form after its ArrayLike form): Python picks the
                // earlier one for every argument both take, so its result type stands.
                b.Return = a.Return;
            }

            Merge(a, b, imprecision);
            return a;
        })).ToList();

    /// <summary>
    /// Whether the first of <paramref name="methods"/> (in stub order) to apply to a call may take it, as Python takes the
    /// first overload that matches: not where an earlier method's parameter is wider in C# than in its stub (a protocol
    /// or a class without a stub as <c>object</c>, a scalar-like as <c>PyArrayLike</c>) and a later one types it otherwise,
    /// or the earlier would take arguments meant for the later and convert their result to the wrong type.
    /// </summary>
    private static bool CanRankInStubOrder(List<MethodDraft> methods)
    {
        for (int i = 0; i < methods.Count; i++)
        {
            foreach (ParameterPlan parameter in methods[i].Parameters.Where(IsWiderThanItsStub))
            {
                foreach (MethodDraft later in methods.Skip(i + 1))
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
            parameter.Type.Underlying switch
            {
                ObjectType or PyObjectType or UntypedSequenceType => parameter.Source?.Type is not (PyAnyType or PyOptionalType { Type: PyAnyType }),
                ArrayLikeType => true,
                _ => false,
            };
    }

    /// <summary>
    /// Whether <paramref name="later"/> is one overload whose parameters are those of one of <paramref name="earlier"/>'s, but for
    /// protocols that bind as <c>PyArrayLike</c> as the earlier's types there do.
    /// </summary>
    private static bool DiffersOnlyInArrayLikes(MethodDraft earlier, MethodDraft later)
    {
        return later.Sources.Count == 1 && earlier.Sources.Any(source => Same(source, later.Sources[0]));

        bool Same(SignatureSpec first, SignatureSpec second)
        {
            if (first.Parameters.Count != second.Parameters.Count)
            {
                return false;
            }

            for (int i = 0; i < first.Parameters.Count; i++)
            {
                ParameterSpec x = first.Parameters[i];
                ParameterSpec y = second.Parameters[i];
                if (x.PythonName != y.PythonName || x.Kind != y.Kind)
                {
                    return false;
                }

                // A protocol (an object with __array_ufunc__), not another dtype's array-like: numpy.percentile of an
                // object array returns Any for good reason.
                if (!Equals(x.Type, y.Type)
                    && (y.Type is not PyClassType || earlier.Parameters.Find(p => p.PythonName == x.PythonName)?.Type is not (ArrayLikeType or NullableType { Inner: ArrayLikeType })))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Whether a method returns <c>PyObject</c> only because each of its overloads returns <c>Any</c>.</summary>
    private static bool ReturnsAnyByStub(MethodDraft method) =>
        method.Return is PyObjectType && method.Sources.All(s => s.ReturnType is PyAnyType);

    /// <summary>
    /// A method whose optional parameters accept another method's required arguments (numpy.array: <c>(object, copy?)</c>
    /// and <c>(object, dtype)</c>, where C# lets keyword-only <c>copy</c> be given by position) can be picked by the same
    /// call as that other method, and neither is better when both fill defaults. The longer one is merged into the
    /// shorter: its extra required parameters become optional there.
    /// </summary>
    private List<MethodDraft> MergeShadowedByOptionals(List<MethodDraft> methods, Imprecision imprecision)
    {
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (MethodDraft shorter in methods.OrderBy(m => m.Parameters.Count(p => !p.IsOptional)))
            {
                MethodDraft? longer = methods.FirstOrDefault(m => m != shorter && Shadows(shorter, m));
                if (longer is null)
                {
                    continue;
                }

                foreach (ParameterPlan parameter in longer.Parameters.Where(p => !p.IsOptional).Skip(shorter.Parameters.Count(p => !p.IsOptional)).ToList())
                {
                    bool byKeyword = parameter.Pass == PassKind.Positional && parameter.Source?.Kind != ParameterKind.PositionalOnly;
                    longer.Replace(parameter, parameter.AsOptional(byKeyword ? PassKind.Keyword : parameter.Pass));
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

    /// <summary>
    /// A positional-only parameter is the other method's parameter at its place, whatever its name: numpy.arange(stop, /)
    /// merged with arange(start, stop) takes <c>start</c> first, then <c>stop</c> as a parameter of its own (matched by
    /// name, the first method's <c>stop</c> would swallow it and leave no way to give both: <c>Arange(3, 7)</c> was
    /// <c>arange(3, step=7)</c>).
    /// </summary>
    private static void TakePositionalNames(MethodDraft target, MethodDraft other)
    {
        for (int i = 0; i < Math.Min(target.Parameters.Count, other.Parameters.Count); i++)
        {
            ParameterPlan mine = target.Parameters[i], theirs = other.Parameters[i];
            if (mine.Source?.Kind == ParameterKind.PositionalOnly && mine.Pass == PassKind.Positional && theirs.Pass != PassKind.VarPositional
                && mine.PythonName != theirs.PythonName && other.Parameters.Any(p => p.PythonName == mine.PythonName))
            {
                target.Parameters[i] = new ParameterPlan(mine.Source, theirs.PythonName, theirs.Name, mine.Type, mine.Pass, mine.IsOptional, mine.IsPyOptional);
            }
        }
    }

    /// <summary>
    /// Whether a call giving exactly <paramref name="longer"/>'s required arguments binds as well to <paramref name="shorter"/>,
    /// so that C# cannot choose: only where the shorter method takes each of them as the same type (an argument of exactly
    /// that type meets an identity conversion in the longer one, which wins wherever the shorter converts it). Merged
    /// whenever a conversion existed, numpy.arange(stop, *, like) took arange(start, stop): <c>Arange(3, 7)</c> gave 7 as
    /// <c>like</c>, and the Any overload swallowed every typed one.
    /// </summary>
    private static bool Shadows(MethodDraft shorter, MethodDraft longer)
    {
        List<ParameterPlan> required = longer.Parameters.Where(p => !p.IsOptional && !p.IsParamsArray).ToList();
        // What C# binds positional arguments to: every parameter up to a params array, *args' enumerable included.
        List<ParameterPlan> candidates = shorter.Parameters.Where(p => !p.IsParamsArray && p.Pass is PassKind.Positional or PassKind.Keyword or PassKind.VarPositional).ToList();
        int shorterRequired = shorter.Parameters.Count(p => !p.IsOptional && !p.IsParamsArray);
        if (shorter.TypeParameters.Count != longer.TypeParameters.Count || required.Count <= shorterRequired || required.Count > candidates.Count
            || shorter.Parameters.Any(p => p.IsParamsArray) != longer.Parameters.Any(p => p.IsParamsArray))
        {
            return false;
        }

        for (int i = 0; i < required.Count; i++)
        {
            if (candidates[i].Pass == PassKind.VarPositional)
            {
                // *args given as one enumerable: that is the type a positional argument meets there.
                if (candidates[i].Key != required[i].Key)
                {
                    return false;
                }

                continue;
            }

            if (!SameType(candidates[i].Type, required[i].Type))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameType(CsType parameter, CsType argument) =>
        parameter.Underlying.Key == argument.Underlying.Key;

    /// <summary>Merges <paramref name="other"/> into <paramref name="target"/>; true when required parameters became optional (regroup).</summary>
    private bool Merge(MethodDraft target, MethodDraft other, Imprecision imprecision)
    {
        target.Sources.AddRange(other.Sources.Where(s => !target.Sources.Contains(s)));
        TakePositionalNames(target, other);
        bool relaxed = false;

        // Required parameters have the same types; passed by keyword under different names they are different
        // parameters, which only optional ones can express.
        List<ParameterPlan> mine = target.Parameters.Where(p => !p.IsOptional).ToList();
        List<ParameterPlan> theirs = other.Parameters.Where(p => !p.IsOptional).ToList();
        for (int i = 0; i < Math.Min(mine.Count, theirs.Count); i++)
        {
            // (Not a Literal the stub makes optional: its name is what selects the overload, numpy.unique's
            // return_index and return_counts are different flags.)
            bool byPosition = mine[i].Pass == PassKind.Positional && theirs[i].Pass == PassKind.Positional && !IsRequiredLiteral(mine[i]) && !IsRequiredLiteral(theirs[i]);
            if (!byPosition && mine[i].PythonName != theirs[i].PythonName)
            {
                bool positionalOnly = mine[i].Pass == PassKind.Positional && mine[i].Source?.Kind == ParameterKind.PositionalOnly;
                target.Replace(mine[i], mine[i].AsOptional(positionalOnly ? PassKind.Positional : PassKind.Keyword));
                AddOptional(target, theirs[i].AsOptional(PassKind.Keyword));
                relaxed = true;
            }
        }

        // What the other requires beyond the target's required parameters, the merged method takes as optional: a call
        // giving it must still reach the other's overload (numpy.unique's return_counts after return_index relaxed).
        foreach (ParameterPlan parameter in theirs.Skip(mine.Count))
        {
            AddOptional(target, parameter.AsOptional(PassKind.Keyword));
            relaxed = true;
        }

        foreach (ParameterPlan parameter in other.Parameters.Where(p => p.IsOptional && !p.IsParamsArray))
        {
            AddOptional(target, parameter);
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

    /// <summary>A one-value <c>Literal</c> optional in the stub, required here because it selects the overload.</summary>
    private static bool IsRequiredLiteral(ParameterPlan parameter) =>
        parameter.Source is { IsOptional: true, Type: PyLiteralType { Values.Count: 1 } };

    /// <summary>Whether <c>null</c> cannot be a parameter's "not passed" default: a type parameter (or its <c>T?</c>) may be a struct.</summary>
    private static bool NullIsNoValueOf(CsType type) => type is TypeParameterType or NullableType { Inner: TypeParameterType };

    /// <summary>Adds an optional parameter by Python name; one already there keeps its place, and its type is widened if they differ.</summary>
    private static void AddOptional(MethodDraft target, ParameterPlan parameter)
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
        if (a.Underlying.Key == b.Underlying.Key)
        {
            return nullable ? a.Underlying.OrNone() : a.Underlying;
        }

        if (a.Underlying is ArrayLikeType && b.Underlying is ScalarType or WrapperType || b.Underlying is ArrayLikeType && a.Underlying is ScalarType or WrapperType)
        {
            return nullable ? ArrayLikeType.Instance.OrNone() : ArrayLikeType.Instance;
        }

        return ObjectType.Instance;
    }

    /// <summary>Required parameters first, then optional ones in their order, then <c>**kwargs</c>, then the params array.</summary>
    private static void Reorder(MethodDraft method)
    {
        List<ParameterPlan> ordered = method.Parameters.Where(p => !p.IsOptional && !p.IsParamsArray)
            .Concat(method.Parameters.Where(p => p.IsOptional && !p.IsParamsArray && p.Pass != PassKind.VarKeyword))
            .Concat(method.Parameters.Where(p => p.Pass == PassKind.VarKeyword))
            .Concat(method.Parameters.Where(p => p.IsParamsArray))
            .ToList();

        // Positional passing must stay a leading run in Python's order: a relaxed parameter breaks the run.
        bool leading = true;
        method.Parameters.Clear();
        foreach (ParameterPlan parameter in ordered)
        {
            bool byKeyword = parameter.Pass == PassKind.Positional && (parameter.IsOptional || !leading) && parameter.Source?.Kind != ParameterKind.PositionalOnly;
            method.Parameters.Add(byKeyword ? parameter.WithPass(PassKind.Keyword) : parameter);
            if (parameter.IsOptional)
            {
                leading = false;
            }
        }
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

    /// <summary>
    /// Optional parameters in Python's order, those Python takes by position before the keyword-only ones: merged
    /// overloads add theirs at the end. A keyword-only parameter ahead of another overload's positional one would take
    /// a C# caller's positional argument (arrow.get("2013-05-11") would set <c>locale</c>).
    /// </summary>
    private static void SortOptionalParameters(MethodDraft method)
    {
        List<ParameterPlan> optional = method.Parameters.Where(p => p.IsOptional && !p.IsParamsArray && p.Pass is PassKind.Keyword or PassKind.Positional).ToList();
        if (method.Sources.Count > 1 && optional.Count > 1)
        {
            (bool KeywordOnly, int Index) PythonPlace(ParameterPlan parameter)
            {
                foreach (SignatureSpec source in method.Sources)
                {
                    for (int i = 0; i < source.Parameters.Count; i++)
                    {
                        if (source.Parameters[i].PythonName == parameter.PythonName)
                        {
                            return (source.Parameters[i].Kind == ParameterKind.KeywordOnly, i);
                        }
                    }
                }

                return (true, int.MaxValue);
            }

            // A stable insertion sort by Python position (a handful of parameters).
            var sorted = new List<ParameterPlan>(optional.Count);
            var keys = new List<(bool KeywordOnly, int Index)>(optional.Count);
            foreach (ParameterPlan parameter in optional)
            {
                (bool KeywordOnly, int Index) key = PythonPlace(parameter);
                int at = keys.Count;
                while (at > 0 && keys[at - 1].CompareTo(key) > 0)
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
    private static void FinishParameters(MethodDraft method)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (int at = 0; at < method.Parameters.Count; at++)
        {
            ParameterPlan parameter = method.Parameters[at];
            string name = parameter.Name;
            for (int i = 2; !used.Add(name.TrimStart('@')); i++)
            {
                name = parameter.Name.TrimStart('@') + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (name.TrimStart('@') != parameter.Name.TrimStart('@'))
            {
                method.Parameters[at] = parameter.WithName(name);
            }
        }
    }
}
