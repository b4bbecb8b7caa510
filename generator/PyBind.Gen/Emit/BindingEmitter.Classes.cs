using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Model;
using PyBind.Gen.Naming;

namespace PyBind.Gen.Emit;

internal sealed partial class BindingEmitter
{
    // Classes: declared, their C# bases resolved and ordered, found by Python name, before anything is written.
    private void DeclareClass(BoundModuleSpec module, ClassSpec cls, string container, ClassPlan? outer)
    {
        if (!ClassShapes.IsBound(module.Module.Name, cls))
        {
            return;
        }

        string csName = container + "." + CSharpNames.EscapeKeyword(cls.Name);
        var plan = new ClassPlan(cls, module.Module.Name, csName, container, outer);
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
    /// the runtime's mirror of a builtin. C# has one base class; the others' members are reached through Python.
    /// </summary>
    private void ResolveBase(ClassPlan plan)
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

            if (_classes.TryGetValue(cls.FullName, out ClassPlan? generated) && generated != plan && !IsAncestor(plan, generated) && generated.IsException == plan.IsException && !generated.IsEnum)
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
    }

    private static bool IsAncestor(ClassPlan plan, ClassPlan candidate)
    {
        for (ClassPlan? current = candidate; current is not null; current = current.Base)
        {
            if (current == plan)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A top-level class to write, and the module it is written in.</summary>
    private sealed class TopLevelClass(ClassPlan plan, BoundModuleSpec module)
    {
        public ClassPlan Plan { get; } = plan;

        public BoundModuleSpec Module { get; } = module;
    }

    /// <summary>
    /// The top-level classes in the order one thread would write them: bases before subclasses (the order diagnostics
    /// are reported in, and a docstring's first use decided by).
    /// </summary>
    private List<TopLevelClass> ClassesInWritingOrder()
    {
        var order = new List<TopLevelClass>();
        var done = new HashSet<ClassPlan>();
        var inProgress = new HashSet<ClassPlan>();
        foreach (BoundModuleSpec module in _binding.Modules.Where(m => m.DefinesClasses))
        {
            foreach (ClassSpec cls in module.Module.Classes)
            {
                if (FindPlan(module.Module.Name + "." + cls.QualifiedName) is ClassPlan plan)
                {
                    Visit(plan, module);
                }
            }
        }

        return order;

        void Visit(ClassPlan plan, BoundModuleSpec module)
        {
            if (done.Contains(plan) || !inProgress.Add(plan))
            {
                return;
            }

            // Bases of the class and of its nested classes first (a cycle through nesting is broken arbitrarily).
            foreach (ClassPlan dependency in BasesOf(plan).Select(TopLevel).Where(d => d != plan))
            {
                BoundModuleSpec? home = _binding.Modules.FirstOrDefault(m => m.DefinesClasses && m.Module.Name == dependency.Module);
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
    private List<ClassPlan> NestedInWritingOrder(ClassPlan plan)
    {
        List<ClassPlan> siblings = plan.Spec.NestedClasses.Select(n => FindPlan(plan.Module + "." + n.QualifiedName)).OfType<ClassPlan>().ToList();
        var order = new List<ClassPlan>();
        var visited = new HashSet<ClassPlan>();
        foreach (ClassPlan nested in siblings)
        {
            Visit(nested);
        }

        return order;

        void Visit(ClassPlan nested)
        {
            if (!visited.Add(nested))
            {
                return;
            }

            if (nested.Base is ClassPlan sibling && siblings.Contains(sibling))
            {
                Visit(sibling);
            }

            order.Add(nested);
        }
    }

    private IEnumerable<ClassPlan> BasesOf(ClassPlan plan)
    {
        if (plan.Base is not null)
        {
            yield return plan.Base;
        }

        foreach (ClassSpec nested in plan.Spec.NestedClasses)
        {
            if (FindPlan(plan.Module + "." + nested.QualifiedName) is ClassPlan nestedPlan)
            {
                foreach (ClassPlan b in BasesOf(nestedPlan))
                {
                    yield return b;
                }
            }
        }
    }

    private static ClassPlan TopLevel(ClassPlan plan)
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
        ClassPlan? first = _classes.Values.FirstOrDefault(c => c.CSharpName == a);
        ClassPlan? second = _classes.Values.FirstOrDefault(c => c.CSharpName == b);
        for (ClassPlan? x = first; x is not null; x = x.Base)
        {
            for (ClassPlan? y = second; y is not null; y = y.Base)
            {
                if (x == y)
                {
                    return x.CSharpName;
                }
            }
        }

        return null;
    }

    internal ClassPlan? FindPlan(string pythonName) => _classes.TryGetValue(pythonName, out ClassPlan? plan) ? plan : null;

    /// <summary>The C# name of a generated exception class, by its Python name as a docstring writes it (<c>LinAlgError</c>, <c>numpy.linalg.LinAlgError</c>).</summary>
    internal string? ExceptionClassNamed(string name)
    {
        if (_classes.TryGetValue(name, out ClassPlan? exact) && exact.IsException)
        {
            return exact.CSharpName;
        }

        ClassPlan? match = null;
        foreach (ClassPlan plan in _classes.Values)
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
