using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;

namespace PyBind.Gen.Emit;

/// <summary>
/// What lowering one binding can look up: the C# types of Python classes (this binding's own first, then those of
/// other bindings it may expose), the kinds of classes in every stub, and the type variables of the module being
/// written. Built once per binding; each module's view (<see cref="ForModule"/>) shares the lookups, so threads
/// writing different modules each have their own.
/// </summary>
internal sealed class LoweringContext
{
    private readonly Dictionary<string, ClassRefSpec> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClassKind> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PyTypeSpec> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeVariableSpec> _typeVariables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReExportSpec> _reExports = new(StringComparer.Ordinal);

    public LoweringContext(BindingSpec binding)
    {
        Binding = binding;
        Features = binding.Features;
        string owner = binding.Target.FullyQualifiedMetadataName;
        Accessibility access = binding.Target.EffectiveAccessibility;
        foreach (ClassRefSpec cls in binding.Environment.BoundClasses)
        {
            if (cls.Owner == owner)
            {
                _classes[cls.PythonName] = cls;
            }
        }

        foreach (ClassRefSpec cls in binding.Environment.BoundClasses)
        {
            // Another binding's type may appear in this binding's signatures only if it is at least as visible.
            bool visible = cls.Accessibility == Accessibility.Public || access != Accessibility.Public;
            if (cls.Owner != owner && visible && !_classes.ContainsKey(cls.PythonName))
            {
                _classes[cls.PythonName] = cls;
            }
        }

        foreach (ModuleSummary stub in binding.Environment.Stubs)
        {
            foreach (ClassSummary cls in stub.Classes)
            {
                _kinds[stub.Name + "." + cls.QualifiedName] = cls.Kind;
            }

            foreach (TypeAliasSpec alias in stub.Aliases)
            {
                _aliases[stub.Name + "." + alias.Name] = alias.Target;
            }

            foreach (ReExportSpec reExport in stub.ReExports)
            {
                _reExports[stub.Name + "." + reExport.PythonName] = reExport;
            }
        }

        // The binding's own modules may be renamed for their place but have the same classes; a binding whose
        // environment was not computed (tests of the emitter alone) still knows its own classes.
        foreach (BoundModuleSpec module in binding.Modules)
        {
            AddKinds(module.Module.Name, module.Module.Classes);
            foreach (TypeAliasSpec alias in module.Module.TypeAliases)
            {
                _aliases[module.Module.Name + "." + alias.Name] = alias.Target;
            }
        }
    }

    public BindingSpec Binding { get; }

    public RuntimeFeatures Features { get; }

    private LoweringContext(LoweringContext binding, ModuleSpec module)
    {
        Binding = binding.Binding;
        Features = binding.Features;
        _classes = binding._classes;
        _kinds = binding._kinds;
        _aliases = binding._aliases;
        _reExports = binding._reExports;
        Module = module;
        foreach (TypeVariableSpec variable in module.TypeVariables)
        {
            _typeVariables[variable.Name] = variable;
        }
    }

    public ModuleSpec? Module { get; }

    /// <summary>The view for lowering the members of <paramref name="module"/> (its type variables); read-only, as this one is once classes are declared.</summary>
    public LoweringContext ForModule(ModuleSpec module) => new(this, module);

    /// <summary>Registers a class this binding generates (used when the environment does not list it); before any lowering starts.</summary>
    public void AddOwnClass(ClassRefSpec cls)
    {
        if (!_classes.TryGetValue(cls.PythonName, out ClassRefSpec? existing) || existing.Owner != cls.Owner)
        {
            _classes[cls.PythonName] = cls;
        }
    }

    public ClassRefSpec? FindClass(string pythonName) => _classes.TryGetValue(pythonName, out ClassRefSpec? cls) ? cls : null;

    /// <summary>
    /// The class a path that a module re-exports names, followed to the module that has it (pandas' private
    /// <c>_libs.tslibs.offsets</c> names <c>pandas.core.indexes.datetimes.DatetimeIndex</c>, a re-export of
    /// <c>pandas.DatetimeIndex</c>); the class itself when no stub re-exports it.
    /// </summary>
    public PyClassType ThroughReExports(PyClassType cls)
    {
        for (int hops = 0; hops < 4 && _reExports.TryGetValue(cls.FullName, out ReExportSpec? reExport); hops++)
        {
            cls = new PyClassType(reExport.SourceModule, reExport.SourceName, cls.TypeArguments);
        }

        return cls;
    }

    public ClassKind? ClassKindOf(string pythonName) => _kinds.TryGetValue(pythonName, out ClassKind kind) ? kind : null;

    /// <summary>The expansion of a type alias of any stub, by full name (<c>numpy.typing.NDArray</c>), unspecialized.</summary>
    public PyTypeSpec? FindAlias(string fullName) => _aliases.TryGetValue(fullName, out PyTypeSpec? target) ? target : null;

    public TypeVariableSpec? FindTypeVariable(string name) => _typeVariables.TryGetValue(name, out TypeVariableSpec? variable) ? variable : null;

    private void AddKinds(string module, EquatableArray<ClassSpec> classes)
    {
        foreach (ClassSpec cls in classes)
        {
            _kinds[module + "." + cls.QualifiedName] = cls.Kind;
            AddKinds(module, cls.NestedClasses);
        }
    }
}
