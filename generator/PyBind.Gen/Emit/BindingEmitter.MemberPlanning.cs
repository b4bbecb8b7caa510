using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PyBind.Gen.Model;
using PyBind.Gen.Naming;

namespace PyBind.Gen.Emit;

/// <summary>
/// The C# methods one Python function becomes, what they lost against its stub, which of them carries its
/// docstring's description and examples, and which hide a method of a base (<c>new</c>).
/// </summary>
internal sealed class PlannedFunction
{
    /// <summary>The use of a method whose docstring has no description or examples to place.</summary>
    public const long NoDocumentationUse = -1;

    /// <summary>No method (a class without constructors of its own).</summary>
    public static readonly PlannedFunction None = Undescribed([], new Imprecision());

    private readonly RenderedDocstring _docstring;
    private readonly long[] _documentationUses;
    private readonly ImmutableArray<bool> _describes;
    private readonly ImmutableArray<bool> _isNew;

    /// <param name="function">The function as C# names it (<c>Invoke</c> for <c>__call__</c>); null for constructors.</param>
    /// <param name="documentationUses">Each method's use of the docstring in writing order (<see cref="WritingUnit.NextDocumentationUse"/>).</param>
    public PlannedFunction(FunctionSpec? function, IReadOnlyList<MethodPlan> methods, Imprecision imprecision, RenderedDocstring docstring, long[] documentationUses)
        : this(function, methods, imprecision, docstring, documentationUses, describes: default, isNew: default)
    {
    }

    private PlannedFunction(FunctionSpec? function, IReadOnlyList<MethodPlan> methods, Imprecision imprecision, RenderedDocstring docstring, long[] documentationUses, ImmutableArray<bool> describes, ImmutableArray<bool> isNew)
    {
        Function = function;
        Methods = methods;
        Imprecision = imprecision;
        _docstring = docstring;
        _documentationUses = documentationUses;
        _describes = describes;
        _isNew = isNew;
    }

    public FunctionSpec? Function { get; }

    public IReadOnlyList<MethodPlan> Methods { get; }

    /// <summary>Methods that show no docstring's description: constructors (the class's docstring is the class's).</summary>
    public static PlannedFunction Undescribed(IReadOnlyList<MethodPlan> methods, Imprecision imprecision) =>
        new(null, methods, imprecision, RenderedDocstring.Empty, [.. methods.Select(_ => NoDocumentationUse)]);

    public Imprecision Imprecision { get; }

    /// <summary>
    /// Whether the method at <paramref name="index"/> shows the docstring's description and examples: the first use of
    /// the docstring in writing order, in the whole binding (they are most of a numpy docstring, and every overload shows
    /// the summary and parameters anyway), as <see cref="Settled"/> decided it.
    /// </summary>
    public bool DescribesAt(int index) => !_describes.IsDefault && _describes[index];

    /// <summary>Whether the method at <paramref name="index"/> hides one of a base class (its declaration says <c>new</c>).</summary>
    public bool IsNewAt(int index) => !_isNew.IsDefault && _isNew[index];

    /// <summary>
    /// The same methods with what only the whole binding's plans decide: which of them describes the docstring (known
    /// once every function is planned, on whichever thread) and their <c>new</c> modifiers (one per method, or default).
    /// </summary>
    public PlannedFunction Settled(ImmutableArray<bool> isNew = default) =>
        new(Function, Methods, Imprecision, _docstring, _documentationUses,
            [.. _documentationUses.Select(use => use != NoDocumentationUse && use == _docstring.FirstUse)], isNew);
}

/// <summary>The C# type of a constant, property or attribute, what it lost against its stub, and whether it hides a member of a base.</summary>
internal sealed class PlannedValue<TSpec>(TSpec spec, CsType type, Imprecision imprecision, bool isNew = false)
{
    public TSpec Spec { get; } = spec;

    public CsType Type { get; } = type;

    public Imprecision Imprecision { get; } = imprecision;

    /// <summary>Whether it hides a member of a base class (its declaration says <c>new</c>).</summary>
    public bool IsNew { get; } = isNew;

    public PlannedValue<TSpec> WithNew(bool isNew) => isNew == IsNew ? this : new(Spec, Type, Imprecision, isNew);
}

/// <summary>
/// An operator (<paramref name="Symbol"/> <c>+</c>) or explicit conversion (<paramref name="Symbol"/> the target,
/// <c>double</c>) a dunder makes, called through the helpers' <paramref name="Helper"/> (<c>operator.add</c>).
/// </summary>
internal sealed record PlannedOperator(string Symbol, (string Name, CsType Type)[] Operands, CsType Result, string Helper, string Context, bool IsConversion);

/// <summary>A module's members as planned, in the order of its stub.</summary>
internal sealed class PlannedModule(IReadOnlyList<PlannedValue<ConstantSpec>> constants, IReadOnlyList<PlannedFunction> functions, IReadOnlyList<PlannedFactory> factories)
{
    public IReadOnlyList<PlannedValue<ConstantSpec>> Constants { get; } = constants;

    public IReadOnlyList<PlannedFunction> Functions { get; } = functions;

    /// <summary>The factories of the module's class aliases, planned once every class's constructors are.</summary>
    public IReadOnlyList<PlannedFactory> Factories { get; } = factories;

    /// <summary>The same members with every function <see cref="PlannedFunction.Settled"/>, and the alias factories.</summary>
    public PlannedModule Settled(IReadOnlyList<PlannedFactory> factories) => new(Constants, [.. Functions.Select(f => f.Settled())], factories);
}

/// <summary>
/// A module's alias of a class (<c>Matrix: TypeAlias = MutableDenseMatrix</c>): Python calls it as the class, C# cannot
/// alias a nested type, so it is a static method per constructor of the class, named as a member
/// (<c>Sympy.Matrix(rows)</c> returns a <c>Sympy.MutableDenseMatrix</c>).
/// </summary>
/// <param name="Name">The C# name, after the module's own names (<see cref="ModuleNamer.NameAfterMembers"/>).</param>
/// <param name="PythonName">The alias in the module.</param>
/// <param name="ClassName">The class's C# name.</param>
/// <param name="ClassPythonName">The class's Python name, module included.</param>
/// <param name="ClassDocstring">The class's docstring, which documents its constructor's parameters.</param>
/// <param name="Constructors">The class's constructors, whose parameters each factory method takes.</param>
internal sealed record PlannedFactory(string Name, string PythonName, string ClassName, string ClassPythonName, string? ClassDocstring, IReadOnlyList<MethodPlan> Constructors);

internal sealed partial class BindingEmitter
{
    /// <summary>
    /// Plans what a class and its nested classes declare before any class is written: the overloads of their methods,
    /// their indexers and the C# signature of every member. A subclass then decides its 'new' modifiers against
    /// complete bases, whichever class is written first. Functions are planned in the order they are written, which
    /// numbers their docstrings' uses.
    /// </summary>
    private void PlanMembers(ClassDraft plan, WritingUnit unit)
    {
        if (plan.IsEnum)
        {
            return;
        }

        if (plan.IsException)
        {
            foreach (PropertySpec property in plan.Spec.Properties.Where(p => p.Kind != PropertyKind.ClassVariable))
            {
                plan.AddMember(property.Name, MemberKeys.Property);
                plan.Properties.Add(PlanValue(unit, property, property.Type, plan.Scope));
            }
        }
        else
        {
            PlanWrapperMembers(plan, unit);
        }

        foreach (ClassDraft nested in NestedInWritingOrder(plan))
        {
            plan.AddMember(nested.Spec.Name, MemberKeys.Property);
            PlanMembers(nested, unit);
        }
    }

    private void PlanWrapperMembers(ClassDraft plan, WritingUnit unit)
    {
        plan.Constructors = PlanConstructors(plan, unit);
        foreach (PropertySpec property in plan.Spec.Properties)
        {
            plan.AddMember(property.Name, MemberKeys.Property);
            plan.Properties.Add(PlanValue(unit, property, property.Type, plan.Scope));
        }

        if (plan.Spec.Enum is EnumSpec enumSpec)
        {
            foreach (EnumMemberSpec member in enumSpec.Members)
            {
                plan.AddMember(member.Name, MemberKeys.Property);
            }
        }

        foreach (FunctionSpec method in plan.Spec.Methods)
        {
            PlannedFunction planned = PlanFunction(unit, method.Name, method, plan.Scope);
            plan.Methods.Add(planned);
            AddMethods(plan, method.Name, planned);
        }

        Dictionary<string, FunctionSpec> dunders = SpecialMemberPlanner.Dunders(plan.Spec);
        if (dunders.ContainsKey("__await__"))
        {
            plan.AddMember("GetAwaiter", "0()");
        }

        if (dunders.TryGetValue("__call__", out FunctionSpec? call))
        {
            plan.Invoke = PlanFunction(unit, "Invoke", call, plan.Scope);
            AddMethods(plan, "Invoke", plan.Invoke);
        }

        if (dunders.TryGetValue("__getitem__", out FunctionSpec? getItem))
        {
            plan.Indexers.AddRange(SpecialMemberPlanner.Indexers(unit, plan.Scope, getItem));
            plan.IndexersSettable = dunders.ContainsKey("__setitem__");
            foreach ((CsType key, _) in plan.Indexers)
            {
                plan.AddMember("this[]", "this[" + key.Key + "]");
            }
        }

        plan.DeclaresOperators = SpecialMemberPlanner.DeclaresOperators(dunders);
        SpecialMemberPlanner.Plan(unit, plan, dunders);
    }

    /// <summary>
    /// The constructors from <c>__init__</c>/<c>__new__</c> (a class declaring neither has those of its first base that
    /// does, see BindingEmitter.InheritMembers), but one that would take the wrapping constructor's (nint, PyOwnership).
    /// </summary>
    private static PlannedFunction PlanConstructors(ClassDraft plan, WritingUnit unit)
    {
        var imprecision = new Imprecision();
        if (plan.Spec.Constructors.IsEmpty || plan.Spec.IsAbstract)
        {
            return PlannedFunction.Undescribed([], imprecision);
        }

        IReadOnlyList<MethodPlan> constructors = unit.Planner.Plan(plan.Spec.Constructors, MethodRole.Constructor, plan.Scope, [CSharpNames.EscapeKeyword(plan.Spec.Name)], imprecision);
        return PlannedFunction.Undescribed([.. constructors.Where(c => c.SignatureKey != "0(nint, global::PyBind.PyOwnership)")], imprecision);
    }

    private static void AddMethods(ClassDraft plan, string name, PlannedFunction planned)
    {
        foreach (MethodPlan method in planned.Methods)
        {
            plan.AddMember(name, method.SignatureKey);
        }
    }

    /// <summary>The constants and functions of a module, in the order of its stub.</summary>
    private PlannedModule PlanModuleMembers(BoundModuleSpec module, WritingUnit unit) =>
        new([.. module.Module.Constants.Select(constant => PlanValue(unit, constant, constant.Type, null))],
            [.. module.Module.Functions.Select(function => PlanFunction(unit, function.Name, function, null))],
            []);

    /// <summary>
    /// A factory for each public alias of a class this binding declares with constructors (not an exception, an enum or
    /// an abstract class) and does not name like the class, in the order of the aliases' names; after every class is
    /// planned, as it takes their constructors.
    /// </summary>
    private List<PlannedFactory> PlanFactories(BoundModuleSpec module)
    {
        var factories = new List<(TypeAliasSpec Alias, ClassDraft Class)>();
        foreach (TypeAliasSpec alias in module.Module.TypeAliases)
        {
            PyTypeSpec aliased = alias.Target;
            while (aliased is PyAliasType chained)
            {
                aliased = chained.Target;
            }

            if (!alias.Name.StartsWith("_", StringComparison.Ordinal) && aliased is PyClassType { TypeArguments.Count: 0 } target
                && FindDraft(target.FullName) is { IsWrapper: true, Constructors.Methods.Count: > 0 } draft
                && !string.Equals(CSharpNames.ToPascalCase(alias.Name), draft.CSharpName.Substring(draft.CSharpName.LastIndexOf('.') + 1), StringComparison.OrdinalIgnoreCase))
            {
                // (numpy.ma's masked_array is MaskedArray: the class is what a caller reaches for, not MaskedArray_.)
                factories.Add((alias, draft));
            }
        }

        if (factories.Count == 0)
        {
            return [];
        }

        string enclosing = module.Path.Count > 0 ? module.Path[module.Path.Count - 1] : _binding.Target.Name;
        string[] names = ModuleNamer.NameAfterMembers(module.Module, [.. factories.Select(a => a.Alias.Name)], enclosing);
        return [.. factories.Select((a, i) => new PlannedFactory(names[i], a.Alias.Name, a.Class.CSharpName, a.Class.PythonName, a.Class.Spec.Docstring, a.Class.Constructors!.Methods))];
    }

    /// <summary>The type a constant or attribute is read as (a <c>None</c>-typed one as <c>PyObject</c>).</summary>
    private static PlannedValue<TSpec> PlanValue<TSpec>(WritingUnit unit, TSpec spec, PyTypeSpec type, ClassScope? scope)
    {
        var imprecision = new Imprecision();
        CsType mapped = unit.Mapper.MapReturn(type, new SignatureTypeScope { AllowGeneric = false, Class = scope }, imprecision);
        return new PlannedValue<TSpec>(spec, mapped is VoidType ? PyObjectType.Instance : mapped, imprecision);
    }

    /// <summary>The C# methods of a function named <paramref name="name"/> in C#, of a module (<paramref name="scope"/> null) or a class.</summary>
    private PlannedFunction PlanFunction(WritingUnit unit, string name, FunctionSpec function, ClassScope? scope)
    {
        var imprecision = new Imprecision();
        IEnumerable<string> reserved = _binding.Target.TypeParameters.Concat(_binding.Target.ContainingTypes.SelectMany(c => c.TypeParameters)).Append(name);
        IReadOnlyList<MethodPlan> methods = unit.Planner.Plan(function.Signatures, MethodRole.Method, scope, reserved, imprecision);

        // Each method is one use of the docstring; the first in writing order describes it.
        RenderedDocstring docstring = unit.RenderDocstring(function.Docstring);
        bool described = docstring.Extended.Count > 0 || docstring.Examples.Count > 0;
        long[] uses = new long[methods.Count];
        for (int i = 0; i < uses.Length; i++)
        {
            uses[i] = described ? unit.NextDocumentationUse() : PlannedFunction.NoDocumentationUse;
            if (described)
            {
                docstring.RecordUse(uses[i]);
            }
        }

        return new PlannedFunction(function.Name == name ? function : function with { Name = name }, methods, imprecision, docstring, uses);
    }
}
