using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using PyBind.Gen.Naming;

namespace PyBind.Gen.Emit;

/// <summary>
/// The members a class inherits from bases that are not its C# bases. C# has one base class; Python looks a name up
/// along the class's method resolution order (C3), through every base. A class gets, in C#, each named method and
/// property that Python would find first in a base its C# base chain does not carry: a later base of the binding
/// (sklearn's <c>LinearRegression(MultiOutputMixin, RegressorMixin, BaseEstimator)</c> derives in C# from the first only,
/// and gets <c>Score</c>, <c>GetParams</c>, <c>SetParams</c>), or a base outside it (<see cref="AncestorSpec"/>). What the
/// class defines itself, or a class earlier in the order, wins; what its C# base chain carries, it inherits; a member
/// that hides one of the chain is written <c>new</c>. A class declaring neither <c>__init__</c> nor <c>__new__</c> is
/// constructed as the first class of its order that declares one (C# inherits no constructor); where a base no stub
/// describes comes first, nothing is known, and it gets none. Dunder methods stay with the C# hierarchy's root.
/// </summary>
internal sealed partial class BindingEmitter
{
    private static readonly HashSet<string> NotBases = new(StringComparer.Ordinal) { "builtins.object", "typing.Generic", "typing.Protocol" };

    private void InheritMembers()
    {
        var known = new Dictionary<string, ClassSpec>(StringComparer.Ordinal);
        foreach (AncestorSpec ancestor in _binding.Ancestors)
        {
            known[ancestor.PythonName] = ancestor.Class;
        }

        foreach (BoundModuleSpec module in _binding.Modules.Where(m => m.DefinesClasses))
        {
            AddKnown(known, module.Module.Name, module.Module.Classes);
        }

        var orders = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (ClassPlan plan in _classes.Values.Where(p => !p.IsEnum))
        {
            plan.Spec = WithInheritedMembers(plan, known, orders);
        }
    }

    private static void AddKnown(Dictionary<string, ClassSpec> known, string module, EquatableArray<ClassSpec> classes)
    {
        foreach (ClassSpec cls in classes)
        {
            // A protocol is a structural type: a class naming it as a base declares what it implements itself.
            if (cls.Kind != ClassKind.Protocol)
            {
                known[module + "." + cls.QualifiedName] = cls;
            }

            AddKnown(known, module, cls.NestedClasses);
        }
    }

    private static ClassSpec WithInheritedMembers(ClassPlan plan, Dictionary<string, ClassSpec> known, Dictionary<string, List<string>> orders)
    {
        List<string> order = MethodResolutionOrder(plan.PythonName, known, orders, []);
        var carried = new HashSet<string>(StringComparer.Ordinal);
        if (plan.Base is ClassPlan csharpBase)
        {
            carried.UnionWith(MethodResolutionOrder(csharpBase.PythonName, known, orders, []));
        }

        ClassSpec own = plan.Spec;
        var taken = new HashSet<string>(NamesOf(own), StringComparer.Ordinal);
        var methods = new List<FunctionSpec>();
        var properties = new List<PropertySpec>();
        EquatableArray<SignatureSpec> constructors = own.Constructors;
        bool constructorsSettled = !constructors.IsEmpty;
        Dictionary<string, Dictionary<string, PyTypeSpec>> arguments = TypeArgumentsOfBases(plan.PythonName, own, known);
        foreach (string name in order.Skip(1))
        {
            if (!known.TryGetValue(name, out ClassSpec? cls))
            {
                // Unknown: its members cannot be listed, and neither can whether it declares a constructor.
                constructorsSettled = true;
                continue;
            }

            arguments.TryGetValue(name, out Dictionary<string, PyTypeSpec>? substitutions);
            if (!constructorsSettled && !cls.Constructors.IsEmpty)
            {
                constructors = cls.Constructors.Select(s => Specialize(s, substitutions)).ToEquatableArray();
                constructorsSettled = true;
            }

            bool inherited = carried.Contains(name);
            foreach (FunctionSpec method in cls.Methods)
            {
                if (taken.Add(method.PythonName) && !inherited)
                {
                    methods.Add(substitutions is null ? method : method with { Signatures = method.Signatures.Select(s => Specialize(s, substitutions)).ToEquatableArray() });
                }
            }

            foreach (PropertySpec property in cls.Properties)
            {
                if (taken.Add(property.PythonName) && !inherited)
                {
                    properties.Add(substitutions is null ? property : property with { Type = PyTypeAlgebra.Substitute(property.Type, substitutions) });
                }
            }

            taken.UnionWith(NamesOf(cls));
        }

        ClassSpec result = ModuleNamer.AddInheritedMembers(own, methods, properties);
        return constructors == own.Constructors ? result : result with { Constructors = constructors };
    }

    private static IEnumerable<string> NamesOf(ClassSpec cls) =>
        cls.Methods.Select(m => m.PythonName)
            .Concat(cls.Properties.Select(p => p.PythonName))
            .Concat(cls.SpecialMethods.Select(m => m.PythonName))
            .Concat(cls.NestedClasses.Select(c => c.PythonName));

    private static SignatureSpec Specialize(SignatureSpec signature, Dictionary<string, PyTypeSpec>? substitutions) =>
        substitutions is null ? signature : signature with
        {
            Parameters = signature.Parameters.Select(p => p with { Type = PyTypeAlgebra.Substitute(p.Type, substitutions) }).ToEquatableArray(),
            ReturnType = PyTypeAlgebra.Substitute(signature.ReturnType, substitutions),
        };

    /// <summary>
    /// For each generic base, directly or not, its type variables as the class sees them: <c>class D(Base[int])</c>
    /// reads <c>Base</c>'s <c>T</c> as <c>int</c>, a missing argument as <c>typing.Any</c> (the first path that reaches a base decides).
    /// </summary>
    private static Dictionary<string, Dictionary<string, PyTypeSpec>> TypeArgumentsOfBases(string name, ClassSpec cls, Dictionary<string, ClassSpec> known)
    {
        var result = new Dictionary<string, Dictionary<string, PyTypeSpec>>(StringComparer.Ordinal);
        var pending = new Queue<(ClassSpec Class, Dictionary<string, PyTypeSpec>? Substitutions)>();
        pending.Enqueue((cls, null));
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        while (pending.Count > 0)
        {
            (ClassSpec current, Dictionary<string, PyTypeSpec>? outer) = pending.Dequeue();
            foreach (PyTypeSpec baseType in current.Bases)
            {
                if (PyTypeAlgebra.BaseClass(baseType) is not PyClassType reference || !seen.Add(reference.FullName) || !known.TryGetValue(reference.FullName, out ClassSpec? baseClass))
                {
                    continue;
                }

                Dictionary<string, PyTypeSpec>? substitutions = null;
                if (!baseClass.TypeParameters.IsEmpty)
                {
                    substitutions = new Dictionary<string, PyTypeSpec>(StringComparer.Ordinal);
                    for (int i = 0; i < baseClass.TypeParameters.Count; i++)
                    {
                        PyTypeSpec argument = i < reference.TypeArguments.Count ? reference.TypeArguments[i] : PyAnyType.Instance;
                        substitutions[baseClass.TypeParameters[i]] = outer is null ? argument : PyTypeAlgebra.Substitute(argument, outer);
                    }

                    result[reference.FullName] = substitutions;
                }

                pending.Enqueue((baseClass, substitutions));
            }
        }

        return result;
    }

    /// <summary>
    /// Python's C3 linearization of a class and its bases, by name; a base without a stub ends its branch, and an order
    /// C3 cannot make (a stub that does not show every base) falls back to depth-first, left to right, each class once.
    /// </summary>
    private static List<string> MethodResolutionOrder(string name, Dictionary<string, ClassSpec> known, Dictionary<string, List<string>> orders, HashSet<string> visiting)
    {
        if (orders.TryGetValue(name, out List<string>? cached))
        {
            return cached;
        }

        if (!known.TryGetValue(name, out ClassSpec? cls) || !visiting.Add(name))
        {
            return [name];
        }

        List<string> bases = cls.Bases
            .Select(PyTypeAlgebra.BaseClass)
            .OfType<PyClassType>()
            .Select(b => b.FullName)
            .Where(b => !NotBases.Contains(b) && b != name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var sequences = bases.Select(b => new List<string>(MethodResolutionOrder(b, known, orders, visiting))).ToList();
        sequences.Add([.. bases]);
        visiting.Remove(name);
        List<string> order = [name, .. C3Merge(sequences) ?? sequences.Take(bases.Count).SelectMany(s => s).Distinct(StringComparer.Ordinal)];
        orders[name] = order;
        return order;
    }

    private static List<string>? C3Merge(List<List<string>> sequences)
    {
        var result = new List<string>();
        while (sequences.Any(s => s.Count > 0))
        {
            string? head = sequences
                .Where(s => s.Count > 0)
                .Select(s => s[0])
                .FirstOrDefault(candidate => !sequences.Any(s => s.IndexOf(candidate) > 0));
            if (head is null)
            {
                return null;
            }

            result.Add(head);
            foreach (List<string> sequence in sequences)
            {
                sequence.Remove(head);
            }
        }

        return result;
    }
}
