using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace PyBind.Testing.Architecture;

/// <summary>
/// The references between the areas (top-level folders) of one project, as Roslyn binds its source: every name in
/// a file of one area that means a type or member declared in another area is an edge. The project's files are
/// compiled here against the test's own framework; errors of that compilation (a source generator's half missing)
/// do not matter as long as every name binds, which <see cref="AssertLayered"/> checks.
/// </summary>
/// <remarks>
/// A partial type may be spread over areas (a core low down, its API above): a member belongs to the area of the
/// declaration that declares it, and the type itself (its name as a type, its base list) to the area of its one
/// documented declaration, the part carrying its <c>///</c> summary, which must be unique. A type name that only
/// qualifies a static member (<c>PyObject.Check(…)</c>, <c>Python.Import(…)</c>) is not a reference of its own: the
/// member is.
/// </remarks>
public sealed class SourceLayers
{
    /// <summary>The area of the files at the project's root.</summary>
    public const string Root = "(root)";

    private readonly string _project;
    private readonly CSharpCompilation _compilation;

    private SourceLayers(string project, CSharpCompilation compilation)
    {
        _project = project;
        _compilation = compilation;
    }

    /// <summary>
    /// The source of <paramref name="projectFolder"/> (relative to the repository root), bound: its files, and the
    /// files its project links in (<c>&lt;Compile Include="…" Link="Area/File.cs"/&gt;</c>), which count in the area
    /// they are linked into.
    /// </summary>
    public static SourceLayers Load(string projectFolder)
    {
        string project = Path.Combine(RepositoryRoot(), projectFolder);
        CSharpParseOptions options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);
        IEnumerable<(string Source, string Path)> own = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(project, path)))
            .Select(path => (path, path));
        IEnumerable<(string Source, string Path)> linked = Directory.EnumerateFiles(project, "*.csproj")
            .SelectMany(file => XDocument.Load(file).Descendants("Compile"))
            .Where(item => item.Attribute("Include") is not null && item.Attribute("Link") is not null)
            .Select(item => (Path.GetFullPath(Path.Combine(project, item.Attribute("Include")!.Value)), Path.Combine(project, item.Attribute("Link")!.Value)));
        IEnumerable<SyntaxTree> trees = own.Concat(linked)
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file.Source), options, file.Path));
        return Compile(project, trees);
    }

    /// <summary>Sources given as text, each with its path relative to a project folder: for testing the rules themselves.</summary>
    public static SourceLayers FromSources(params (string Path, string Text)[] files)
    {
        string project = Path.Combine(Path.GetTempPath(), "layers");
        return Compile(project, files.Select(file => CSharpSyntaxTree.ParseText(
            file.Text, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview), Path.Combine(project, file.Path))));
    }

    private static SourceLayers Compile(string project, IEnumerable<SyntaxTree> trees)
    {
        IEnumerable<MetadataReference> references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => !Path.GetFileName(path).StartsWith("PyBind.", StringComparison.Ordinal))
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Layers", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        return new SourceLayers(project, compilation);
    }

    /// <summary>The area a source file belongs to: its top-level folder under the project, or <see cref="Root"/>.</summary>
    public string AreaOf(string path)
    {
        string relative = Path.GetRelativePath(_project, path);
        int separator = relative.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return separator < 0 ? Root : relative[..separator];
    }

    /// <summary>The areas that have source files.</summary>
    public IReadOnlyCollection<string> Areas() =>
        _compilation.SyntaxTrees.Select(tree => AreaOf(tree.FilePath)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every reference from one area to another: where it is and what it names.</summary>
    public IEnumerable<AreaReference> References()
    {
        foreach (SyntaxTree tree in _compilation.SyntaxTrees)
        {
            string from = AreaOf(tree.FilePath);
            SemanticModel model = _compilation.GetSemanticModel(tree);
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
            {
                // Constructors are members too: one declared in a part above its type's home is that part's.
                if (node is not (SimpleNameSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax) || IsDeclaredName(node))
                {
                    continue;
                }

                ISymbol? symbol = SymbolOf(node, model);
                if (symbol is null or INamespaceSymbol || QualifiesStaticMember(node, symbol, model) || HomeOf(symbol) is not { } to || to == from)
                {
                    continue;
                }

                FileLinePositionSpan line = node.GetLocation().GetLineSpan();
                yield return new AreaReference(from, to, $"{Path.GetRelativePath(_project, line.Path)}:{line.StartLinePosition.Line + 1}", symbol.ToDisplayString());
            }
        }
    }

    /// <summary>Names that bind to nothing (a reference this analysis would miss), as "file:line name".</summary>
    public IEnumerable<string> UnboundNames() =>
        _compilation.GetDiagnostics()
            .Where(d => d.Id is "CS0246" or "CS0103" or "CS0234" or "CS0117" or "CS1061")
            .Select(d => $"{Path.GetRelativePath(_project, d.Location.SourceTree!.FilePath)}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage(CultureInfo.InvariantCulture)}");

    /// <summary>
    /// Fails, listing each offending reference, unless every area is placed in <paramref name="layers"/> (lowest first)
    /// and refers only to areas of lower layers: areas of one layer are independent of each other.
    /// </summary>
    public void AssertLayered(IReadOnlyList<string[]> layers)
    {
        Assert.Empty(UnboundNames());
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int layer = 0; layer < layers.Count; layer++)
        {
            foreach (string area in layers[layer])
            {
                rank.Add(area, layer);
            }
        }

        string[] unplaced = Areas().Where(area => !rank.ContainsKey(area)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(unplaced.Length == 0, $"areas missing from the layering (place them in the test and the README's diagram): {string.Join(", ", unplaced)}");

        string[] backEdges = References()
            .Where(reference => rank[reference.To] >= rank[reference.From])
            .Select(reference => $"{reference.From} → {reference.To}: {reference.Where} {reference.Symbol}")
            .ToArray();
        Assert.True(backEdges.Length == 0, $"{backEdges.Length} references against the layering (lowest first: {string.Join(" < ", layers.Select(l => string.Join("|", l)))}):\n{string.Join("\n", backEdges)}");
    }

    /// <summary>
    /// The area <paramref name="symbol"/> belongs to: the area of its declaration, or, for a partial type or member
    /// declared in several areas, of its one documented declaration; null outside the project.
    /// </summary>
    /// <exception cref="InvalidOperationException">A symbol spread over areas has no documented declaration, or several in different areas.</exception>
    public string? HomeOf(ISymbol symbol)
    {
        symbol = symbol is IMethodSymbol { ReducedFrom: { } extension } ? extension : symbol.OriginalDefinition;
        string[] areas = symbol.DeclaringSyntaxReferences
            .Select(reference => AreaOf(reference.SyntaxTree.FilePath)).Distinct(StringComparer.Ordinal).ToArray();
        if (areas.Length <= 1)
        {
            return areas.FirstOrDefault();
        }

        string[] documented = symbol.DeclaringSyntaxReferences
            .Where(reference => reference.GetSyntax().GetLeadingTrivia().Any(trivia => trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)))
            .Select(reference => AreaOf(reference.SyntaxTree.FilePath)).Distinct(StringComparer.Ordinal).ToArray();
        return documented.Length == 1 ? documented[0]
            : throw new InvalidOperationException(
                $"{symbol.ToDisplayString()} is declared in {string.Join(", ", areas.Order(StringComparer.Ordinal))} and documented in " +
                $"{(documented.Length == 0 ? "none of them" : string.Join(", ", documented.Order(StringComparer.Ordinal)))}: give exactly one " +
                "area's declaration (the core part) its /// summary, so that the layering knows where the type lives.");
    }

    private static ISymbol? SymbolOf(SyntaxNode node, SemanticModel model)
    {
        SymbolInfo info = model.GetSymbolInfo(node);
        return info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
    }

    /// <summary>Whether <paramref name="node"/> names a type only to reach one of its static members (<c>Type.Member</c>): the member is the reference.</summary>
    private static bool QualifiesStaticMember(SyntaxNode node, ISymbol symbol, SemanticModel model) =>
        symbol is INamedTypeSymbol type
        && node.Parent is MemberAccessExpressionSyntax access && access.Expression == node
        && SymbolOf(access.Name, model) is { IsStatic: true, ContainingType: { } owner }
        && SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition, type.OriginalDefinition);

    /// <summary>Whether a name is the one a declaration introduces rather than a use (an alias or a named argument).</summary>
    private static bool IsDeclaredName(SyntaxNode node) =>
        node.Parent is NameColonSyntax or NameEqualsSyntax;

    private static bool IsBuildOutput(string relative) =>
        relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}

/// <summary>A name in area <see cref="From"/> that means <see cref="Symbol"/>, declared in area <see cref="To"/>.</summary>
public sealed record AreaReference(string From, string To, string Where, string Symbol);
