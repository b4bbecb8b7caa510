using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using PyBind.Gen.Diagnostics;

namespace PyBind.Gen.CodeFixes;

/// <summary>
/// Moves a keyword argument only <c>**kwargs</c> takes (PYB0015) into that dictionary: <c>Imwrite(p, img, quality: 90)</c>
/// → <c>Imwrite(p, img, @params: new Dictionary&lt;string, long&gt; { ["quality"] = 90 })</c>; into the dictionary the call
/// already passes when there is one.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeywordArgumentCodeFixProvider)), Shared]
public sealed class KeywordArgumentCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.KeywordArgumentOfKwargsId);

    /// <summary>None: each fix may write the dictionary argument the next one adds to.</summary>
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<ArgumentSyntax>() is not { NameColon: { } keyword, Parent: ArgumentListSyntax arguments } argument
                || !diagnostic.Properties.TryGetValue(DiagnosticDescriptors.CSharpNameProperty, out string? kwargs) || kwargs is null
                || !diagnostic.Properties.TryGetValue(DiagnosticDescriptors.KeywordDictionaryTypeProperty, out string? dictionaryType) || dictionaryType is null)
            {
                continue;
            }

            var dictionary = (ObjectCreationExpressionSyntax)SyntaxFactory.ParseExpression(
                $"new {dictionaryType} {{ [{SymbolDisplay.FormatLiteral(keyword.Name.Identifier.ValueText, quote: true)}] = {argument.Expression} }}");
            ExpressionSyntax entry = dictionary.Initializer!.Expressions[0];
            ArgumentSyntax? passed = arguments.Arguments.FirstOrDefault(a =>
                a.NameColon?.Name.Identifier.ValueText == kwargs.TrimStart('@') && a.Expression is BaseObjectCreationExpressionSyntax { Initializer: not null });
            ArgumentListSyntax fixedArguments = passed?.Expression is BaseObjectCreationExpressionSyntax { Initializer: { } initializer } creation
                ? arguments.WithArguments(SyntaxFactory.SeparatedList(arguments.Arguments
                    .Where(a => a != argument)
                    .Select(a => a == passed ? a.WithExpression(creation.WithInitializer(initializer.AddExpressions(entry))) : a)))
                : arguments.ReplaceNode(argument, SyntaxFactory.Argument(
                    SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(default, SyntaxKind.IdentifierToken, kwargs, kwargs.TrimStart('@'), default))),
                    default,
                    dictionary).WithTriviaFrom(argument));

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Pass '{keyword.Name.Identifier.ValueText}' in '{kwargs}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(arguments, fixedArguments.WithAdditionalAnnotations(Formatter.Annotation)))),
                    equivalenceKey: diagnostic.Id),
                diagnostic);
        }
    }
}
