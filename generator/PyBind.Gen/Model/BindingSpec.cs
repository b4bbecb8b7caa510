using System;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Helpers;

namespace PyBind.Gen.Model;

/// <summary>
/// A target class with everything the emitter needs for it: the module it binds, the submodules nested in it, and
/// what it may refer to outside them. The emitter's input; value-compared, so an edit that changes none of this
/// regenerates nothing.
/// </summary>
/// <param name="Modules">The bound modules: the root first, then its submodules breadth first.</param>
/// <param name="Ancestors">The classes outside <paramref name="Modules"/> that their classes derive from, directly or not.</param>
/// <param name="Referenced">The classes of the library's modules that no [PyImport] binds and their annotations name: declared once, hidden, as outside bases are.</param>
/// <param name="DeclarationsOnly">The program's precompiled bindings (a reference) bind the class too: the compilation
/// is an editor's that took the declaring file back as source, and the members need no bodies there (Emit.MemberBodies).</param>
internal sealed record BindingSpec(TargetTypeSpec Target, EquatableArray<BoundModuleSpec> Modules, BindingEnvironment Environment, RuntimeFeatures Features, EquatableArray<AncestorSpec> Ancestors = default, EquatableArray<AncestorSpec> Referenced = default, bool DeclarationsOnly = false)
{
    /// <summary>The root module's model.</summary>
    public ModuleSpec Module => Modules[0].Module;
}

/// <summary>A module bound into the target class: the root (an empty <see cref="Path"/>) or a submodule nested in it.</summary>
/// <param name="Module">The model, with C# names assigned for this place (a member may not take its class's name).</param>
/// <param name="Path">The C# names of the nested classes from the target down to this module: <c>[Linalg]</c> for <c>Np.Linalg</c>.</param>
/// <param name="StubPath">The stub file, where diagnostics about the module's members point.</param>
/// <param name="DefinesClasses">False when the module already appears earlier in the tree (<c>numpy.lib.scimath</c> is both
/// <c>Np.Emath</c> and <c>Np.Lib.Scimath</c>): its classes are generated once, at the first place.</param>
internal sealed record BoundModuleSpec(ModuleSpec Module, EquatableArray<string> Path, string StubPath, bool DefinesClasses);

/// <summary>
/// A base class that no module of the binding defines, read from its own module's stub (sklearn.base's
/// <c>RegressorMixin</c> for <c>sklearn.linear_model.LinearRegression</c>): the bound classes deriving from it get its
/// members, as their C# base where it is their first base, else as copies.
/// </summary>
/// <param name="StubPath">The path of its module's stub (where diagnostics about its members point).</param>
/// <param name="TypeVariables">The type variables of its module (its members' signatures name them).</param>
internal sealed record AncestorSpec(string Module, ClassSpec Class, string StubPath, EquatableArray<TypeVariableSpec> TypeVariables)
{
    /// <summary>The class's home module and qualified name, <c>sklearn.base.RegressorMixin</c>.</summary>
    public string PythonName => Module + "." + Class.QualifiedName;
}

/// <summary>What a binding may refer to beyond its own modules: the classes bound anywhere in the compilation, and a summary of every stub.</summary>
internal sealed record BindingEnvironment(EquatableArray<ClassRefSpec> BoundClasses, EquatableArray<ModuleSummary> Stubs)
{
    public static BindingEnvironment Empty { get; } = new(EquatableArray<ClassRefSpec>.Empty, EquatableArray<ModuleSummary>.Empty);
}

/// <summary>A Python class that has a generated C# type somewhere in the compilation.</summary>
/// <param name="PythonName">The class's home module and qualified name, <c>numpy.ndarray</c>.</param>
/// <param name="CSharpName">The generated type, <c>global::App.Np.Ndarray</c>.</param>
/// <param name="Owner">The metadata name of the <c>[PyImport]</c> class that generates it.</param>
/// <param name="Accessibility">The generated type's effective accessibility (public or internal).</param>
internal sealed record ClassRefSpec(string PythonName, string Module, string CSharpName, ClassKind Kind, bool IsCSharpEnum, string Owner, Accessibility Accessibility)
{
    /// <summary>The class's qualified name in its module (<c>Outer.Inner</c>).</summary>
    public string QualifiedName => PythonName.Substring(Module.Length + 1);
}

/// <summary>What the emitter needs to know about a stub it does not bind itself: its aliases and the kinds of its classes.</summary>
/// <param name="ReExports">The names it re-exports from another module: a class named by such a path is that module's.</param>
internal sealed record ModuleSummary(string Name, EquatableArray<TypeAliasSpec> Aliases, EquatableArray<ClassSummary> Classes, EquatableArray<ReExportSpec> ReExports);

/// <summary>A class of a stub, by qualified name, with its kind and enum members.</summary>
internal sealed record ClassSummary(string QualifiedName, ClassKind Kind, EnumSpec? Enum);

/// <summary>Features of the referenced PyBind.Runtime that change what the emitter writes.</summary>
[Flags]
internal enum RuntimeFeatures
{
    None = 0,

    /// <summary><c>PyBind.PyObject.AsTask&lt;T&gt;</c> exists: coroutines are bound as <c>Task&lt;T&gt;</c>.</summary>
    Async = 1,

    /// <summary>C# 13 or later and <c>OverloadResolutionPriorityAttribute</c> visible: <c>F(null)</c> for a union with None can be settled.</summary>
    OverloadResolutionPriority = 2,
}

/// <summary>One generated file, its text already Roslyn's (chunked, so a big file is no large-object string).</summary>
/// <remarks>Cacheability: equal when the hint names and the texts' contents are equal.</remarks>
internal sealed record GeneratedFile(string HintName, Microsoft.CodeAnalysis.Text.SourceText Text)
{
    public bool Equals(GeneratedFile? other) =>
        other is not null && HintName == other.HintName && Text.ContentEquals(other.Text);

    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(HintName) * 31) + Text.Length;
}

/// <summary>The emitter's output for one binding: its files, and the diagnostics about members it bound less precisely.</summary>
internal sealed record GeneratedBinding(string ModuleName, EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics);
