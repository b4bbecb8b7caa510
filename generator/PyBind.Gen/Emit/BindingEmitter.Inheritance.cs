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
/// and gets <c>Score</c>, <c>GetParams</c>, <c>SetParams</c>), or a base outside it (<see cref="AncestorSpec"/>) that is
/// not its C# base (a first outside base is declared once and derived from: <see cref="OutsideBaseOf"/>). What the
/// class defines itself, or a class earlier in the order, wins; what its C# base chain carries, it inherits; a member
/// that hides one of the chain is written <c>new</c>; dunders are copied as methods are (operators are written on the
/// root of the C# hierarchy only). A class declaring neither <c>__init__</c> nor <c>__new__</c> is constructed as the
/// first class of its order that declares one (C# inherits no constructor); where a base no stub describes comes first,
/// nothing is known, and it gets none.
/// </summary>
internal sealed partial class BindingEmitter
{
    private static readonly HashSet<string> NotBases = new(StringComparer.Ordinal) { "builtins.object", "typing.Generic", "typing.Protocol" };

    /// <summary>The modules of outside bases written once (see <see cref="OutsideBaseOf"/>), by module name, with the classes declared there.</summary>
    private readonly Dictionary<string, (BoundModuleSpec Home, List<ClassSpec> Classes)> _outsideModules = new(StringComparer.Ordinal);

    private List<BoundModuleSpec>? _files;

    /// <summary>Outside bases another binding of the compilation generates: C# bases here, written there.</summary>
    private readonly List<ClassDraft> _foreignBases = [];

    /// <summary>
    /// The C# base of a class whose first Python base is an outside base (<see cref="AncestorSpec"/>), declared once for
    /// the binding: pygments' 548 lexers derive from <c>pygments.lexer.RegexLexer</c> and friends, whose members then come
    /// once, by inheritance, rather than copied into each lexer, and <c>as</c> and casts to the base work. It is a wrapper
    /// like any other, nested in a class hidden from completion, <c>__PyBindBases</c>, one class per module
    /// (<c>Pyg.__PyBindBases.Pygments_Lexer.RegexLexer</c>). A base that another <c>[PyImport]</c> of the compilation binds
    /// (visibly enough) is that binding's class instead (<c>numpy.matrixlib</c>'s <c>matrix</c> derives from <c>Np.Ndarray</c>).
    /// A generic base given a type other than a type variable (copies take the class's type arguments: <c>Holder[int]</c>'s
    /// <c>get</c> returns <c>long</c>), a nested class, an exception, an enum or a protocol is not declared: its members
    /// stay copied. (tqdm's <c>tqdm_notebook(Generic[T], tqdm[T])</c> derives from <c>tqdm</c>: copies would type the same.)
    /// </summary>
    private ClassDraft? OutsideBaseOf(ClassDraft plan)
    {
        PyClassType? first = plan.Spec.Bases.Select(PyTypeAlgebra.BaseClass).OfType<PyClassType>().FirstOrDefault(b => !NotBases.Contains(b.FullName));
        if (!plan.IsWrapper || first is null)
        {
            return null;
        }

        if (_classes.TryGetValue(first.FullName, out ClassDraft? declared))
        {
            return declared != plan && declared.IsWrapper && !IsAncestor(plan, declared) ? declared : null;
        }

        AncestorSpec? ancestor = _binding.Ancestors.FirstOrDefault(a => a.PythonName == first.FullName);
        if (ancestor is null
            || (!ancestor.Class.TypeParameters.IsEmpty && !first.TypeArguments.All(a => a is PyTypeVariableType or PyAnyType))
            || ancestor.Class.Kind is ClassKind.Protocol or ClassKind.Exception
            || ClassShapes.IsCSharpEnum(ancestor.Class))
        {
            return null;
        }

        if (_context.FindClass(ancestor.PythonName) is ClassRefSpec elsewhere)
        {
            if (elsewhere.Kind is ClassKind.Protocol or ClassKind.Exception || elsewhere.IsCSharpEnum)
            {
                return null;
            }

            // Named as its binding names it, whose module class may have renamed it: a subclass's 'new' follows those names.
            string declaredName = elsewhere.CSharpName.Substring(elsewhere.CSharpName.LastIndexOf('.') + 1).TrimStart('@');
            ClassSpec named = ModuleNamer.NameClassAs(ancestor.Class, declaredName, ancestor.Module);
            var foreign = new ClassDraft(named, ancestor.Module, elsewhere.CSharpName, string.Empty, null);
            _classes[foreign.PythonName] = foreign;
            _foreignBases.Add(foreign);
            return foreign;
        }

        if (ancestor.Class.QualifiedName.Contains('.'))
        {
            return null;
        }

        int declaredBefore = _registrations.Count;
        DeclareOutsideClass(ancestor);
        foreach (ClassDraft added in _registrations.Skip(declaredBefore).ToList())
        {
            ResolveBase(added);
        }

        return FindDraft(ancestor.PythonName);
    }

    /// <summary>
    /// The classes of private modules that the binding's annotations name (<see cref="BindingSpec.Referenced"/>), declared
    /// as outside bases are, unless this binding or another has them: <c>psutil.virtual_memory()</c> returns a
    /// <c>Psutil.__PyBindBases.Psutil_Pslinux.Svmem</c>, whose fields are typed properties. Their bases are resolved with
    /// the binding's classes.
    /// </summary>
    private void DeclareReferencedClasses()
    {
        foreach (AncestorSpec referenced in _binding.Referenced)
        {
            if (!_classes.ContainsKey(referenced.PythonName) && _context.FindClass(referenced.PythonName) is null
                && referenced.Class.Kind is not (ClassKind.Protocol or ClassKind.Exception) && !ClassShapes.IsCSharpEnum(referenced.Class))
            {
                DeclareOutsideClass(referenced);
            }
        }
    }

    /// <summary>Declares a class of a module the binding does not bind in the hidden container of its module (<see cref="OutsideBaseOf"/>).</summary>
    private void DeclareOutsideClass(AncestorSpec ancestor)
    {
        if (!_outsideModules.TryGetValue(ancestor.Module, out var home))
        {
            string container = string.Join("_", ancestor.Module.Split('.').Select(CSharpNames.ToPascalCase));
            var header = new StubHeaderSpec(1, null, null, EquatableArray<string>.Empty, null);
            var module = new ModuleSpec(ancestor.Module, header, null, [], [], ancestor.TypeVariables, [], [], [], [], []);
            home = (new BoundModuleSpec(module, [EmittedNames.OutsideBases, container], ancestor.StubPath, DefinesClasses: true), []);
            _outsideModules[ancestor.Module] = home;
        }

        home.Classes.Add(ancestor.Class);
        DeclareClass(home.Home, ancestor.Class, ModuleClassName(home.Home), null);
    }

    /// <summary>CS0109 off in a binding deriving from another's classes: a member is 'new' wherever such a base has one of its name, overload or not.</summary>
    private string ForeignBasesWarnings => _foreignBases.Count == 0 ? string.Empty : ", CS0109";

    private bool IsOutsideBase(ClassDraft plan) => _outsideModules.ContainsKey(plan.Module) || _foreignBases.Contains(plan);

    /// <summary>
    /// What the classes deriving from a base of another binding must know of it, which that binding writes: the names of
    /// its members, those of every class of its method order (as a property, so that one of a subclass with the same
    /// name is <c>new</c>; an overload marked so is harmless, CS0109 is off in generated files), and whether it has operators.
    /// </summary>
    private void DescribeForeignBases(Dictionary<string, ClassSpec> known, Dictionary<string, List<string>> orders)
    {
        foreach (ClassDraft foreign in _foreignBases)
        {
            foreach (string name in MethodResolutionOrder(foreign.PythonName, known, orders, []))
            {
                if (!known.TryGetValue(name, out ClassSpec? cls))
                {
                    continue;
                }

                cls = name == foreign.PythonName ? foreign.Spec : cls;

                foreach (string member in cls.Methods.Select(m => m.Name).Concat(cls.Properties.Select(p => p.Name)).Concat(cls.NestedClasses.Select(c => c.Name)))
                {
                    foreign.AddMember(member, MemberKeys.Property);
                }

                foreach (string member in ReservedNames.ForSpecialMethods(cls.SpecialMethods.Select(m => m.PythonName)))
                {
                    foreign.AddMember(member, MemberKeys.Property);
                }

                if (cls.SpecialMethods.Any(m => m.PythonName is "__getitem__" or "__setitem__"))
                {
                    foreign.AddMember("this[]", MemberKeys.Property);
                }

                foreign.DeclaresOperators |= SpecialMemberPlanner.DeclaresOperators(SpecialMemberPlanner.Dunders(cls));
            }
        }
    }

    /// <summary>The files of the binding: its modules, then one per module of the outside bases it declares (known once bases are resolved).</summary>
    private List<BoundModuleSpec> FilesToWrite()
    {
        if (_files is null)
        {
            _files = [.. _binding.Modules];
            foreach (var (home, classes) in _outsideModules.Values.OrderBy(m => m.Home.Module.Name, StringComparer.Ordinal))
            {
                BoundModuleSpec module = home with { Module = home.Module with { Classes = classes.ToEquatableArray() } };
                _literals[module.Module.Name] = LiteralConstants.Collect(module.Module, ModuleClassName(module));
                _files.Add(module);
            }
        }

        return _files;
    }

    /// <summary>Declares, in the root file, the class that holds the outside bases: public (the classes deriving from them are), hidden from completion.</summary>
    private void WriteOutsideBasesContainer(IndentedTextWriter writer)
    {
        if (_outsideModules.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>The classes of modules this binding does not bind that its classes derive from in Python; reach them through their subclasses.</summary>");
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.WriteLine($"public static partial class {EmittedNames.OutsideBases}");
        using (writer.WriteBlock())
        {
        }
    }

    private void InheritMembers()
    {
        var known = new Dictionary<string, ClassSpec>(StringComparer.Ordinal);
        foreach (AncestorSpec ancestor in _binding.Ancestors.Concat(_binding.Referenced))
        {
            known[ancestor.PythonName] = ancestor.Class;
        }

        foreach (BoundModuleSpec module in _binding.Modules.Where(m => m.DefinesClasses))
        {
            AddKnown(known, module.Module.Name, module.Module.Classes);
        }

        var orders = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        DescribeForeignBases(known, orders);
        foreach (ClassDraft plan in _classes.Values.Where(p => !p.IsEnum && !_foreignBases.Contains(p)))
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

    private static ClassSpec WithInheritedMembers(ClassDraft plan, Dictionary<string, ClassSpec> known, Dictionary<string, List<string>> orders)
    {
        List<string> order = MethodResolutionOrder(plan.PythonName, known, orders, []);
        var carried = new HashSet<string>(StringComparer.Ordinal);
        if (plan.Base is ClassDraft csharpBase)
        {
            carried.UnionWith(MethodResolutionOrder(csharpBase.PythonName, known, orders, []));
        }

        ClassSpec own = plan.Spec;
        var taken = new HashSet<string>(NamesOf(own), StringComparer.Ordinal);
        var methods = new List<FunctionSpec>();
        var properties = new List<PropertySpec>();
        var specialMethods = new List<FunctionSpec>();
        var ownNames = new HashSet<string>(own.Methods.Select(m => m.Name).Concat(own.Properties.Select(p => p.Name)).Concat(own.NestedClasses.Select(c => c.Name)), StringComparer.Ordinal);
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
                // A class method is copied even where the C# base has it: a static inherited in C# calls the base's
                // class, where Python passes this one (igraph's Graph.Famous made a GraphBase, not a Graph). So is a
                // method returning its receiver's class: inherited in C#, its result is typed as the base (pandas'
                // DataFrame.head() an NDFrame, without iterrows).
                if (taken.Add(method.PythonName) && (!inherited || method.Kind == FunctionKind.Class || ReturnsItsOwnClass(method)))
                {
                    methods.Add(Specialize(method, substitutions));
                }
            }

            // A dunder becomes an operator, an indexer or Invoke: copied unless the C# member it becomes is one of the
            // class's own (a method the stub calls 'invoke').
            foreach (FunctionSpec special in cls.SpecialMethods)
            {
                if (taken.Add(special.PythonName) && !inherited && !ReservedNames.ForSpecialMethods([special.PythonName]).Any(ownNames.Contains))
                {
                    specialMethods.Add(Specialize(special, substitutions));
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

        ClassSpec withSpecials = specialMethods.Count == 0 ? own : own with { SpecialMethods = own.SpecialMethods.Concat(specialMethods).ToEquatableArray() };
        ClassSpec result = ModuleNamer.AddInheritedMembers(withSpecials, methods, properties);
        return constructors == own.Constructors ? result : result with { Constructors = constructors };
    }

    /// <summary>
    /// Whether the method returns <c>Self</c> or the TypeVar its receiver is annotated with (or nothing, pandas'
    /// <c>inplace=True</c> overloads), in every signature: where only some do (numpy's <c>view(type=...)</c>), the
    /// signatures merge into a <c>PyObject</c> anyway, and a copy would only repeat that.
    /// </summary>
    private static bool ReturnsItsOwnClass(FunctionSpec method) =>
        method.Signatures.Any(signature => signature.ReturnType is not PyNoneType)
        && method.Signatures.All(signature =>
        {
            if (signature.ReturnType is PyNoneType)
            {
                return true;
            }

            var parts = new List<PyTypeSpec>();
            PyTypeAlgebra.ForEachPart(signature.ReturnType, parts, static (part, found) => found.Add(part));
            string? receiver = (signature.SelfType as PyTypeVariableType)?.Name;
            return parts.Any(part => part is PySelfType || part is PyTypeVariableType variable && variable.Name == receiver);
        });

    private static IEnumerable<string> NamesOf(ClassSpec cls) =>
        cls.Methods.Select(m => m.PythonName)
            .Concat(cls.Properties.Select(p => p.PythonName))
            .Concat(cls.SpecialMethods.Select(m => m.PythonName))
            .Concat(cls.NestedClasses.Select(c => c.PythonName));

    private static FunctionSpec Specialize(FunctionSpec method, Dictionary<string, PyTypeSpec>? substitutions) =>
        substitutions is null ? method : method with { Signatures = method.Signatures.Select(s => Specialize(s, substitutions)).ToEquatableArray() };

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
