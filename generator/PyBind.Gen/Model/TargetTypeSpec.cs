using System.Linq;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Helpers;

namespace PyBind.Gen.Model;

/// <summary>
/// The user's <c>[PyImport]</c> class, reduced to what the emitter needs to reopen it as a partial declaration
/// (CommunityToolkit's <c>HierarchyInfo</c>): its namespace, the chain of containing types, its name and accessibility.
/// </summary>
/// <remarks>Cacheability: strings and enums only; no symbols.</remarks>
/// <param name="Namespace">The namespace, or an empty string for the global namespace.</param>
/// <param name="ContainingTypes">Outermost first.</param>
/// <param name="Name">The simple name, without type parameters.</param>
/// <param name="TypeParameters">The type parameter names, if the class is generic.</param>
/// <param name="FullyQualifiedMetadataName">The metadata name (<c>App.Outer+Np</c>), unique per type: the basis of the hint name.</param>
/// <param name="EffectiveAccessibility">The narrowest accessibility of the class and the types around it: other bindings
/// may refer to its wrapper classes only when it is <see cref="Accessibility.Public"/> or <see cref="Accessibility.Internal"/>.</param>
internal sealed record TargetTypeSpec(
    string Namespace,
    EquatableArray<ContainingTypeSpec> ContainingTypes,
    string Name,
    EquatableArray<string> TypeParameters,
    Accessibility Accessibility,
    string FullyQualifiedMetadataName,
    Accessibility EffectiveAccessibility = Accessibility.Public)
{
    /// <summary>Whether the class or a type around it is generic: its members cannot be named without type arguments.</summary>
    public bool IsInGenericType => !TypeParameters.IsEmpty || ContainingTypes.Any(c => !c.TypeParameters.IsEmpty);
}

/// <summary>A type that contains the target, as it must be redeclared: <c>partial record struct Outer&lt;T&gt;</c>.</summary>
/// <param name="Keyword">The declaration keyword: <c>class</c>, <c>struct</c>, <c>interface</c>, <c>record</c> or <c>record struct</c>.</param>
internal sealed record ContainingTypeSpec(string Keyword, string Name, EquatableArray<string> TypeParameters, bool IsStatic);

/// <summary>A <c>[PyImport("module")]</c> class found in the compilation: the input of the binding step.</summary>
/// <param name="AttributeLocation">Where binding diagnostics (stub not found…) point. Kept out of <see cref="BindingSpec"/>
/// so that moving the class in its file does not regenerate it.</param>
internal sealed record BindingRequest(TargetTypeSpec Target, string ModuleName, LocationInfo? AttributeLocation);
