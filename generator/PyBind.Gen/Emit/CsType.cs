using System.Collections.Generic;
using System.Linq;

namespace PyBind.Gen.Emit;

/// <summary>
/// A C# type chosen for a Python annotation, with the code that converts values of it: the emitter's view of the
/// DESIGN type table. Conversions are expressions written into generated code (a value in, an owned <c>nint</c> out,
/// or a borrowed <c>nint</c> in, a value out), so the generated code calls the runtime's conversions directly, with no
/// reflection at run time.
/// </summary>
/// <remarks>Not part of the pipeline's cached values (the emitter's output is text), so plain classes suffice.</remarks>
internal abstract class CsType
{
    /// <summary>The type as written in a signature, nullable annotations included (<c>string?</c>).</summary>
    public abstract string Syntax { get; }

    /// <summary>The type for C#'s signature identity: nullable reference annotations do not count, <c>long?</c> does.</summary>
    public virtual string Key => Syntax;

    public virtual bool IsValueType => false;

    /// <summary>Whether <c>null</c> is a value of the type.</summary>
    public virtual bool AcceptsNull => false;

    /// <summary>Whether converting a C# value to Python can fail (a value with no Python equivalent), so the call needs context.</summary>
    public virtual bool ToPythonCanFail => true;

    /// <summary>The type parameters of a generic method this type mentions.</summary>
    public virtual IEnumerable<string> TypeParameters => [];

    /// <summary>Type parameters used as dictionary keys, which the runtime's dictionaries require to be <c>notnull</c>.</summary>
    public virtual IEnumerable<string> NotNullTypeParameters => [];

    /// <summary>The type parameters this type mentions that carry a type constraint (<c>where T : IEnumerable&lt;long&gt;</c>).</summary>
    public virtual IEnumerable<TypeParameterType> ConstrainedTypeParameters => [];

    /// <summary>An expression converting <paramref name="value"/> to a new Python reference.</summary>
    public virtual string ToPython(string value, ConverterCache converters) => Converter(converters) + ".ToPython(" + value + ")";

    /// <summary>An expression converting the borrowed reference <paramref name="handle"/> to this type.</summary>
    public virtual string FromPython(string handle, ConverterCache converters) => Converter(converters) + ".FromPython(" + handle + ")";

    /// <summary>An expression of type <c>PyConverter&lt;T&gt;</c> for this type, cached so nothing is built per call.</summary>
    public abstract string Converter(ConverterCache converters);

    /// <summary>The type without its nullable annotation (<c>long</c> for <c>long?</c>, <c>string</c> for <c>string?</c>).</summary>
    public CsType Underlying => this is NullableType nullable ? nullable.Inner : this;

    /// <summary>The same type, where <c>null</c> stands for Python's <c>None</c>.</summary>
    public virtual CsType OrNone() => new NullableType(this);

    public sealed override string ToString() => Syntax;
}

/// <summary>A type the runtime converts with a pair of <c>PyConvert</c> methods: <c>long</c>, <c>double</c>, <c>string</c>….</summary>
internal sealed class ScalarType : CsType
{
    public static readonly ScalarType Int64 = new("long", "ToInt64", isValueType: true);
    public static readonly ScalarType Double = new("double", "ToDouble", isValueType: true);
    public static readonly ScalarType Boolean = new("bool", "ToBoolean", isValueType: true);
    public static readonly ScalarType String = new("string", "ToString", isValueType: false);
    public static readonly ScalarType Complex = new("global::System.Numerics.Complex", "ToComplex", isValueType: true);
    public static readonly ScalarType BigInteger = new("global::System.Numerics.BigInteger", "ToBigInteger", isValueType: true);
    public static readonly ScalarType Bytes = new("byte[]", "ToBytes", isValueType: false);
    public static readonly ScalarType Decimal = new("decimal", "ToDecimal", isValueType: true);
    public static readonly ScalarType DateTime = new("global::System.DateTime", "ToDateTime", isValueType: true);
    public static readonly ScalarType DateOnly = new("global::System.DateOnly", "ToDateOnly", isValueType: true);
    public static readonly ScalarType TimeOnly = new("global::System.TimeOnly", "ToTimeOnly", isValueType: true);
    public static readonly ScalarType TimeSpan = new("global::System.TimeSpan", "ToTimeSpan", isValueType: true);

    private readonly string _fromPython;

    private ScalarType(string syntax, string fromPython, bool isValueType)
    {
        Syntax = syntax;
        _fromPython = fromPython;
        IsValueType = isValueType;
    }

    public override string Syntax { get; }

    public override bool IsValueType { get; }

    public override bool ToPythonCanFail => false;

    public override string ToPython(string value, ConverterCache converters) => EmittedNames.PyConvert + ".ToPython(" + value + ")";

    public override string FromPython(string handle, ConverterCache converters) => EmittedNames.PyConvert + "." + _fromPython + "(" + handle + ")";

    public override string Converter(ConverterCache converters) => EmittedNames.PyConverters + ".For<" + Syntax + ">()";
}

/// <summary><c>object?</c>: any C# value, converted by its run-time type (a <c>PyObject</c> passes through). Parameters only.</summary>
internal sealed class ObjectType : CsType
{
    public static readonly ObjectType Instance = new(nullable: true);

    /// <summary><c>object</c>, for dictionary keys (never null).</summary>
    public static readonly ObjectType NotNull = new(nullable: false);

    /// <summary><c>object?</c> where the stub says <c>None</c> (what a generator is sent or returns): precisely typed, only <c>null</c> fits.</summary>
    public static readonly ObjectType None = new(nullable: true);

    private readonly bool _nullable;

    private ObjectType(bool nullable) => _nullable = nullable;

    public override string Syntax => _nullable ? "object?" : "object";

    public override string Key => "object";

    public override bool AcceptsNull => _nullable;

    public override string ToPython(string value, ConverterCache converters) => EmittedNames.PyConvert + ".ToPython((object?)" + value + ")";

    public override string Converter(ConverterCache converters) => EmittedNames.PyConverters + ".For<" + Syntax + ">()";

    public override CsType OrNone() => this;
}

/// <summary>
/// <c>PyObject</c>: a Python value kept as it is. The fallback for returns; <c>null</c> never comes back (None is a
/// <c>PyObject</c> too), except as <c>PyObject?</c> where the stub allows None (<c>Any | None</c>): None is then <c>null</c>.
/// </summary>
internal sealed class PyObjectType : CsType
{
    public static readonly PyObjectType Instance = new();

    private static readonly NullableType s_orNone = new(Instance);

    public override string Syntax => EmittedNames.PyObject;

    public override bool ToPythonCanFail => false;

    public override string ToPython(string value, ConverterCache converters) => EmittedNames.PyConvert + ".ToPython(" + value + ")";

    public override string Converter(ConverterCache converters) => EmittedNames.PyConverters + ".For<" + EmittedNames.PyObject + ">()";

    public override CsType OrNone() => s_orNone;
}

/// <summary><c>PyArrayLike</c>: what numpy accepts as an array (scalars, arrays, nested lists, a <c>PyObject</c>). Parameters only.</summary>
internal sealed class ArrayLikeType : CsType
{
    public static readonly ArrayLikeType Instance = new();

    public override string Syntax => EmittedNames.PyArrayLike;

    public override bool IsValueType => true;

    public override string ToPython(string value, ConverterCache converters) => EmittedNames.PyConvert + ".ToPython(" + value + ")";

    public override string Converter(ConverterCache converters) => EmittedNames.Helpers + ".ArrayLikeConverter.Instance";
}

/// <summary>A generated class or exception wrapper: converted by identity, checked with <c>isinstance</c> on the way back.</summary>
/// <param name="converter">An expression making its converter, evaluated once per generated class that uses it.</param>
internal sealed class WrapperType(string syntax, string converter) : CsType
{
    /// <summary>A generated wrapper class, whose converter the runtime makes from the class itself (<c>PyConverters.WrapperOf</c>).</summary>
    public static WrapperType Generated(string syntax) => new(syntax, EmittedNames.PyConverters + ".WrapperOf<" + syntax + ">()");

    public override string Syntax { get; } = syntax;

    public override bool ToPythonCanFail => false;

    public override string ToPython(string value, ConverterCache converters) => EmittedNames.PyConvert + ".ToPython(" + value + ")";

    public override string Converter(ConverterCache converters) => converters.Get(EmittedNames.PyConverterOf(Syntax), converter, this);
}

/// <summary>A generated C# enum for a Python int enum (<c>re.RegexFlag</c>).</summary>
/// <param name="converter">An expression making its converter (<c>PyConverters.EnumOf</c>), evaluated once per generated class that uses it.</param>
internal sealed class EnumType(string syntax, string converter) : CsType
{
    public override string Syntax { get; } = syntax;

    public override bool IsValueType => true;

    public override bool ToPythonCanFail => false;

    public override string Converter(ConverterCache converters) => converters.Get(EmittedNames.PyConverterOf(Syntax), converter, this);
}

/// <summary><c>T?</c>: <c>null</c> is <c>None</c>.</summary>
internal sealed class NullableType(CsType inner) : CsType
{
    private string? _syntax;
    private string? _key;

    public CsType Inner { get; } = inner;

    public override string Syntax => _syntax ??= Inner.Syntax + "?";

    public override string Key => _key ??= Inner.IsValueType ? Inner.Key + "?" : Inner.Key;

    public override bool IsValueType => Inner.IsValueType;

    public override bool AcceptsNull => true;

    public override bool ToPythonCanFail => Inner.ToPythonCanFail;

    public override IEnumerable<string> TypeParameters => Inner.TypeParameters;

    public override IEnumerable<string> NotNullTypeParameters => Inner.NotNullTypeParameters;

    public override IEnumerable<TypeParameterType> ConstrainedTypeParameters => Inner.ConstrainedTypeParameters;

    public override string ToPython(string value, ConverterCache converters)
    {
        if (!Inner.IsValueType)
        {
            return "(" + value + " is null ? " + EmittedNames.PyConvert + ".None() : " + Inner.ToPython(value, converters) + ")";
        }

        // A pattern variable in an expression statement lives in the enclosing block: one name per value.
        string variable = "__n_" + new string(value.Where(c => char.IsLetterOrDigit(c) || c == '_').ToArray());
        return "(" + value + " is { } " + variable + " ? " + Inner.ToPython(variable, converters) + " : " + EmittedNames.PyConvert + ".None())";
    }

    public override string Converter(ConverterCache converters) =>
        converters.Get(
            EmittedNames.PyConverterOf(Syntax),
            EmittedNames.PyConverters + (Inner.IsValueType ? ".Nullable(" : ".OrNone(") + Inner.Converter(converters) + ")",
            this);

    public override CsType OrNone() => this;
}

/// <summary>A C# collection interface over a Python container, converted with a composed runtime converter.</summary>
/// <param name="interfaceName">The generic interface, <c>global::System.Collections.Generic.IList</c>.</param>
/// <param name="factory">The <c>PyConverters</c> factory that composes the converter (<c>ListOf</c>, <c>DictionaryOf</c>…).</param>
/// <param name="kind">For a parameter sequence: the <c>PyCollectionKind</c> member naming the Python container it becomes
/// (<c>List</c>, <c>Tuple</c>, <c>Set</c>, <c>FrozenSet</c>, <c>Iterable</c>), passed to the factory; null for the others.</param>
/// <param name="keyValuePairs">The two items are a key and a value, written <c>IEnumerable&lt;KeyValuePair&lt;K, V&gt;&gt;</c>: the
/// one shape every C# dictionary has (a <c>Dictionary</c>, an <c>IDictionary</c> another binding returned, a sorted one…).</param>
internal sealed class CollectionType(string interfaceName, string factory, CsType[] items, string? kind = null, bool keyValuePairs = false) : CsType
{
    private const string KeyValuePair = "global::System.Collections.Generic.KeyValuePair";

    private string? _syntax;
    private string? _key;

    public IReadOnlyList<CsType> Items { get; } = items;

    /// <summary>The Python container a parameter sequence becomes (a <c>PyCollectionKind</c> member), or null.</summary>
    public string? Kind { get; } = kind;

    /// <summary>A mapping of keys to values (a dictionary, or the key-value pairs of one).</summary>
    public bool IsMapping => keyValuePairs || factory.IndexOf("Dictionary", System.StringComparison.Ordinal) >= 0;

    public override string Syntax => _syntax ??= Spell(Items.Select(i => i.Syntax));

    public override string Key => _key ??= Spell(Items.Select(i => i.Key));

    public override IEnumerable<string> TypeParameters => Items.SelectMany(i => i.TypeParameters).Distinct();

    public override IEnumerable<string> NotNullTypeParameters =>
        (IsMapping && Items[0] is TypeParameterType key ? [key.Name] : Enumerable.Empty<string>())
            .Concat(Items.SelectMany(i => i.NotNullTypeParameters)).Distinct();

    public override IEnumerable<TypeParameterType> ConstrainedTypeParameters => Items.SelectMany(i => i.ConstrainedTypeParameters);

    private string Spell(IEnumerable<string> items) =>
        keyValuePairs
            ? interfaceName + "<" + KeyValuePair + "<" + string.Join(", ", items) + ">>"
            : interfaceName + "<" + string.Join(", ", items) + ">";

    public override string Converter(ConverterCache converters) =>
        converters.Get(
            EmittedNames.PyConverterOf(Syntax),
            EmittedNames.PyConverters + "." + factory + "(" + string.Join(", ", Items.Select(i => i.Converter(converters)).Concat(Kind is null ? [] : [EmittedNames.PyCollectionKind + "." + Kind])) + ")",
            this);
}

/// <summary>
/// <c>System.Collections.IEnumerable</c>: a parameter sequence of <c>Any</c> (<c>list[Any]</c>), so that every C# collection
/// is accepted as it is (a <c>List&lt;int&gt;</c> is no <c>IEnumerable&lt;object&gt;</c>); the items convert by their run-time type.
/// </summary>
internal sealed class UntypedSequenceType(string kind) : CsType
{
    /// <summary>The Python container it becomes (a <c>PyCollectionKind</c> member).</summary>
    public string Kind { get; } = kind;

    public override string Syntax => "global::System.Collections.IEnumerable";

    public override string Converter(ConverterCache converters) =>
        converters.Get(EmittedNames.PyConverterOf(Syntax), EmittedNames.PyConverters + ".UntypedSequenceOf(" + EmittedNames.PyCollectionKind + "." + Kind + ")", this);
}

/// <summary><c>(A, B)</c>: a Python tuple of fixed length (any length: past seven, C# nests the rest in <c>ValueTuple</c>'s eighth item).</summary>
internal sealed class TupleType(CsType[] items) : CsType
{
    /// <summary>The most items one <c>ValueTuple</c> holds before its <c>TRest</c>.</summary>
    private const int MaxFlatItems = 7;

    private string? _syntax;
    private string? _key;

    public IReadOnlyList<CsType> Items { get; } = items;

    public override string Syntax => _syntax ??= Items.Count == 1 ? "global::System.ValueTuple<" + Items[0].Syntax + ">" : "(" + string.Join(", ", Items.Select(i => i.Syntax)) + ")";

    public override string Key => _key ??= Items.Count == 1 ? "global::System.ValueTuple<" + Items[0].Key + ">" : "(" + string.Join(", ", Items.Select(i => i.Key)) + ")";

    public override bool IsValueType => true;

    public override IEnumerable<string> TypeParameters => Items.SelectMany(i => i.TypeParameters).Distinct();

    public override IEnumerable<string> NotNullTypeParameters => Items.SelectMany(i => i.NotNullTypeParameters).Distinct();

    public override IEnumerable<TypeParameterType> ConstrainedTypeParameters => Items.SelectMany(i => i.ConstrainedTypeParameters);

    public override string Converter(ConverterCache converters) =>
        converters.Get(EmittedNames.PyConverterOf(Syntax), Composition(0, converters), this);

    /// <summary><c>PyConverters.TupleOf(…)</c> from item <paramref name="first"/> on; past seven items, the rest is a tuple of its own, as in <c>ValueTuple</c>.</summary>
    private string Composition(int first, ConverterCache converters)
    {
        int remaining = Items.Count - first;
        IEnumerable<string> flat = Items.Skip(first).Take(System.Math.Min(remaining, MaxFlatItems)).Select(i => i.Converter(converters));
        if (remaining > MaxFlatItems)
        {
            flat = flat.Append(Composition(first + MaxFlatItems, converters));
        }

        return EmittedNames.PyConverters + ".TupleOf(" + string.Join(", ", flat) + ")";
    }
}

/// <summary><c>ValueTuple</c>: the empty tuple, <c>tuple[()]</c>.</summary>
internal sealed class EmptyTupleType : CsType
{
    public static readonly EmptyTupleType Instance = new();

    public override string Syntax => "global::System.ValueTuple";

    public override bool IsValueType => true;

    public override string Converter(ConverterCache converters) => converters.Get(EmittedNames.PyConverterOf(Syntax), EmittedNames.PyConverters + ".TupleOf()", this);
}

/// <summary>
/// A type parameter of a generic method, <c>T</c>: converted by the runtime's default converter for whatever C# infers, or,
/// with a <see cref="Constraint"/> (<c>where T : IEnumerable&lt;long&gt;</c>), by the constraint's converter. Constrained type
/// parameters let a dictionary's values be any collection of the right items (<c>Dictionary&lt;string, List&lt;long&gt;&gt;</c>
/// for <c>dict[str, list[int]]</c>), which C#'s invariant <c>KeyValuePair</c> would otherwise refuse.
/// </summary>
internal sealed class TypeParameterType(string name, CsType? constraint = null) : CsType
{
    public string Name { get; } = name;

    /// <summary>The type the argument must convert to, or <see langword="null"/> for any type.</summary>
    public CsType? Constraint { get; } = constraint;

    public override string Syntax => Name;

    public override IEnumerable<string> TypeParameters => [Name];

    public override IEnumerable<TypeParameterType> ConstrainedTypeParameters => Constraint is null ? [] : [this];

    public override string Converter(ConverterCache converters) =>
        Constraint is null
            ? EmittedNames.PyConverters + ".For<" + Name + ">()"
            : converters.Get(
                EmittedNames.PyConverterOf(Name),
                EmittedNames.PyConverters + ".Through<" + Name + ", " + Constraint.Syntax + ">(" + Constraint.Converter(converters) + ")",
                this);

    // Nothing is known about T: a null T is passed as None, and a None comes back as default(T) only if T allows it.
    public override CsType OrNone() => this;
}

/// <summary>
/// A C# delegate for a Python callable parameter (<c>Func&lt;A, B, R&gt;</c>). The runtime turns a delegate into a Python
/// callable through <c>PyConvert.ToPython(object?)</c>, which accepts any delegate; parameters only.
/// </summary>
internal sealed class DelegateType(string syntax, IEnumerable<string> typeParameters) : CsType
{
    private readonly string[] _typeParameters = typeParameters.ToArray();

    public override string Syntax { get; } = syntax;

    public override IEnumerable<string> TypeParameters => _typeParameters;

    // The runtime turns the delegate into a Python function (PyConvert.ToPython(object?) accepts a Delegate).
    public override string ToPython(string value, ConverterCache converters) => EmittedNames.PyConvert + ".ToPython((object?)" + value + ")";

    public override string Converter(ConverterCache converters) => EmittedNames.PyConverters + ".For<object?>()";
}

/// <summary>No value: a function returning <c>None</c>.</summary>
internal sealed class VoidType : CsType
{
    public static readonly VoidType Instance = new();

    public override string Syntax => "void";

    public override string Converter(ConverterCache converters) => EmittedNames.PyConverters + ".For<" + EmittedNames.PyObject + ">()";
}

/// <summary><c>Task&lt;T&gt;</c> for a coroutine, awaited through the runtime's <c>PyObject.AsTask&lt;T&gt;</c>.</summary>
internal sealed class TaskType(CsType result) : CsType
{
    public CsType Result { get; } = result;

    public override string Syntax => Result is VoidType ? "global::System.Threading.Tasks.Task" : "global::System.Threading.Tasks.Task<" + Result.Syntax + ">";

    public override IEnumerable<string> TypeParameters => Result.TypeParameters;

    public override IEnumerable<string> NotNullTypeParameters => Result.NotNullTypeParameters;

    public override string Converter(ConverterCache converters) => Result.Converter(converters);
}

/// <summary>
/// <c>CancellationToken</c>, for the trailing parameter of an async binding. The planner marks that parameter not sent
/// (<see cref="PassKind.NotSent"/>), so no call converts it; its converter is the runtime's default for the type, which
/// would hand Python a proxy of the token.
/// </summary>
internal sealed class CancellationTokenType : CsType
{
    public override string Syntax => EmittedNames.CancellationToken;

    public override bool IsValueType => true;

    public override string Converter(ConverterCache converters) => EmittedNames.PyConverters + ".For<" + Syntax + ">()";
}
