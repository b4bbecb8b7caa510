using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Stubs;

namespace PyBind.Gen;

/// <summary>
/// The rules a <c>[PyImport]</c> declaration must follow, in one place: <see cref="PyImportAnalyzer"/> reports them
/// (an analyzer's diagnostics reach the editor as the user types; a generator's only reach a build), and the generator
/// binds no declaration that breaks one.
/// </summary>
internal static class PyImportDeclaration
{
    /// <summary>The module the attribute names, or null when its argument is not a string constant.</summary>
    public static string? ModuleName(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;

    /// <summary>
    /// What is wrong with the declaration of <paramref name="symbol"/> (<paramref name="declaration"/>, the one carrying
    /// <paramref name="attribute"/>), in source order of the fix: the module name, the class, the types around it.
    /// Lazy, so that the generator stops at the first.
    /// </summary>
    public static IEnumerable<Diagnostic> Problems(INamedTypeSymbol symbol, ClassDeclarationSyntax declaration, AttributeData attribute, CancellationToken cancellationToken)
    {
        string? moduleName = ModuleName(attribute);
        if (moduleName is null || !StubReader.IsModuleName(moduleName))
        {
            yield return Diagnostic.Create(DiagnosticDescriptors.InvalidModuleName, AttributeLocation(attribute, declaration, cancellationToken), moduleName ?? "null");
        }

        if (!symbol.IsStatic || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            yield return Diagnostic.Create(
                DiagnosticDescriptors.TargetNotStaticPartial,
                declaration.Identifier.GetLocation(),
                DisplayName(symbol),
                moduleName ?? string.Empty,
                Accessibility(declaration) + "static partial class " + declaration.Identifier.ValueText);
        }

        for (INamedTypeSymbol? containing = symbol.ContainingType; containing is not null; containing = containing.ContainingType)
        {
            bool isPartial = containing.DeclaringSyntaxReferences
                .Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax type && type.Modifiers.Any(SyntaxKind.PartialKeyword));
            if (!isPartial)
            {
                yield return Diagnostic.Create(
                    DiagnosticDescriptors.ContainingTypeNotPartial,
                    containing.Locations.FirstOrDefault(),
                    DisplayName(containing),
                    DisplayName(symbol));
            }
        }
    }

    /// <summary>Where diagnostics about the binding as a whole point: the attribute, <c>PyImport("numpy")</c>.</summary>
    public static Location AttributeLocation(AttributeData attribute, ClassDeclarationSyntax declaration, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? declaration.Identifier.GetLocation();

    private static string DisplayName(INamedTypeSymbol symbol) => symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);

    /// <summary>The declaration's accessibility keywords as written (<c>public </c>), for the corrected declaration.</summary>
    private static string Accessibility(ClassDeclarationSyntax declaration) =>
        string.Concat(declaration.Modifiers
            .Where(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword) || m.IsKind(SyntaxKind.PrivateKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword))
            .Select(m => m.ValueText + " "));
}
