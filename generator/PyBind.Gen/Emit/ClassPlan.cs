using System.Collections.Immutable;
using PyBind.Gen.Model;

namespace PyBind.Gen.Emit;

/// <summary>
/// A class of the binding as planning settled it, for the writers: its C# base, what each of its members becomes
/// (with the <c>new</c> modifier decided against its complete bases), the operators it writes (none where a base
/// writes them) and its nested classes in writing order. Immutable, so classes are written in any order, by any thread.
/// </summary>
internal sealed class ClassPlan(ClassSpec spec, string module, string csharpName, ClassScope scope, string baseSyntax)
{
    /// <summary>The class as its stub describes it, with the members it inherits from bases outside its C# base chain.</summary>
    public ClassSpec Spec { get; } = spec;

    public string Module { get; } = module;

    /// <summary><c>global::App.Np.Ndarray</c>.</summary>
    public string CSharpName { get; } = csharpName;

    /// <summary>What the types of its members see of it (see <c>ClassDraft.Scope</c>).</summary>
    public ClassScope Scope { get; } = scope;

    /// <summary>The base type as written: a wrapper, <c>PyObject</c>, or an exception mirror.</summary>
    public string BaseSyntax { get; } = baseSyntax;

    /// <summary>Whether it is declared <c>new</c>: a member of the class it is nested in hides one of that class's bases.</summary>
    public bool IsNew { get; init; }

    /// <summary>The Python name used to look it up: <c>numpy.ndarray</c>, <c>pkg.Outer.Inner</c>.</summary>
    public string PythonName => Module + "." + Spec.QualifiedName;

    public bool IsException => Spec.Kind == ClassKind.Exception;

    public bool IsEnum => ClassShapes.IsCSharpEnum(Spec);

    /// <summary>Its C# constructors besides the one that wraps a handle (a wrapper's; empty otherwise).</summary>
    public PlannedFunction Constructors { get; init; } = PlannedFunction.None;

    /// <summary>
    /// Its properties, in the order of <c>Spec.Properties</c> (an exception's: its instance attributes only).
    /// </summary>
    public ImmutableArray<PlannedValue<PropertySpec>> Properties { get; init; } = [];

    /// <summary>The members of a Python enum that is not a C# enum: static properties.</summary>
    public ImmutableArray<PlannedEnumMember> EnumMembers { get; init; } = [];

    /// <summary>The overloads of each of its methods, in the order of <c>Spec.Methods</c> (a wrapper's; exceptions bind none).</summary>
    public ImmutableArray<PlannedFunction> Methods { get; init; } = [];

    /// <summary>
    /// The item type of the <c>IEnumerable&lt;T&gt;</c> it implements: what its <c>__iter__</c> makes, when that says more than
    /// <c>PyObject</c>; <c>PyObject</c> for an iterator of unknown items.
    /// </summary>
    public CsType? EnumerableItem { get; init; }

    /// <summary>What awaiting it gives, when it has <c>__await__</c>.</summary>
    public PlannedAwaiter? Awaiter { get; init; }

    /// <summary>The overloads of <c>Invoke</c> (its <c>__call__</c>), if it has one.</summary>
    public PlannedFunction? Invoke { get; init; }

    /// <summary>The typed indexers of its <c>__getitem__</c>, one per distinct key.</summary>
    public ImmutableArray<PlannedIndexer> Indexers { get; init; } = [];

    /// <summary>The operators and explicit conversions it writes: none where a base declares operators (C# overload resolution stays unambiguous).</summary>
    public ImmutableArray<PlannedOperator> Operators { get; init; } = [];

    /// <summary>Its bound nested classes, in writing order (a sibling another derives from first).</summary>
    public ImmutableArray<ClassPlan> Nested { get; init; } = [];
}

/// <summary>A member of a Python enum bound as a static property of its wrapper.</summary>
internal sealed record PlannedEnumMember(EnumMemberSpec Spec, bool IsNew);

/// <summary><c>GetAwaiter</c>, from <c>__await__</c>: what awaiting gives.</summary>
internal sealed record PlannedAwaiter(CsType Result, bool IsNew);

/// <summary>A typed indexer from <c>__getitem__</c> (with a setter when the class has <c>__setitem__</c>).</summary>
internal sealed record PlannedIndexer(CsType Key, CsType Value, bool IsSettable, bool IsNew);
