using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using PyBind.Gen.Diagnostics;

namespace PyBind.Gen.CodeFixes;

/// <summary>
/// Renames Python's spelling of a bound member or keyword argument (PYB0013, PYB0014) to the C# name the analyzer
/// found, which it passes in the diagnostic's properties: the fix looks nothing up again.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PythonNameCodeFixProvider)), Shared]
public sealed class PythonNameCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.PythonMemberNameId, DiagnosticDescriptors.PythonParameterNameId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root is null || !diagnostic.Properties.TryGetValue(DiagnosticDescriptors.CSharpNameProperty, out string? name) || name is null)
            {
                continue;
            }

            SyntaxToken token = root.FindToken(diagnostic.Location.SourceSpan.Start);
            if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Span != diagnostic.Location.SourceSpan)
            {
                continue;
            }

            SyntaxToken renamed = SyntaxFactory.Identifier(token.LeadingTrivia, SyntaxKind.IdentifierToken, name, name.TrimStart('@'), token.TrailingTrivia);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use the C# name '{name}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceToken(token, renamed))),
                    equivalenceKey: diagnostic.Id),
                diagnostic);
        }
    }
}
