using System.Collections.Immutable;
using System.Linq;
using PyBind.Gen.Model;

namespace PyBind.Gen.Emit;

internal sealed partial class BindingEmitter
{
    /// <summary>
    /// Lowers a class draft and its nested classes to the immutable plans the writers get, once every class's members
    /// are planned: each member's <c>new</c> modifier is decided against its complete bases (whichever class was planned
    /// first), each method's docstring use is settled, and operators are left to the nearest base that declares them.
    /// </summary>
    /// <param name="outer">The class it is nested in, whose bases a nested class's name may hide.</param>
    private ClassPlan Lower(ClassDraft draft, ClassDraft? outer)
    {
        bool isNew = outer is not null && outer.Hides(draft.Spec.Name, MemberKeys.Property);
        if (draft.IsEnum)
        {
            return new ClassPlan(draft.Spec, draft.Module, draft.CSharpName, draft.Scope, draft.BaseSyntax) { IsNew = isNew };
        }

        ImmutableArray<PlannedValue<PropertySpec>> properties = [.. draft.Properties.Select(p => p.WithNew(draft.Hides(p.Spec.Name, MemberKeys.Property)))];
        ImmutableArray<ClassPlan> nested = [.. NestedInWritingOrder(draft).Select(n => Lower(n, draft))];
        if (draft.IsException)
        {
            return new ClassPlan(draft.Spec, draft.Module, draft.CSharpName, draft.Scope, draft.BaseSyntax) { IsNew = isNew, Properties = properties, Nested = nested };
        }

        return new ClassPlan(draft.Spec, draft.Module, draft.CSharpName, draft.Scope, draft.BaseSyntax)
        {
            IsNew = isNew,
            Constructors = draft.Constructors ?? PlannedFunction.None,
            Properties = properties,
            EnumMembers = draft.Spec.Enum is EnumSpec enumSpec ? [.. enumSpec.Members.Select(m => new PlannedEnumMember(m, draft.Hides(m.Name, MemberKeys.Property)))] : [],
            Methods = [.. draft.Methods.Select(f => Settled(draft, f))],
            EnumerableItem = draft.EnumerableItem,
            Awaiter = draft.AwaitResult is CsType awaited ? new PlannedAwaiter(awaited, draft.Hides("GetAwaiter", "0()")) : null,
            Invoke = draft.Invoke is PlannedFunction invoke ? Settled(draft, invoke) : null,
            Indexers = [.. draft.Indexers.Select(i => new PlannedIndexer(i.Key, i.Value, draft.IndexersSettable, draft.Hides("this[]", "this[" + i.Key.Key + "]")))],
            Operators = draft.InheritsOperators ? [] : [.. draft.Operators],
            Nested = nested,
        };
    }

    private static PlannedFunction Settled(ClassDraft draft, PlannedFunction function)
    {
        string name = function.Function!.Name;
        ImmutableArray<bool> isNew = [.. function.Methods.Select(m => draft.Hides(name, m.SignatureKey))];
        return function.Settled(isNew.Contains(true) ? isNew : default);
    }
}
