using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Model;

namespace PyBind.Gen.Emit;

/// <summary>Why a member is typed less precisely than its stub; one Info diagnostic per member lists them.</summary>
internal sealed class Imprecision
{
    private readonly List<string> _reasons = [];

    public IReadOnlyList<string> Reasons => _reasons;

    /// <summary>
    /// Whether an alternative of the type being mapped is <c>object</c> as the stub says (<c>Any</c>, <c>object</c>, <c>type</c>):
    /// once the whole parameter is <c>object</c>, what its other alternatives lost does not matter.
    /// </summary>
    public bool TakesAnything { get; set; }

    public void Add(string reason)
    {
        if (!_reasons.Contains(reason))
        {
            _reasons.Add(reason);
        }
    }

    /// <summary>Adds what mapping one alternative found.</summary>
    public void Add(Imprecision alternative)
    {
        foreach (string reason in alternative.Reasons)
        {
            Add(reason);
        }

        TakesAnything |= alternative.TakesAnything;
    }
}

/// <summary>
/// The type variables of one signature and how each is bound in C#. Mapping a part of the signature that is mapped
/// differently (a required parameter's argument type parameters, a callback's arguments) takes a view of the scope
/// (<see cref="WithArgumentTypeParameters"/>, <see cref="ForCallbackArguments"/>) that shares its type variables, rather
/// than setting a flag and restoring it.
/// </summary>
internal sealed class SignatureTypeScope
{
    public SignatureTypeScope()
    {
    }

    private SignatureTypeScope(SignatureTypeScope signature, bool allowArgumentTypeParameters, bool inCallbackArguments)
    {
        Generic = signature.Generic;
        Substitutions = signature.Substitutions;
        Class = signature.Class;
        SelfVariable = signature.SelfVariable;
        AllowGeneric = signature.AllowGeneric;
        ReservedNames = signature.ReservedNames;
        ArgumentTypeParameters = signature.ArgumentTypeParameters;
        AllowArgumentTypeParameters = allowArgumentTypeParameters;
        InCallbackArguments = inCallbackArguments;
    }

    /// <summary>Type variables that became type parameters of the generic method, with their C# names.</summary>
    public Dictionary<string, string> Generic { get; } = new(StringComparer.Ordinal);

    /// <summary>Type variables replaced by a type: a constraint of a constrained TypeVar (one overload per constraint).</summary>
    public Dictionary<string, PyTypeSpec> Substitutions { get; } = new(StringComparer.Ordinal);

    /// <summary>The class whose members are being mapped (for <c>Self</c> and class type variables), or <see langword="null"/>.</summary>
    public ClassScope? Class { get; init; }

    /// <summary>The type variable that annotates <c>self</c> (<c>self: _ArraySelf</c>): it stands for the class itself.</summary>
    public string? SelfVariable { get; init; }

    /// <summary>Whether unbound type variables met in parameters become type parameters (they do, except in constructors, properties and operators).</summary>
    public bool AllowGeneric { get; init; } = true;

    /// <summary>Names a type parameter may not take (the method's parameters, the enclosing types).</summary>
    public HashSet<string> ReservedNames { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether the parameter being mapped may bring type parameters of its own, so that C# infers them from the argument
    /// (<c>F&lt;T&gt;(IEnumerable&lt;KeyValuePair&lt;string, T&gt;&gt; d) where T : IEnumerable&lt;long&gt;</c>): only for a required
    /// parameter of a generic-capable method (an omitted argument would leave them uninferable, a constructor cannot be generic),
    /// never inside a callback's arguments.
    /// </summary>
    public bool AllowArgumentTypeParameters { get; }

    /// <summary>
    /// Whether the types being mapped are a callback's arguments: values Python passes in, mapped like returns, whose type
    /// variables are still the method's to introduce.
    /// </summary>
    public bool InCallbackArguments { get; }

    /// <summary>The type parameters introduced for arguments (not for TypeVars), by C# name.</summary>
    public HashSet<string> ArgumentTypeParameters { get; } = new(StringComparer.Ordinal);

    /// <summary>This scope for a parameter that may bring type parameters of its own (see <see cref="AllowArgumentTypeParameters"/>).</summary>
    public SignatureTypeScope WithArgumentTypeParameters() => new(this, allowArgumentTypeParameters: true, InCallbackArguments);

    /// <summary>This scope for the arguments of a callback parameter (see <see cref="InCallbackArguments"/>).</summary>
    public SignatureTypeScope ForCallbackArguments() => new(this, allowArgumentTypeParameters: false, inCallbackArguments: true);

    /// <summary>Records an argument type parameter (its key in <see cref="Generic"/> is no TypeVar name).</summary>
    public void AddArgumentTypeParameter(string name)
    {
        Generic[ArgumentKeyPrefix + name] = name;
        ArgumentTypeParameters.Add(name);
    }

    /// <summary>Forgets an argument type parameter that no type uses after all, so that its name is free again.</summary>
    public void RemoveArgumentTypeParameter(string name)
    {
        Generic.Remove(ArgumentKeyPrefix + name);
        ArgumentTypeParameters.Remove(name);
    }

    private const string ArgumentKeyPrefix = "<argument>";
}

/// <summary>
/// Maps Python annotations to C# types, following the DESIGN table: what a C# caller naturally has for parameters,
/// what it naturally wants for returns. Unknown or inexpressible types fall back to <c>object?</c> (parameters) or
/// <c>PyObject</c> (returns), and say why.
/// </summary>
internal sealed class TypeMapper
{
    /// <summary>The most alternatives a parameter's union may expand into before it is passed as <c>object?</c>.</summary>
    public const int MaxUnionAlternatives = 4;

    private readonly LoweringContext _context;

    public TypeMapper(LoweringContext context) => _context = context;

    /// <summary>A type variable declared in the module being lowered.</summary>
    public TypeVariableSpec? FindTypeVariable(string name) => _context.FindTypeVariable(name);

    // ---------------------------------------------------------------- parameters

    /// <summary>The C# types a parameter of type <paramref name="type"/> can take: one, or several for a union the caller picks from.</summary>
    public List<CsType> MapParameter(PyTypeSpec type, SignatureTypeScope scope, Imprecision imprecision)
    {
        // Reasons found in alternatives count only if the result keeps them: when an alternative is object as the stub
        // says, the whole parameter is object, and what its other alternatives lost does not matter. An alternative
        // that became object for a reason (a class without a stub) does not excuse the others.
        var alternatives = new List<CsType>();
        var found = new Imprecision();
        AddParameterAlternatives(type, scope, found, alternatives, depth: 0);
        List<CsType> result = Normalize(alternatives, imprecision, type);
        if (result.Count == 1 && result[0] is ObjectType && found.TakesAnything)
        {
            imprecision.TakesAnything = true;
        }
        else
        {
            imprecision.Add(found);
        }

        return result;
    }

    private void AddParameterAlternatives(PyTypeSpec type, SignatureTypeScope scope, Imprecision imprecision, List<CsType> result, int depth)
    {
        switch (ExpandForeignAlias(type))
        {
            case PyUnionType union when depth < 8:
                // The members are alternatives (each method variant takes one), so their argument type parameters may share
                // names: dict[str, Any] | Mapping[str, Any] is then one C# type, not two signatures differing in a name.
                var introduced = new List<string>();
                foreach (PyTypeSpec member in union.Members)
                {
                    string[] before = scope.ArgumentTypeParameters.ToArray();
                    AddParameterAlternatives(member, scope, imprecision, result, depth + 1);
                    foreach (string name in scope.ArgumentTypeParameters.Except(before).ToArray())
                    {
                        introduced.Add(name);
                        scope.RemoveArgumentTypeParameter(name);
                    }
                }

                foreach (string name in introduced.Distinct())
                {
                    scope.AddArgumentTypeParameter(name);
                }

                return;
            case PyOptionalType optional:
                var inner = new List<CsType>();
                AddParameterAlternatives(optional.Type, scope, imprecision, inner, depth + 1);
                result.AddRange(Normalize(inner, imprecision, optional.Type).Select(t => t.OrNone()));
                return;
            case PyAliasType alias when IsNumpyScalarLike(alias.FullName):
                // A numpy scalar-like (a ufunc's scalar form: int | float | complex | … | numpy.generic) is what C# has as
                // scalars, so that it stays apart from the array form that takes PyArrayLike: Np.Sin(0.5) picks the
                // overload Python picks for a float, Np.Sin(array) the one that returns an ndarray.
                result.AddRange(ScalarLikeAlternatives);
                return;
            case PyAliasType alias when ArrayLikeKind(alias.FullName) is CsType special:
                result.Add(special);
                return;
            case PyAliasType alias when depth < 8:
                AddParameterAlternatives(alias.Target, scope, imprecision, result, depth + 1);
                return;
            case PyTypeVariableType variable when variable.Name == scope.SelfVariable && scope.Class is not null:
                result.Add(scope.Class.Self);
                return;
            case PyTypeVariableType variable when scope.Substitutions.TryGetValue(variable.Name, out PyTypeSpec? substitution):
                AddParameterAlternatives(substitution, scope, imprecision, result, depth + 1);
                return;
            case PyTypeVariableType variable when ResolveTypeVariable(variable, scope, imprecision, forParameter: true) is { } bound:
                if (bound is PyTypeSpec boundType)
                {
                    AddParameterAlternatives(boundType, scope, imprecision, result, depth + 1);
                }
                else
                {
                    result.Add((CsType)bound);
                }

                return;
            default:
                var own = new Imprecision();
                CsType mapped = MapParameterSingle(type, scope, own);
                own.TakesAnything |= mapped is ObjectType && own.Reasons.Count == 0;
                imprecision.Add(own);
                result.Add(mapped);
                return;
        }
    }

    /// <summary>
    /// One C# type for a parameter or a value going into Python inside a container (<c>list[int | str]</c> items are
    /// <c>object?</c>): unions are not expanded here.
    /// </summary>
    public CsType MapParameterSingle(PyTypeSpec type, SignatureTypeScope scope, Imprecision imprecision)
    {
        type = ExpandForeignAlias(type);
        switch (type)
        {
            case PyAnyType:
                return ObjectType.Instance;
            case PyNoneType or PyNeverType:
                return ObjectType.Instance;
            case PySelfType:
                return scope.Class?.Self ?? ObjectType.Instance;
            case PyOptionalType optional:
                return MapParameterSingle(optional.Type, scope, imprecision).OrNone();
            case PyAliasType alias when ArrayLikeKind(alias.FullName) is CsType special:
                // One type, as in a container: a scalar-like is then an array-like too.
                return special;
            case PyUnionType or PyTypeVariableType or PyAliasType:
                List<CsType> alternatives = MapParameter(type, scope, imprecision);
                if (alternatives.Count == 1)
                {
                    return alternatives[0];
                }

                imprecision.Add($"'{type.Display}' is passed as object");
                return ObjectType.Instance;
            case PyLiteralType literal:
                return (CsType?)LiteralType(literal) ?? ObjectType.Instance;
            case PyCallableType callable:
                return MapCallableParameter(callable, scope, imprecision);
            case PyTupleType tuple:
                if (tuple.IsVariadic)
                {
                    return SequenceParameter(tuple.ElementTypes[0], "Tuple", scope, imprecision);
                }

                return tuple.ElementTypes.Count == 0
                    ? EmptyTupleType.Instance
                    : new TupleType(tuple.ElementTypes.Select(e => ItemForParameter(e, scope, imprecision)).ToArray());
            case PyClassType cls:
                return MapClassForParameter(cls, scope, imprecision);
            default:
                return ObjectType.Instance;
        }
    }

    /// <summary>An item of a container going into Python: one type (no union expansion), and <c>PyArrayLike</c> only at the top.</summary>
    private CsType ItemForParameter(PyTypeSpec type, SignatureTypeScope scope, Imprecision imprecision)
    {
        CsType item = MapParameterSingle(type, scope, imprecision);
        return item is ArrayLikeType or DelegateType or NullableType { Inner: ArrayLikeType or DelegateType } ? ObjectType.Instance : item;
    }

    /// <summary>
    /// A sequence parameter (<c>list</c>, <c>Sequence</c>, <c>Iterable</c>, <c>set</c>…): <c>IEnumerable&lt;T&gt;</c>, which takes any
    /// C# collection of T (and, T being a reference type, of anything derived from it: <c>List&lt;List&lt;long&gt;&gt;</c> for
    /// <c>list[list[int]]</c>); for items of <c>Any</c>, the untyped <c>IEnumerable</c>, which takes every collection as it is.
    /// </summary>
    private CsType SequenceParameter(PyTypeSpec itemType, string kind, SignatureTypeScope scope, Imprecision imprecision)
    {
        CsType item = ItemForParameter(itemType, scope, imprecision);
        return item is ObjectType
            ? new UntypedSequenceType(kind)
            : new CollectionType(Collections.IEnumerable, "EnumerableOf", [item], kind);
    }

    /// <summary>
    /// A mapping parameter (<c>dict</c>, <c>Mapping</c>…): <c>IEnumerable&lt;KeyValuePair&lt;K, V&gt;&gt;</c>, which every C#
    /// dictionary is (a <c>Dictionary</c>, the <c>IDictionary</c> a binding returned). <c>KeyValuePair</c> being invariant, a key or
    /// value that is a collection or <c>Any</c> is a type parameter where the method may have one (<see cref="Invariant"/>).
    /// </summary>
    private CollectionType MappingParameter(PyTypeSpec keyType, PyTypeSpec valueType, SignatureTypeScope scope, Imprecision imprecision)
    {
        CsType key = Invariant(NotNullKey(ItemForParameter(keyType, scope, imprecision)), scope, imprecision);
        CsType value = Invariant(ItemForParameter(valueType, scope, imprecision), scope, imprecision);
        return new CollectionType(Collections.IEnumerable, "MappingOf", [key, value], keyValuePairs: true);
    }

    /// <summary>
    /// A type in an invariant position (a key or value of <c>KeyValuePair</c>): where the argument may naturally be of another
    /// type that converts — any collection for a collection, anything for <c>Any</c> — a type parameter of the method,
    /// constrained to the type (<c>where T : IEnumerable&lt;long&gt;</c>), which C# infers from the argument. A constraint cannot
    /// introduce type parameters of its own (C# does not infer from constraints): a collection of <c>Any</c> values inside a
    /// value is then an unconstrained type parameter, converted by the argument's run-time type.
    /// </summary>
    private static CsType Invariant(CsType type, SignatureTypeScope scope, Imprecision imprecision)
    {
        CsType inner = type.Underlying;
        if (!scope.AllowArgumentTypeParameters || !scope.AllowGeneric || inner is not (ObjectType or CollectionType or UntypedSequenceType))
        {
            return type;
        }

        if (inner is ObjectType)
        {
            return NewArgumentTypeParameter(scope, constraint: null);
        }

        string[] mentioned = type.TypeParameters.ToArray();
        if (mentioned.Length == 0)
        {
            return NewArgumentTypeParameter(scope, type);
        }

        if (mentioned.Any(name => !scope.ArgumentTypeParameters.Contains(name)))
        {
            // A TypeVar of the signature inside: C# infers it from an argument of exactly this shape, so the shape stays.
            return type;
        }

        foreach (string name in mentioned)
        {
            scope.RemoveArgumentTypeParameter(name);
        }

        imprecision.Add($"a collection nested in a dictionary value ('{Shorten(type.Syntax.Replace("global::System.Collections.Generic.", string.Empty))}') takes any value, converted by its run-time type (C# infers no type parameter from a constraint)");
        return NewArgumentTypeParameter(scope, constraint: null);
    }

    private static TypeParameterType NewArgumentTypeParameter(SignatureTypeScope scope, CsType? constraint)
    {
        string name = TypeParameterName(scope);
        scope.AddArgumentTypeParameter(name);
        return new TypeParameterType(name, constraint);
    }

    /// <summary><c>int</c>, the values of a <c>collections.Counter</c>.</summary>
    private static readonly PyClassType IntType = PyClassType.Builtin("int");

    private CsType MapClassForParameter(PyClassType cls, SignatureTypeScope scope, Imprecision imprecision)
    {
        string fullName = cls.FullName;
        if (Builtin(cls) is CsType scalar)
        {
            return scalar;
        }

        if (ArrayLikeKind(fullName) is CsType special)
        {
            return special;
        }

        EquatableTypes args = new(cls.TypeArguments);
        switch (fullName)
        {
            case "builtins.list" or "collections.abc.MutableSequence":
                return SequenceParameter(args[0], "List", scope, imprecision);
            case "collections.abc.Sequence" or "collections.abc.Iterable" or "collections.abc.Collection" or "collections.abc.Iterator"
                or "collections.abc.Reversible" or "collections.abc.Container" or "collections.deque" or "builtins.reversed" or "collections.abc.Generator":
                return SequenceParameter(args[0], "Iterable", scope, imprecision);
            case "builtins.tuple":
                return SequenceParameter(args[0], "Tuple", scope, imprecision);
            case "builtins.set" or "collections.abc.Set" or "collections.abc.MutableSet":
                return SequenceParameter(args[0], "Set", scope, imprecision);
            case "builtins.frozenset":
                return SequenceParameter(args[0], "FrozenSet", scope, imprecision);
            case "builtins.dict" or "collections.abc.Mapping" or "collections.abc.MutableMapping" or "collections.OrderedDict"
                or "collections.defaultdict":
                return MappingParameter(args[0], args[1], scope, imprecision);
            case "collections.Counter":
                return MappingParameter(args[0], IntType, scope, imprecision);
            case "os.PathLike":
                return ScalarType.String;
        }

        return MapNamedClass(cls, forParameter: true, imprecision);
    }

    private DelegateType MapCallableParameter(PyCallableType callable, SignatureTypeScope scope, Imprecision imprecision)
    {
        if (callable.AcceptsAnyArguments || callable.ParameterTypes.Count > 16)
        {
            return new DelegateType("global::System.Delegate", []);
        }

        // Values flow the other way inside a callback: Python passes its arguments in (mapped like returns) and
        // receives what the delegate returns (mapped like a parameter). Type variables met there are still the
        // method's to introduce (reduce(function: Callable[[T, S], T], ...) is Reduce<T, T2>(Func<T, T2, T>, ...)).
        SignatureTypeScope callback = scope.ForCallbackArguments();
        CsType[] arguments = callable.ParameterTypes.Select(p => MapReturnSingle(p, callback, imprecision, allowVoid: false)).ToArray();

        string[] typeParameters = arguments.SelectMany(a => a.TypeParameters).ToArray();
        if (callable.ReturnType is PyNoneType)
        {
            string action = arguments.Length == 0 ? "global::System.Action" : "global::System.Action<" + string.Join(", ", arguments.Select(a => a.Syntax)) + ">";
            return new DelegateType(action, typeParameters);
        }

        CsType result = CallbackResult(callable.ReturnType, scope, imprecision);
        return new DelegateType(
            "global::System.Func<" + string.Join(", ", arguments.Select(a => a.Syntax).Concat([result.Syntax])) + ">",
            typeParameters.Concat(result.TypeParameters));
    }

    /// <summary>
    /// What a callback returns to Python: as a parameter, except that an awaitable is a <c>Task</c> (an async lambda), which
    /// Python awaits as the runtime's proxy of it.
    /// </summary>
    private CsType CallbackResult(PyTypeSpec type, SignatureTypeScope scope, Imprecision imprecision)
    {
        if ((_context.Features & RuntimeFeatures.Async) == 0 || AwaitedResult(type) is not PyTypeSpec awaited)
        {
            return ItemForParameter(type, scope, imprecision);
        }

        return new TaskType(awaited is PyNoneType ? VoidType.Instance : ItemForParameter(awaited, scope, imprecision));
    }

    // ---------------------------------------------------------------- returns

    /// <summary>The C# type a function returning <paramref name="type"/> returns.</summary>
    public CsType MapReturn(PyTypeSpec type, SignatureTypeScope scope, Imprecision imprecision) =>
        MapReturnSingle(type, scope, imprecision, allowVoid: true);

    /// <summary>
    /// The C# type a generated method returns for a call returning <paramref name="type"/>: as <see cref="MapReturn"/>,
    /// except that an awaitable or coroutine (through aliases) is a <c>Task</c>, awaited with the method's CancellationToken.
    /// </summary>
    public CsType MapCallReturn(PyTypeSpec type, SignatureTypeScope scope, Imprecision imprecision) =>
        AwaitedResult(type) is PyTypeSpec awaited
            ? MapAwaitable(awaited, scope, imprecision)
            : MapReturn(type, scope, imprecision);

    /// <summary>What awaiting <paramref name="type"/> gives, when it is an awaitable or a coroutine (through aliases); else null.</summary>
    private PyTypeSpec? AwaitedResult(PyTypeSpec type)
    {
        PyTypeSpec expanded = ExpandForeignAlias(type);
        for (int depth = 0; expanded is PyAliasType alias && depth < 8; depth++)
        {
            expanded = ExpandForeignAlias(alias.Target);
        }

        if (expanded is not PyClassType { FullName: "collections.abc.Coroutine" or "collections.abc.Awaitable" } awaitable)
        {
            return null;
        }

        EquatableTypes args = new(awaitable.TypeArguments);
        return awaitable.FullName == "collections.abc.Coroutine" ? args[2] : args[0];
    }

    public CsType MapReturnSingle(PyTypeSpec type, SignatureTypeScope scope, Imprecision imprecision, bool allowVoid)
    {
        type = ExpandForeignAlias(type);
        switch (type)
        {
            case PyAnyType:
                return PyObjectType.Instance;
            case PyNoneType or PyNeverType:
                return allowVoid ? VoidType.Instance : PyObjectType.Instance;
            case PySelfType:
                return scope.Class?.Self ?? PyObjectType.Instance;
            case PyOptionalType optional:
                CsType inner = MapReturnSingle(optional.Type, scope, imprecision, allowVoid: false);
                return inner.OrNone();
            case PyUnionType union:
                CsType[] members = union.Members.Select(m => MapReturnSingle(m, scope, imprecision, allowVoid: false)).ToArray();
                if (members.All(m => m.Key == members[0].Key))
                {
                    return members[0];
                }

                imprecision.Add($"the union '{Shorten(union.Display)}' is returned as PyObject");
                return PyObjectType.Instance;
            case PyAliasType alias:
                return MapReturnSingle(alias.Target, scope, imprecision, allowVoid);
            case PyTypeVariableType variable when variable.Name == scope.SelfVariable && scope.Class is not null:
                return scope.Class.Self;
            case PyTypeVariableType variable when scope.Substitutions.TryGetValue(variable.Name, out PyTypeSpec? substitution):
                return MapReturnSingle(substitution, scope, imprecision, allowVoid);
            case PyTypeVariableType variable when scope.Generic.TryGetValue(variable.Name, out string? parameter):
                return new TypeParameterType(parameter);
            case PyTypeVariableType variable:
                object? bound = ResolveTypeVariable(variable, scope, imprecision, forParameter: scope.InCallbackArguments);
                if (bound is PyTypeSpec boundType)
                {
                    return MapReturnSingle(boundType, scope, imprecision, allowVoid: false);
                }

                if (bound is CsType boundCs and not ObjectType)
                {
                    return boundCs;
                }

                imprecision.Add($"type variable '{variable.Name}' cannot be inferred from the arguments, so it is returned as PyObject");
                return PyObjectType.Instance;
            case PyLiteralType literal:
                return (CsType?)LiteralType(literal) ?? PyObjectType.Instance;
            case PyCallableType:
                imprecision.Add("a returned Python callable is a PyObject (call it with Call)");
                return PyObjectType.Instance;
            case PyTupleType tuple:
                if (tuple.IsVariadic)
                {
                    return new CollectionType(Collections.IReadOnlyList, "ReadOnlyListOf", [ItemForReturn(tuple.ElementTypes[0], scope, imprecision)]);
                }

                return tuple.ElementTypes.Count == 0
                    ? EmptyTupleType.Instance
                    : new TupleType(tuple.ElementTypes.Select(e => ItemForReturn(e, scope, imprecision)).ToArray());
            case PyClassType cls:
                return MapClassForReturn(cls, scope, imprecision);
            default:
                return PyObjectType.Instance;
        }
    }

    private CsType ItemForReturn(PyTypeSpec type, SignatureTypeScope scope, Imprecision imprecision) =>
        MapReturnSingle(type, scope, imprecision, allowVoid: false);

    private CsType MapClassForReturn(PyClassType cls, SignatureTypeScope scope, Imprecision imprecision)
    {
        if (Builtin(cls) is CsType scalar)
        {
            return scalar;
        }

        EquatableTypes args = new(cls.TypeArguments);
        switch (cls.FullName)
        {
            case "builtins.list" or "collections.abc.MutableSequence":
                return new CollectionType(Collections.IList, "ListOf", [ItemForReturn(args[0], scope, imprecision)]);
            case "collections.abc.Sequence" or "builtins.tuple":
                return new CollectionType(Collections.IReadOnlyList, "ReadOnlyListOf", [ItemForReturn(args[0], scope, imprecision)]);
            case "collections.abc.Iterable" or "collections.abc.Collection" or "collections.abc.Reversible":
                return new CollectionType(Collections.IEnumerable, "EnumerableOf", [ItemForReturn(args[0], scope, imprecision)]);
            case "collections.abc.Iterator" or "builtins.reversed" or "builtins.map" or "builtins.filter" or "builtins.zip" or "builtins.enumerate":
                // An iterator is an object to release, iterated once: a disposable PyIterator<T> that is an IEnumerable<T>.
                CsType item = cls.FullName == "builtins.enumerate" ? new TupleType([ScalarType.Int64, ItemForReturn(args[0], scope, imprecision)]) : ItemForReturn(args[0], scope, imprecision);
                return new CollectionType(Collections.PyIterator, "IteratorOf", [item]);
            case "collections.abc.Generator":
                return new CollectionType(Collections.PyGenerator, "GeneratorOf", [ItemForReturn(args[0], scope, imprecision), GeneratorValue(args[1], scope, imprecision, sent: true), GeneratorValue(args[2], scope, imprecision, sent: false)]);
            case "collections.abc.AsyncIterator" or "collections.abc.AsyncIterable" or "collections.abc.AsyncGenerator":
                return new CollectionType(Collections.IAsyncEnumerable, "AsyncEnumerableOf", [ItemForReturn(args[0], scope, imprecision)]);
            case "builtins.dict" or "collections.abc.Mapping" or "collections.abc.MutableMapping":
                CsType key = ItemForReturn(args[0], scope, imprecision);
                return new CollectionType(Collections.IDictionary, "DictionaryOf", [NotNullKey(key), ItemForReturn(args[1], scope, imprecision)]);
            case "builtins.set" or "builtins.frozenset" or "collections.abc.Set" or "collections.abc.MutableSet":
                return new CollectionType(Collections.ISet, "SetOf", [ItemForReturn(args[0], scope, imprecision)]);
            case "collections.abc.Coroutine" or "collections.abc.Awaitable":
                // A Task needs the call's CancellationToken and a converter the runtime does not have: only the
                // direct result of a call is awaited (MapCallReturn); inside a union, a container or a property it stays a Python object.
                imprecision.Add("an awaitable that is not the direct result of a call is returned as a PyObject (await it with AsTask<T>())");
                return PyObjectType.Instance;
        }

        return MapNamedClass(cls, forParameter: false, imprecision);
    }

    /// <summary>
    /// What a generator is sent (<paramref name="sent"/>) or returns: <c>object?</c> for <c>None</c> (send only <c>null</c>, get
    /// <c>null</c> back), else as any value going in or coming out.
    /// </summary>
    private CsType GeneratorValue(PyTypeSpec type, SignatureTypeScope scope, Imprecision imprecision, bool sent) =>
        type is PyNoneType ? ObjectType.None
        : sent ? ItemForParameter(type, scope, imprecision)
        : ItemForReturn(type, scope, imprecision);

    /// <summary>A coroutine's result: a <c>Task</c> when the runtime can await coroutines, else the coroutine object.</summary>
    public CsType MapAwaitable(PyTypeSpec result, SignatureTypeScope scope, Imprecision imprecision)
    {
        if ((_context.Features & RuntimeFeatures.Async) == 0)
        {
            imprecision.Add("the referenced PyBind.Runtime has no PyObject.AsTask, so the coroutine is returned as a PyObject (await it once the runtime can)");
            return PyObjectType.Instance;
        }

        return new TaskType(MapReturnSingle(result, scope, imprecision, allowVoid: true));
    }

    // ---------------------------------------------------------------- shared

    /// <summary>A class by name: a generated wrapper, a runtime exception mirror, or the fallback with a reason.</summary>
    private CsType MapNamedClass(PyClassType cls, bool forParameter, Imprecision imprecision)
    {
        CsType fallback = forParameter ? ObjectType.Instance : PyObjectType.Instance;
        if (_context.FindClass(cls.FullName) is null && _context.ClassKindOf(cls.FullName) is null)
        {
            cls = _context.ThroughReExports(cls);
        }

        string fullName = cls.FullName;
        if (cls.Module == PythonNames.Builtins)
        {
            if (KnownPythonTypes.RuntimeExceptions.TryGetValue(cls.QualifiedName, out string? mirror))
            {
                return new WrapperType(mirror, EmittedNames.PyConverters + ".For<" + mirror + ">()");
            }

            // object, type, slice, range, property...: nothing more precise than a Python object.
            return fallback;
        }

        if (_context.FindClass(fullName) is ClassRefSpec bound)
        {
            if (bound.Kind == ClassKind.Exception)
            {
                // Exceptions are .NET exceptions, not PyObjects: they cannot be passed or returned as values.
                return fallback;
            }

            return bound.IsCSharpEnum
                ? new EnumType(bound.CSharpName, EnumConverter(bound.CSharpName, bound.Module, bound.QualifiedName))
                : WrapperType.Generated(bound.CSharpName);
        }

        switch (_context.ClassKindOf(fullName))
        {
            case ClassKind.Protocol:
                return fallback;
            case null when IsPrivatePath(fullName) || KnownPythonTypes.IsProtocolLike(fullName):
                return fallback;
            case null:
                imprecision.Add($"'{fullName}' has no stub, so it is typed as {(forParameter ? "object" : "PyObject")} ([PyImport(\"{cls.Module}\")] on a class of the project binds it)");
                return fallback;
            default:
                imprecision.Add($"'{fullName}' is not bound by any [PyImport] class, so it is typed as {(forParameter ? "object" : "PyObject")} ([PyImport(\"{cls.Module}\")] on a class of the project binds it)");
                return fallback;
        }
    }

    /// <summary>The converter of a generated C# enum, made where it is used (nothing of the enum's own class is needed).</summary>
    public static string EnumConverter(string csharpName, string module, string qualifiedName) =>
        EmittedNames.PyConverters + ".EnumOf<" + csharpName + ">(new " + EmittedNames.PyModuleMember + "(\"" + module + "\", \"" + qualifiedName + "\"))";

    /// <summary>
    /// A type variable not fixed for this signature: a type parameter when it is unbound or bound to a protocol (and
    /// generics are allowed here), its bound when that is a class, or <c>object?</c>/<c>PyObject</c>.
    /// Returns a <see cref="CsType"/> or a <see cref="PyTypeSpec"/> (a bound or constraint union to map instead).
    /// </summary>
    private object? ResolveTypeVariable(PyTypeVariableType variable, SignatureTypeScope scope, Imprecision imprecision, bool forParameter)
    {
        if (scope.Generic.TryGetValue(variable.Name, out string? existing))
        {
            return new TypeParameterType(existing);
        }

        if (variable.Kind != TypeVariableKind.TypeVar)
        {
            return forParameter ? ObjectType.Instance : PyObjectType.Instance;
        }

        TypeVariableSpec? declaration = _context.FindTypeVariable(variable.Name);
        bool isClassVariable = scope.Class?.TypeVariables.Contains(variable.Name) == true;
        if (declaration?.Bound is PyTypeSpec bound && IsClassBound(bound))
        {
            return bound;
        }

        if (declaration is { Constraints.IsEmpty: false } && forParameter)
        {
            return PyTypeAlgebra.MakeUnion(declaration.Constraints);
        }

        if (!forParameter || isClassVariable || !scope.AllowGeneric)
        {
            return forParameter ? ObjectType.Instance : PyObjectType.Instance;
        }

        string name = TypeParameterName(scope);
        scope.Generic.Add(variable.Name, name);
        return new TypeParameterType(name);
    }

    /// <summary>
    /// A class reference that names an alias of another stub (<c>numpy.typing.NDArray[numpy.float64]</c> in
    /// <c>numpy.linalg</c>): the alias, specialized, keeping its name for the array-like rules.
    /// </summary>
    private PyTypeSpec ExpandForeignAlias(PyTypeSpec type)
    {
        for (int depth = 0; depth < 8 && type is PyClassType cls && _context.FindAlias(cls.FullName) is PyTypeSpec target; depth++)
        {
            type = new PyAliasType(cls.FullName, cls.TypeArguments, PyTypeAlgebra.SpecializeAlias(target, cls.TypeArguments));
            if (ArrayLikeKind(cls.FullName) is not null || type is PyAliasType { Target: not PyClassType })
            {
                break;
            }

            type = ((PyAliasType)type).Target;
        }

        return type;
    }

    /// <summary>A bound that names a class with a C# type (a wrapper), rather than a protocol or an unknown helper.</summary>
    private bool IsClassBound(PyTypeSpec bound) => ExpandForeignAlias(bound) switch
    {
        PyClassType cls => _context.FindClass(cls.FullName) is { Kind: not ClassKind.Exception } || Builtin(cls) is not null,
        PyAliasType alias => IsClassBound(alias.Target),
        _ => false,
    };

    /// <summary>
    /// Type parameters are named by position (<c>T</c>, <c>T2</c>, <c>T3</c>…), not after the TypeVar: two overloads that
    /// differ only in their TypeVars' names are then the same C# signature, which the planner can see and merge.
    /// </summary>
    private static string TypeParameterName(SignatureTypeScope scope)
    {
        for (int i = scope.Generic.Count + 1; ; i++)
        {
            string candidate = i == 1 ? "T" : "T" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!scope.ReservedNames.Contains(candidate) && !scope.Generic.ContainsValue(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>The C# scalar for a builtin or well-known Python value type, or <see langword="null"/>.</summary>
    private static ScalarType? Builtin(PyClassType cls) => cls.FullName switch
    {
        "builtins.int" or "typing.SupportsInt" or "typing.SupportsIndex" => ScalarType.Int64,
        "builtins.float" or "typing.SupportsFloat" => ScalarType.Double,
        "builtins.bool" => ScalarType.Boolean,
        "builtins.str" => ScalarType.String,
        "builtins.bytes" or "builtins.bytearray" => ScalarType.Bytes,
        "builtins.complex" or "typing.SupportsComplex" => ScalarType.Complex,
        "decimal.Decimal" => ScalarType.Decimal,
        "datetime.datetime" => ScalarType.DateTime,
        "datetime.date" => ScalarType.DateOnly,
        "datetime.time" => ScalarType.TimeOnly,
        "datetime.timedelta" => ScalarType.TimeSpan,
        _ => null,
    };

    /// <summary>The C# scalars a numpy scalar-like parameter takes, one method each (a numpy scalar object is an array-like).</summary>
    private static readonly CsType[] ScalarLikeAlternatives = [ScalarType.Double, ScalarType.Int64, ScalarType.Boolean, ScalarType.Complex];

    /// <summary>
    /// numpy's aliases for one scalar of any kind (<c>_ScalarLike_co</c>, <c>_NumberLike_co</c>): at the top of a parameter, one
    /// C# scalar per method rather than <c>PyArrayLike</c>; inside a container, an array-like item.
    /// </summary>
    /// <summary>Whether a parameter's alternatives are those of a numpy scalar-like (with None or not).</summary>
    public static bool IsScalarLikeSet(List<CsType> alternatives) =>
        alternatives.Count == ScalarLikeAlternatives.Length
        && alternatives.Select(a => a.Underlying).SequenceEqual(ScalarLikeAlternatives);

    private static bool IsNumpyScalarLike(string fullName) =>
        fullName.StartsWith("numpy", StringComparison.Ordinal)
        && (fullName.EndsWith("._ScalarLike_co", StringComparison.Ordinal) || fullName.EndsWith("._NumberLike_co", StringComparison.Ordinal));

    /// <summary>numpy's array-like aliases and protocols, recognized by name (DESIGN: they become <c>PyArrayLike</c>).</summary>
    private static CsType? ArrayLikeKind(string fullName)
    {
        if (!fullName.StartsWith("numpy", StringComparison.Ordinal))
        {
            return null;
        }

        ReadOnlySpan<char> name = fullName.AsSpan(fullName.LastIndexOf('.') + 1);
        return name switch
        {
            "ArrayLike" or "_NumberLike_co" or "_ScalarLike_co" or "_NestedSequence" => ArrayLikeType.Instance,
            "_IntLike_co" => ScalarType.Int64,
            "_FloatLike_co" => ScalarType.Double,
            "_BoolLike_co" => ScalarType.Boolean,
            "_ComplexLike_co" => ScalarType.Complex,
            _ when name.StartsWith("_ArrayLike".AsSpan(), StringComparison.Ordinal) || name.StartsWith("_DualArrayLike".AsSpan(), StringComparison.Ordinal)
                || name.StartsWith("_SupportsArray".AsSpan(), StringComparison.Ordinal) => ArrayLikeType.Instance,
            _ => null,
        };
    }

    private static ScalarType? LiteralType(PyLiteralType literal) =>
        literal.Values.All(v => v is PyStringLiteral) ? ScalarType.String
        : literal.Values.All(v => v is PyIntLiteral) ? ScalarType.Int64
        : literal.Values.All(v => v is PyBoolLiteral) ? ScalarType.Boolean
        : literal.Values.All(v => v is PyBytesLiteral) ? ScalarType.Bytes
        : null;

    /// <summary>Dictionary keys are never null (the runtime's dictionaries require <c>notnull</c> keys).</summary>
    private static CsType NotNullKey(CsType key) => key switch
    {
        NullableType nullable => NotNullKey(nullable.Inner),
        ObjectType => ObjectType.NotNull,
        _ => key,
    };

    /// <summary>
    /// Deduplicates alternatives; <c>object?</c> absorbs everything, <c>PyArrayLike</c> absorbs what it converts from
    /// implicitly; past <see cref="MaxUnionAlternatives"/> the parameter is <c>object?</c>.
    /// </summary>
    private static List<CsType> Normalize(List<CsType> alternatives, Imprecision imprecision, PyTypeSpec source)
    {
        var distinct = new List<CsType>(alternatives.Count);
        foreach (CsType alternative in alternatives)
        {
            if (!HasKey(distinct, alternative.Key))
            {
                distinct.Add(alternative);
            }
        }

        bool hasNone = distinct.Any(d => d.AcceptsNull);
        if (distinct.Any(d => d is ObjectType))
        {
            return [ObjectType.Instance];
        }

        if (distinct.Any(d => d is ArrayLikeType || d is NullableType { Inner: ArrayLikeType }))
        {
            distinct.RemoveAll(d => IsArrayLikeSource(d));
            CsType arrayLike = hasNone ? ArrayLikeType.Instance.OrNone() : ArrayLikeType.Instance;
            distinct.Insert(0, arrayLike);
        }

        if (distinct.Count > MaxUnionAlternatives)
        {
            imprecision.Add($"'{Shorten(source.Display)}' has too many alternatives, so it is passed as object");
            return [ObjectType.Instance];
        }

        return distinct;
    }

    private static bool HasKey(List<CsType> types, string key)
    {
        foreach (CsType type in types)
        {
            if (type.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether generated code may use <c>[OverloadResolutionPriority]</c> (C# 13 and the attribute).</summary>
    public bool CanPrioritize => (_context.Features & RuntimeFeatures.OverloadResolutionPriority) != 0;

    /// <summary>Whether the module being lowered is numpy's, where shapes and axes (<c>_ShapeLike</c>) are array-likes too.</summary>
    public bool InNumpy => _context.Module?.Name is string module && (module == "numpy" || module.StartsWith("numpy.", StringComparison.Ordinal));

    internal static bool IsArrayLikeSource(CsType type) => type switch
    {
        ArrayLikeType => true,
        NullableType nullable => IsArrayLikeSource(nullable.Inner),
        ScalarType scalar => scalar == ScalarType.Int64 || scalar == ScalarType.Double || scalar == ScalarType.Boolean || scalar == ScalarType.Complex,
        WrapperType or PyObjectType => true,
        CollectionType { Kind: null or "Iterable" or "List" } collection => collection.Items.Count == 1 && collection.Items[0] is ScalarType or ObjectType or CollectionType,
        UntypedSequenceType { Kind: "Iterable" or "List" } => true,
        _ => false,
    };

    private static bool IsPrivatePath(string fullName) => fullName.Split('.').Any(part => part.StartsWith("_", StringComparison.Ordinal));

    internal static string Shorten(string text) => text.Length <= 120 ? text : text.Substring(0, 117) + "...";

    /// <summary>Type arguments by position, <c>typing.Any</c> where the stub gave fewer.</summary>
    private readonly struct EquatableTypes(Helpers.EquatableArray<PyTypeSpec> items)
    {
        public PyTypeSpec this[int index] => index < items.Count ? items[index] : PyAnyType.Instance;
    }

    private static class Collections
    {
        public const string IEnumerable = "global::System.Collections.Generic.IEnumerable";
        public const string IReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
        public const string IList = "global::System.Collections.Generic.IList";
        public const string IDictionary = "global::System.Collections.Generic.IDictionary";
        public const string ISet = "global::System.Collections.Generic.ISet";
        public const string IAsyncEnumerable = "global::System.Collections.Generic.IAsyncEnumerable";
        public const string PyIterator = "global::PyBind.PyIterator";
        public const string PyGenerator = "global::PyBind.PyGenerator";
    }
}

/// <summary>What the types of a class's members see of the class.</summary>
/// <param name="Self">Its generated type, for <c>typing.Self</c> and self-typed returns.</param>
/// <param name="TypeVariables">Its type parameters (PEP 484), which generated wrappers, being non-generic, do not have.</param>
internal sealed record ClassScope(CsType Self, IReadOnlyCollection<string> TypeVariables);
