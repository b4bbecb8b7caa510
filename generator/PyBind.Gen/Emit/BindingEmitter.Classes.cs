using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Model;
using PyBind.Gen.Naming;

namespace PyBind.Gen.Emit;

internal sealed partial class BindingEmitter
{
    // Classes: declared, their C# bases resolved and ordered, found by Python name, before anything is written.
    private void DeclareClass(BoundModuleSpec module, ClassSpec cls, string container, ClassDraft? outer)
    {
        if (!ClassShapes.IsBound(module.Module.Name, cls))
        {
            return;
        }

        string csName = container + "." + CSharpNames.EscapeKeyword(cls.Name);
        var plan = new ClassDraft(cls, module.Module.Name, csName, container, outer);
        _classes[plan.PythonName] = plan;
        _registrations.Add(plan);
        _context.AddOwnClass(new ClassRefSpec(plan.PythonName, plan.Module, csName, cls.Kind, plan.IsEnum, _binding.Target.FullyQualifiedMetadataName, _binding.Target.EffectiveAccessibility));
        foreach (ClassSpec nested in cls.NestedClasses)
        {
            DeclareClass(module, nested, csName, plan);
        }
    }

    /// <summary>
    /// The first Python base with a C# type becomes the C# base: a generated class of this binding, or for exceptions
    /// the runtime's mirror of a builtin; failing those, a first base outside the binding's modules (declared for it, or
    /// another binding's). C# has one base class; the others' members are copied (see BindingEmitter.Inheritance).
    /// </summary>
    private void ResolveBase(ClassDraft plan)
    {
        if (plan.IsEnum)
        {
            return;
        }

        plan.BaseSyntax = plan.IsException ? EmittedNames.PythonException : EmittedNames.PyObject;
        foreach (PyTypeSpec baseType in plan.Spec.Bases)
        {
            PyClassType? cls = PyTypeAlgebra.BaseClass(baseType);
            if (cls is null)
            {
                continue;
            }

            if (_classes.TryGetValue(cls.FullName, out ClassDraft? generated) && generated != plan && !IsAncestor(plan, generated) && generated.IsException == plan.IsException && !generated.IsEnum
                && !IsOutsideBase(generated))
            {
                plan.Base = generated;
                plan.BaseSyntax = generated.CSharpName;
                return;
            }

            if (plan.IsException && cls.Module == PythonNames.Builtins && KnownPythonTypes.RuntimeException(cls.QualifiedName) is string mirror)
            {
                plan.BaseSyntax = mirror;
                return;
            }
        }

        if (OutsideBaseOf(plan) is ClassDraft outside)
        {
            plan.Base = outside;
            plan.BaseSyntax = outside.CSharpName;
        }
    }

    private static bool IsAncestor(ClassDraft plan, ClassDraft candidate)
    {
        for (ClassDraft? current = candidate; current is not null; current = current.Base)
        {
            if (current == plan)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A top-level class to write, and the module it is written in.</summary>
    private sealed class TopLevelClass(ClassDraft draft, BoundModuleSpec module)
    {
        public ClassDraft Draft { get; } = draft;

        public BoundModuleSpec Module { get; } = module;
    }

    /// <summary>
    /// The top-level classes in the order one thread would write them: bases before subclasses (the order diagnostics
    /// are reported in, and a docstring's first use decided by).
    /// </summary>
    private List<TopLevelClass> ClassesInWritingOrder(List<BoundModuleSpec> files)
    {
        var order = new List<TopLevelClass>();
        var done = new HashSet<ClassDraft>();
        var inProgress = new HashSet<ClassDraft>();
        foreach (BoundModuleSpec module in files.Where(m => m.DefinesClasses))
        {
            foreach (ClassSpec cls in module.Module.Classes)
            {
                if (FindDraft(module.Module.Name + "." + cls.QualifiedName) is ClassDraft plan)
                {
                    Visit(plan, module);
                }
            }
        }

        return order;

        void Visit(ClassDraft plan, BoundModuleSpec module)
        {
            if (done.Contains(plan) || !inProgress.Add(plan))
            {
                return;
            }

            // Bases of the class and of its nested classes first (a cycle through nesting is broken arbitrarily).
            foreach (ClassDraft dependency in BasesOf(plan).Select(TopLevel).Where(d => d != plan))
            {
                BoundModuleSpec? home = files.FirstOrDefault(m => m.DefinesClasses && m.Module.Name == dependency.Module);
                if (home is not null)
                {
                    Visit(dependency, home);
                }
            }

            order.Add(new TopLevelClass(plan, module));
            inProgress.Remove(plan);
            done.Add(plan);
        }
    }

    /// <summary>
    /// The bound classes nested in a class, in the order they are written: a sibling that another derives from first,
    /// bases before subclasses as top-level classes are ordered (matplotlib's BoxStyle.Sawtooth before its Roundtooth).
    /// </summary>
    private List<ClassDraft> NestedInWritingOrder(ClassDraft plan)
    {
        List<ClassDraft> siblings = plan.Spec.NestedClasses.Select(n => FindDraft(plan.Module + "." + n.QualifiedName)).OfType<ClassDraft>().ToList();
        var order = new List<ClassDraft>();
        var visited = new HashSet<ClassDraft>();
        foreach (ClassDraft nested in siblings)
        {
            Visit(nested);
        }

        return order;

        void Visit(ClassDraft nested)
        {
            if (!visited.Add(nested))
            {
                return;
            }

            if (nested.Base is ClassDraft sibling && siblings.Contains(sibling))
            {
                Visit(sibling);
            }

            order.Add(nested);
        }
    }

    private IEnumerable<ClassDraft> BasesOf(ClassDraft plan)
    {
        if (plan.Base is not null)
        {
            yield return plan.Base;
        }

        foreach (ClassSpec nested in plan.Spec.NestedClasses)
        {
            if (FindDraft(plan.Module + "." + nested.QualifiedName) is ClassDraft nestedPlan)
            {
                foreach (ClassDraft b in BasesOf(nestedPlan))
                {
                    yield return b;
                }
            }
        }
    }

    private static ClassDraft TopLevel(ClassDraft plan)
    {
        while (plan.Outer is not null)
        {
            plan = plan.Outer;
        }

        return plan;
    }

    /// <summary>The nearest generated class both wrappers derive from (not PyObject), by C# name.</summary>
    private string? CommonBase(string a, string b)
    {
        ClassDraft? first = _classes.Values.FirstOrDefault(c => c.CSharpName == a);
        ClassDraft? second = _classes.Values.FirstOrDefault(c => c.CSharpName == b);
        for (ClassDraft? x = first; x is not null; x = x.Base)
        {
            for (ClassDraft? y = second; y is not null; y = y.Base)
            {
                if (x == y)
                {
                    return x.CSharpName;
                }
            }
        }

        return null;
    }

    internal ClassDraft? FindDraft(string pythonName) => _classes.TryGetValue(pythonName, out ClassDraft? plan) ? plan : null;

    /// <summary>The C# name of a generated exception class, by its Python name as a docstring writes it (<c>LinAlgError</c>, <c>numpy.linalg.LinAlgError</c>).</summary>
    internal string? ExceptionClassNamed(string name)
    {
        if (_classes.TryGetValue(name, out ClassDraft? exact) && exact.IsException)
        {
            return exact.CSharpName;
        }

        ClassDraft? match = null;
        foreach (ClassDraft plan in _classes.Values)
        {
            if (plan.IsException && plan.Spec.PythonName == name)
            {
                if (match is not null && match != plan)
                {
                    return null;
                }

                match = plan;
            }
        }

        return match?.CSharpName;
    }
}
