using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Model;

namespace PyBind.Gen.Emit;

/// <summary>The C# methods one Python function becomes, and what they lost against its stub.</summary>
internal sealed class PlannedFunction(List<MethodPlan> methods, Imprecision imprecision)
{
    public List<MethodPlan> Methods { get; } = methods;

    public Imprecision Imprecision { get; } = imprecision;
}

internal sealed partial class BindingEmitter
{
    /// <summary>
    /// Plans what a class and its nested classes declare before any class is written: the overloads of their methods,
    /// their indexers and the C# signature of every member. A subclass then decides its 'new' modifiers against
    /// complete bases, whichever class is written first.
    /// </summary>
    private void PlanMembers(ClassPlan plan, WritingUnit unit)
    {
        if (plan.IsEnum)
        {
            return;
        }

        foreach (ClassPlan nested in NestedPlans(plan))
        {
            plan.AddMember(nested.Spec.Name, MemberKeys.Property);
            PlanMembers(nested, unit);
        }

        if (plan.IsException)
        {
            foreach (PropertySpec property in plan.Spec.Properties.Where(p => p.Kind != PropertyKind.ClassVariable))
            {
                plan.AddMember(property.Name, MemberKeys.Property);
            }

            return;
        }

        foreach (PropertySpec property in plan.Spec.Properties)
        {
            plan.AddMember(property.Name, MemberKeys.Property);
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
            PlannedFunction planned = PlanFunction(unit, method.Name, method.Signatures, plan.Scope);
            plan.Methods.Add(planned);
            AddMethods(plan, method.Name, planned);
        }

        Dictionary<string, FunctionSpec> dunders = MemberWriter.SpecialMembers.Dunders(plan.Spec);
        if (dunders.ContainsKey("__await__"))
        {
            plan.AddMember("GetAwaiter", "0()");
        }

        if (dunders.TryGetValue("__call__", out FunctionSpec? call))
        {
            plan.Invoke = PlanFunction(unit, "Invoke", call.Signatures, plan.Scope);
            AddMethods(plan, "Invoke", plan.Invoke);
        }

        if (dunders.TryGetValue("__getitem__", out FunctionSpec? getItem))
        {
            plan.Indexers.AddRange(MemberWriter.SpecialMembers.Indexers(unit, plan.Scope, getItem));
            foreach ((CsType key, _) in plan.Indexers)
            {
                plan.AddMember("this[]", "this[" + key.Key + "]");
            }
        }

        plan.DeclaresOperators = MemberWriter.SpecialMembers.DeclaresOperators(dunders);
    }

    private static void AddMethods(ClassPlan plan, string name, PlannedFunction planned)
    {
        foreach (MethodPlan method in planned.Methods)
        {
            plan.AddMember(name, method.SignatureKey);
        }
    }

    /// <summary>The C# methods of a function named <paramref name="name"/> in C#, of a module (<paramref name="scope"/> null) or a class.</summary>
    private PlannedFunction PlanFunction(WritingUnit unit, string name, IReadOnlyList<SignatureSpec> signatures, ClassScope? scope)
    {
        var imprecision = new Imprecision();
        IEnumerable<string> reserved = _binding.Target.TypeParameters.Concat(_binding.Target.ContainingTypes.SelectMany(c => c.TypeParameters)).Append(name);
        return new PlannedFunction(unit.Planner.Plan(signatures, MethodRole.Method, scope, reserved, imprecision), imprecision);
    }

    /// <summary>The bound classes nested in a class, in the order of its stub.</summary>
    private IEnumerable<ClassPlan> NestedPlans(ClassPlan plan) =>
        plan.Spec.NestedClasses.Select(n => FindPlan(plan.Module + "." + n.QualifiedName)).OfType<ClassPlan>();
}
