using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using PyBind.Gen.Naming;
using PyBind.Gen.Stubs;

namespace PyBind.Gen;

/// <summary>A <c>[PyImport]</c> class and the module it names, without the attribute's location (which churns on every edit above it).</summary>
internal sealed record BindingTarget(TargetTypeSpec Target, string ModuleName);

/// <summary>The modules bound into one target class, root first, submodules breadth first.</summary>
/// <param name="Ancestors">The bases outside these modules that their classes derive from (see <see cref="AncestorSpec"/>).</param>
/// <param name="Referenced">The classes of the library's modules that no [PyImport] binds and the tree's annotations name (see <see cref="BindingCatalog"/>).</param>
internal sealed record BindingTree(BindingTarget Target, EquatableArray<BoundModuleSpec> Modules, EquatableArray<string> MissingSubmodules, EquatableArray<AncestorSpec> Ancestors, EquatableArray<AncestorSpec> Referenced);

/// <summary>
/// Every binding of the compilation: which modules each <c>[PyImport]</c> class nests, and which C# type each bound
/// Python class became, so that one binding can refer to another's wrappers (<c>numpy.linalg</c> bound alone still
/// returns <c>Np.Ndarray</c> when <c>numpy</c> is bound too). Recomputed when a request or a stub changes; cheap, because
/// it only arranges models the stub step already made.
/// </summary>
/// <remarks>Cacheability: equatable arrays of models.</remarks>
/// <param name="Failure">Set when building the catalog failed (a bug): every request reports it.</param>
internal sealed record BindingCatalog(EquatableArray<BindingTree> Trees, BindingEnvironment Environment, string? Failure = null)
{
    /// <summary>How deep submodules nest (<c>numpy.lib.scimath</c> is 2); a guard against a cycle the ancestry check misses.</summary>
    private const int MaxDepth = 6;

    public static BindingCatalog Create(ImmutableArray<BindingTarget> targets, StubIndex index, CancellationToken cancellationToken)
    {
        var trees = new List<BindingTree>();
        var classes = new List<ClassRefSpec>();
        var collected = new List<(BindingTarget Target, CollectedModules Modules)>();
        foreach (BindingTarget target in targets.OrderBy(t => t.Target.FullyQualifiedMetadataName, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (CollectModules(target, index) is { } modules)
            {
                collected.Add((target, modules));
            }
        }

        // A class of a module some [PyImport] binds is that binding's wrapper; the others a tree names are its own.
        var bound = new HashSet<string>(collected.SelectMany(c => c.Modules.Modules.Select(m => m.Module.Name)), StringComparer.Ordinal);
        foreach ((BindingTarget target, CollectedModules modules) in collected)
        {
            cancellationToken.ThrowIfCancellationRequested();
            EquatableArray<AncestorSpec> referenced = ReferencedUnboundClasses(modules.Modules, bound, index);
            var tree = new BindingTree(target, modules.Modules.ToEquatableArray(), modules.Missing.ToEquatableArray(), AncestorsOutside(modules.Modules, referenced, index), referenced);
            trees.Add(tree);
            if (target.Target.IsInGenericType || target.Target.EffectiveAccessibility is not (Accessibility.Public or Accessibility.Internal))
            {
                continue;
            }

            foreach (BoundModuleSpec module in tree.Modules.Where(m => m.DefinesClasses))
            {
                string path = CSharpNames.GlobalName(target.Target) + string.Concat(module.Path.Select(p => "." + p));
                AddClasses(module.Module.Name, module.Module.Classes, path, target, classes);
            }
        }

        var summaries = index.Stubs
            .Where(s => s.Module is not null)
            .GroupBy(s => s.ModuleName, StringComparer.Ordinal)
            .Select(g => Summarize(g.First().Module!))
            .ToEquatableArray();
        return new BindingCatalog(trees.ToEquatableArray(), new BindingEnvironment(classes.ToEquatableArray(), summaries));
    }

    public BindingTree? Find(TargetTypeSpec target) => Trees.FirstOrDefault(t => t.Target.Target == target);

    /// <summary>The modules a target binds, root first, and the submodules it names that have no stub.</summary>
    private sealed record CollectedModules(List<BoundModuleSpec> Modules, List<string> Missing);

    private static CollectedModules? CollectModules(BindingTarget target, StubIndex index)
    {
        if (index.Find(target.ModuleName) is not { Module: ModuleSpec root } rootStub)
        {
            return null;
        }

        var modules = new List<BoundModuleSpec>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<(ModuleSpec Module, string Path, EquatableArray<string> CSharpPath, string Name, ImmutableHashSet<string> Ancestors)>();
        pending.Enqueue((root, rootStub.Path, EquatableArray<string>.Empty, target.Target.Name, ImmutableHashSet<string>.Empty));
        while (pending.Count > 0)
        {
            (ModuleSpec module, string stubPath, EquatableArray<string> csPath, string enclosingName, ImmutableHashSet<string> ancestors) = pending.Dequeue();
            if (ModuleNamer.TopLevelNames(module).Contains(enclosingName, StringComparer.Ordinal))
            {
                module = ModuleNamer.AssignNames(module, enclosingName);
            }

            modules.Add(new BoundModuleSpec(module, csPath, stubPath, seen.Add(module.Name)));
            if (csPath.Count >= MaxDepth)
            {
                continue;
            }

            ImmutableHashSet<string> lineage = ancestors.Add(module.Name);
            foreach (SubmoduleSpec submodule in module.Submodules)
            {
                if (lineage.Contains(submodule.ModuleName))
                {
                    continue;
                }

                if (index.Find(submodule.ModuleName) is { Module: ModuleSpec child } childStub)
                {
                    pending.Enqueue((child, childStub.Path, csPath.Items.Add(submodule.Name), submodule.Name, lineage));
                }
                else
                {
                    missing.Add(module.Name + "." + submodule.PythonName);
                }
            }
        }

        return new CollectedModules(modules, missing);
    }

    /// <summary>How many classes deep <see cref="ReferencedUnboundClasses"/> follows annotations: what the tree names, and what those name.</summary>
    private const int MaxReferenceDepth = 2;

    /// <summary>
    /// The classes of the library's modules (same top-level package) that no <c>[PyImport]</c> of the compilation binds
    /// and that the annotations of the tree's modules name, found in those modules' stubs, and those that their own
    /// annotations name, <see cref="MaxReferenceDepth"/> deep: psutil's <c>virtual_memory()</c> returns a private
    /// <c>psutil._pslinux.svmem</c>, pandas' <c>Series.str</c> a <c>pandas.core.strings.StringMethods</c> (a module no
    /// user binds). The emitter declares them once, hidden, as it declares outside bases, and returns them typed. A
    /// nested class is left out, as for outside bases.
    /// </summary>
    private static EquatableArray<AncestorSpec> ReferencedUnboundClasses(List<BoundModuleSpec> modules, HashSet<string> bound, StubIndex index)
    {
        var found = new Dictionary<string, AncestorSpec>(StringComparer.Ordinal);
        var named = new List<PyClassType>();
        foreach (BoundModuleSpec module in modules.Where(m => m.DefinesClasses))
        {
            AnnotationNames.Collect(module.Module, named);
        }

        for (int depth = 1; depth <= MaxReferenceDepth && named.Count > 0; depth++)
        {
            var next = new List<PyClassType>();
            foreach (PyClassType reference in named)
            {
                if (found.ContainsKey(reference.FullName)
                    || bound.Contains(reference.Module)
                    || TopLevelPackage(reference.Module) != TopLevelPackage(modules[0].Module.Name)
                    || reference.QualifiedName.Contains('.')
                    || index.Find(reference.Module) is not { Module: ModuleSpec home } stub
                    || FindClass(home.Classes, reference.QualifiedName) is not ClassSpec cls)
                {
                    continue;
                }

                found[reference.FullName] = new AncestorSpec(reference.Module, cls, stub.Path, home.TypeVariables);
                AnnotationNames.Collect(cls, next);
            }

            named = next;
        }

        return found.Values.OrderBy(a => a.PythonName, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>
    /// The classes outside the tree's modules that its classes derive from, directly or through each other, found in
    /// the stubs of their modules: a library's own (a base in the same top-level package) and the built-in containers
    /// (<see cref="BuiltinContainers"/>), whose members the emitter gives to the bound classes: a <c>Counter</c> is a
    /// <c>dict</c>, enumerated and typed as one (<c>Get</c>, <c>Pop</c>, <c>Keys</c>, a typed indexer where the keys
    /// are). Another library's base (a standard ABC, a numpy mixin) stays reached through Python: its members belong
    /// to that library's binding.
    /// </summary>
    private static EquatableArray<AncestorSpec> AncestorsOutside(List<BoundModuleSpec> modules, EquatableArray<AncestorSpec> referenced, StubIndex index)
    {
        var inside = new HashSet<string>(modules.Select(m => m.Module.Name), StringComparer.Ordinal);
        var found = new Dictionary<string, AncestorSpec>(StringComparer.Ordinal);
        var pending = new Queue<(string Module, ClassSpec Class)>();
        void Enqueue(string module, EquatableArray<ClassSpec> classes)
        {
            foreach (ClassSpec cls in classes)
            {
                pending.Enqueue((module, cls));
                Enqueue(module, cls.NestedClasses);
            }
        }

        foreach (BoundModuleSpec module in modules.Where(m => m.DefinesClasses))
        {
            Enqueue(module.Module.Name, module.Module.Classes);
        }

        foreach (AncestorSpec cls in referenced)
        {
            pending.Enqueue((cls.Module, cls.Class));
        }

        while (pending.Count > 0)
        {
            (string module, ClassSpec cls) = pending.Dequeue();
            foreach (PyTypeSpec baseType in cls.Bases)
            {
                if (PyTypeAlgebra.BaseClass(baseType) is not PyClassType reference
                    || inside.Contains(reference.Module)
                    || found.ContainsKey(reference.FullName)
                    || (TopLevelPackage(reference.Module) != TopLevelPackage(module) && !BuiltinContainers.Contains(reference.FullName))
                    || index.Find(reference.Module) is not { Module: ModuleSpec home } stub
                    || FindClass(home.Classes, reference.QualifiedName) is not ClassSpec ancestor)
                {
                    continue;
                }

                found[reference.FullName] = new AncestorSpec(reference.Module, ancestor, stub.Path, home.TypeVariables);
                pending.Enqueue((reference.Module, ancestor));
            }
        }

        return found.Values.OrderBy(a => a.PythonName, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>The built-in classes a library's class derives from to be one (<c>class Counter(dict[_T, int])</c>).</summary>
    private static readonly ImmutableHashSet<string> BuiltinContainers =
        ImmutableHashSet.Create(StringComparer.Ordinal, "builtins.dict", "builtins.list", "builtins.set", "builtins.frozenset");

    private static string TopLevelPackage(string module)
    {
        int dot = module.IndexOf('.');
        return dot < 0 ? module : module.Substring(0, dot);
    }

    private static ClassSpec? FindClass(EquatableArray<ClassSpec> classes, string qualifiedName)
    {
        int dot = qualifiedName.IndexOf('.');
        string first = dot < 0 ? qualifiedName : qualifiedName.Substring(0, dot);
        ClassSpec? cls = classes.FirstOrDefault(c => c.PythonName == first);
        return cls is null || dot < 0 ? cls : FindClass(cls.NestedClasses, qualifiedName.Substring(dot + 1));
    }

    private static void AddClasses(string module, EquatableArray<ClassSpec> classes, string containerPath, BindingTarget owner, List<ClassRefSpec> result)
    {
        foreach (ClassSpec cls in classes)
        {
            if (!ClassShapes.IsBound(module, cls))
            {
                continue;
            }

            string csName = containerPath + "." + CSharpNames.EscapeKeyword(cls.Name);
            result.Add(new ClassRefSpec(
                module + "." + cls.QualifiedName,
                module,
                csName,
                cls.Kind,
                ClassShapes.IsCSharpEnum(cls),
                owner.Target.FullyQualifiedMetadataName,
                owner.Target.EffectiveAccessibility));
            AddClasses(module, cls.NestedClasses, csName, owner, result);
        }
    }

    private static ModuleSummary Summarize(ModuleSpec module)
    {
        var classes = new List<ClassSummary>();
        void Add(EquatableArray<ClassSpec> items)
        {
            foreach (ClassSpec cls in items)
            {
                classes.Add(new ClassSummary(cls.QualifiedName, cls.Kind, cls.Enum));
                Add(cls.NestedClasses);
            }
        }

        Add(module.Classes);
        return new ModuleSummary(module.Name, module.TypeAliases, classes.ToEquatableArray(), module.ReExports);
    }
}
