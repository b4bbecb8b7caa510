using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using PyBind.Gen.Naming;

namespace PyBind.Gen.Emit;

internal sealed partial class BindingEmitter
{
    /// <summary>
    /// A class of the binding while it is planned: declared, its base resolved, its inherited members added, then its
    /// members planned (on any thread, each top-level class with its nested ones); once every class is, it is lowered to
    /// the immutable <see cref="ClassPlan"/> the writers get (see BindingEmitter.Lowering).
    /// </summary>
    internal sealed class ClassDraft(ClassSpec spec, string module, string csharpName, string container, ClassDraft? outer)
    {
        /// <summary>The class as its stub describes it, then with the members it inherits from bases outside its C# base chain.</summary>
        public ClassSpec Spec { get; set; } = spec;

        public string Module { get; } = module;

        /// <summary><c>global::App.Np.Ndarray</c>.</summary>
        public string CSharpName { get; } = csharpName;

        /// <summary>The C# class it is nested in (a module class or another wrapper).</summary>
        public string Container { get; } = container;

        public ClassDraft? Outer { get; } = outer;

        /// <summary>The Python name used to look it up: <c>numpy.ndarray</c>, <c>pkg.Outer.Inner</c>.</summary>
        public string PythonName => Module + "." + Spec.QualifiedName;

        public bool IsException => Spec.Kind == ClassKind.Exception;

        public bool IsEnum => ClassShapes.IsCSharpEnum(Spec);

        public bool IsWrapper => !IsException && !IsEnum;

        /// <summary>
        /// What the types of its members see of it: <c>Self</c> (an exception is no PyObject: where its stub says Self,
        /// it is the Python exception object) and its type variables.
        /// </summary>
        public ClassScope Scope { get; } = new(spec.Kind == ClassKind.Exception ? PyObjectType.Instance : WrapperType.Generated(csharpName), spec.TypeParameters.ToList());

        /// <summary>The generated base class in this binding, if any.</summary>
        public ClassDraft? Base { get; set; }

        /// <summary>The base type as written: a wrapper, <c>PyObject</c>, or an exception mirror.</summary>
        public string BaseSyntax { get; set; } = EmittedNames.PyObject;

        /// <summary>
        /// The C# signatures of the members it declares, planned before any class is written, for the 'new' decisions
        /// of its subclasses: name → signature keys ("property" for non-methods).
        /// </summary>
        public Dictionary<string, List<string>> Members { get; } = new(StringComparer.Ordinal);

        /// <summary>The overloads of each of its methods, in the order of <c>Spec.Methods</c>, planned with its <see cref="Members"/>.</summary>
        public List<PlannedFunction> Methods { get; } = [];

        /// <summary>
        /// The types of the properties it declares, in the order of <c>Spec.Properties</c> (an exception's: its instance
        /// attributes only), planned with its <see cref="Members"/>.
        /// </summary>
        public List<PlannedValue<PropertySpec>> Properties { get; } = [];

        /// <summary>Its C# constructors (besides the one that wraps a handle), planned with its <see cref="Members"/>.</summary>
        public PlannedFunction? Constructors { get; set; }

        /// <summary>The overloads of <c>Invoke</c> (its <c>__call__</c>), if it has one.</summary>
        public PlannedFunction? Invoke { get; set; }

        /// <summary>The typed indexers of its <c>__getitem__</c>: key and value type, one per distinct key.</summary>
        public List<(CsType Key, CsType Value)> Indexers { get; } = [];

        /// <summary>Whether its indexers have setters (it has <c>__setitem__</c>).</summary>
        public bool IndexersSettable { get; set; }

        /// <summary>
        /// The item type of the <c>IEnumerable&lt;T&gt;</c> its <c>__iter__</c> makes, when it says more than <c>PyObject</c>,
        /// or is an iterator's (<c>__next__</c>).
        /// </summary>
        public CsType? EnumerableItem { get; set; }

        /// <summary>Whether a class deriving from it in C# enumerates typed items (set once every class is planned).</summary>
        public bool HasTypedEnumerableSubclass { get; set; }

        /// <summary>What awaiting it gives, when it has <c>__await__</c>.</summary>
        public CsType? AwaitResult { get; set; }

        /// <summary>The operators and explicit conversions its dunders make, in writing order (written unless a base declares operators).</summary>
        public List<PlannedOperator> Operators { get; } = [];

        /// <summary>Whether its dunder methods make operators; subclasses inherit them and declare none (C# overload resolution stays unambiguous).</summary>
        public bool DeclaresOperators { get; set; }

        public void AddMember(string name, string key)
        {
            if (!Members.TryGetValue(name, out List<string>? keys))
            {
                Members[name] = keys = [];
            }

            keys.Add(key);
        }

        /// <summary>
        /// Whether a member <paramref name="name"/> with signature <paramref name="key"/> would hide one of a base ("property"
        /// for a non-method): a generated base's, or PyObject's methods that a Python method may take.
        /// </summary>
        public bool Hides(string name, string key)
        {
            for (ClassDraft? current = Base; current is not null; current = current.Base)
            {
                if (current.Members.TryGetValue(name, out List<string>? keys)
                    && (key == MemberKeys.Property || keys.Contains(MemberKeys.Property) || keys.Contains(key)))
                {
                    return true;
                }
            }

            return IsWrapper && ReservedNames.PyObjectMethodsPythonMayTake.TryGetValue(name, out ImmutableArray<string> pyObjectKeys) && pyObjectKeys.Contains(key);
        }

        /// <summary>Whether a base declares operators (the nearest one that does writes them; see <see cref="DeclaresOperators"/>).</summary>
        public bool InheritsOperators
        {
            get
            {
                for (ClassDraft? current = Base; current is not null; current = current.Base)
                {
                    if (current.DeclaresOperators)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    internal static class MemberKeys
    {
        public const string Property = "property";
    }
}
