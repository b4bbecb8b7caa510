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
            EnumerableItem = EnumerableItem(draft),
            Awaiter = draft.AwaitResult is CsType awaited ? new PlannedAwaiter(awaited, draft.Hides("GetAwaiter", "0()")) : null,
            Invoke = draft.Invoke is PlannedFunction invoke ? Settled(draft, invoke) : null,
            Indexers = [.. draft.Indexers.Select(i => new PlannedIndexer(i.Key, i.Value, draft.IndexersSettable, draft.Hides("this[]", "this[" + i.Key.Key + "]")))],
            Operators = draft.InheritsOperators ? [] : [.. draft.Operators],
            Nested = nested,
        };
    }

    /// <summary>
    /// The item type of the <c>IEnumerable&lt;T&gt;</c> it implements. A class whose items are only <c>PyObject</c>s
    /// implements none where a base already implements one, or where a subclass enumerates typed items (a class
    /// implementing <c>IEnumerable</c> of two item types leaves LINQ nothing to infer); a class inheriting such items
    /// from a base that left the interface to its subclasses implements it then (<c>collections.deque</c> below
    /// <c>Sequence</c>, which <c>UserString</c> enumerates as typed items).
    /// </summary>
    private static CsType? EnumerableItem(ClassDraft draft)
    {
        if (draft.EnumerableItem is CsType own && own is not PyObjectType)
        {
            return own;
        }

        bool enumeratesObjects = draft.EnumerableItem is PyObjectType;
        for (ClassDraft? current = draft.Base; current is not null && !enumeratesObjects; current = current.Base)
        {
            if (current.EnumerableItem is not null)
            {
                enumeratesObjects = current.EnumerableItem is PyObjectType;
                break;
            }
        }

        if (!enumeratesObjects || draft.HasTypedEnumerableSubclass)
        {
            return null;
        }

        for (ClassDraft? current = draft.Base; current is not null; current = current.Base)
        {
            if (EnumerableItem(current) is not null)
            {
                return null;
            }
        }

        return PyObjectType.Instance;
    }

    /// <summary>Marks the bases of every class that enumerates typed items (see <see cref="EnumerableItem(ClassDraft)"/>).</summary>
    private void MarkTypedEnumerableBases()
    {
        foreach (ClassDraft draft in _classes.Values)
        {
            if (draft.EnumerableItem is CsType and not PyObjectType)
            {
                for (ClassDraft? current = draft.Base; current is not null; current = current.Base)
                {
                    current.HasTypedEnumerableSubclass = true;
                }
            }
        }
    }

    private static PlannedFunction Settled(ClassDraft draft, PlannedFunction function)
    {
        string name = function.Function!.Name;
        ImmutableArray<bool> isNew = [.. function.Methods.Select(m => draft.Hides(name, m.SignatureKey))];
        return function.Settled(isNew.Contains(true) ? isNew : default);
    }
}
