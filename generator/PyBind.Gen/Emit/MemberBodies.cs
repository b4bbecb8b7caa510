using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PyBind.Gen.Emit;

/// <summary>
/// A generated file with every member body replaced by <c>=&gt; throw null!;</c>, without the private fields that
/// served the bodies: declarations and docs only, for a class that an editor compiles as source while the program's
/// precompiled bindings bind it too (<see cref="Model.BindingSpec.DeclarationsOnly"/>). Completion needs the
/// signatures, hover the docs; the rest was bound again after every edit (tests/PyBind.Gen.Benchmarks/Editor). Nothing
/// runs these members: a build compiles the precompiled bindings and never the declaring file beside them.
/// </summary>
internal static class MemberBodies
{
    // Doc comments stay comment trivia (DocumentationMode.None): their text is copied, not parsed.
    private static readonly CSharpParseOptions Options = new(LanguageVersion.Preview, DocumentationMode.None);

    public static SourceText Remove(SourceText text, CancellationToken cancellationToken)
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText(text, Options, cancellationToken: cancellationToken).GetRoot(cancellationToken);
        return new Remover(cancellationToken).Visit(root).GetText(Encoding.UTF8);
    }

    private sealed class Remover(CancellationToken cancellationToken) : CSharpSyntaxRewriter
    {
        private static readonly ArrowExpressionClauseSyntax Throw = SyntaxFactory.ArrowExpressionClause(
            SyntaxFactory.Token(SyntaxKind.EqualsGreaterThanToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.ParseExpression("throw null!"));

        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return base.VisitClassDeclaration(node);
        }

        // Members are not visited further: what is inside a body goes with it.
        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) => WithoutBody(node);

        public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) => WithoutBody(node);

        public override SyntaxNode? VisitDestructorDeclaration(DestructorDeclarationSyntax node) => WithoutBody(node);

        public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node) => WithoutBody(node);

        public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node) => WithoutBody(node);

        public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node) =>
            node.Body is null && node.ExpressionBody is null
                ? node
                : OnOneLine(node, node.Body).WithBody(null).WithExpressionBody(Throw).WithSemicolonToken(SemicolonAfter(node.Body, node.SemicolonToken));

        // The bodies' cached Python objects and converters: without the bodies nothing reads them.
        public override SyntaxNode? VisitFieldDeclaration(FieldDeclarationSyntax node) =>
            node.Modifiers.Any(SyntaxKind.PrivateKeyword) ? null : node;

        public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node) =>
            node.ExpressionBody is null ? base.VisitPropertyDeclaration(node) : node.WithExpressionBody(Throw);

        public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node) =>
            node.ExpressionBody is null ? base.VisitIndexerDeclaration(node) : node.WithExpressionBody(Throw);

        private static BaseMethodDeclarationSyntax WithoutBody(BaseMethodDeclarationSyntax node) =>
            node.Body is null && node.ExpressionBody is null
                ? node
                : OnOneLine(node, node.Body).WithBody(null).WithExpressionBody(Throw).WithSemicolonToken(SemicolonAfter(node.Body, node.SemicolonToken));

        /// <summary>The declaration without the line break before its body: <c>=&gt; throw null!;</c> ends its line.</summary>
        private static T OnOneLine<T>(T node, BlockSyntax? body)
            where T : SyntaxNode
        {
            if (body is null)
            {
                return node;
            }

            SyntaxToken before = body.GetFirstToken().GetPreviousToken();
            return node.ReplaceToken(before, before.WithTrailingTrivia());
        }

        /// <summary>The line break after the body stays: a doc comment on the next line must start its own line.</summary>
        private static SyntaxToken SemicolonAfter(BlockSyntax? body, SyntaxToken semicolon) =>
            SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(body?.GetTrailingTrivia() ?? semicolon.TrailingTrivia);
    }
}
