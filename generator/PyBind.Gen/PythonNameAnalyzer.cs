using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Naming;

namespace PyBind.Gen;

/// <summary>
/// Tells a user who wrote Python's spelling of a bound name the C# one (PYB0013–PYB0015): <c>Np.linspace</c> →
/// <c>Linspace</c>, a keyword argument <c>max_rows:</c> → <c>maxRows:</c>, a keyword only <c>**kwargs</c> takes → its
/// dictionary. The mapping is the generator's own (<see cref="CSharpNames"/>), so the two cannot disagree.
/// </summary>
/// <remarks>
/// Only code that does not compile is looked at: the action is registered for invalid operations alone (a name or an
/// overload that failed to bind), so correct code costs nothing beyond the operation trees the driver builds. A name
/// the collision rule renamed (<c>count</c> → <c>Count_</c>, <c>nan</c> → <c>Nan_</c> beside <c>NaN</c>) is found
/// among the suffixed names and told apart by the Python name its documentation shows.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PythonNameAnalyzer : DiagnosticAnalyzer
{
    private static readonly SymbolDisplayFormat s_typeFormat = new(typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.PythonMemberName,
        DiagnosticDescriptors.PythonParameterName,
        DiagnosticDescriptors.KeywordArgumentOfKwargs);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(CompilationTypeNames.PyImportAttribute) is { } attributeType)
            {
                start.RegisterOperationAction(operationContext => Analyze(operationContext, attributeType), OperationKind.Invalid);
            }
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol attributeType)
    {
        SemanticModel model = context.Operation.SemanticModel!;
        switch (context.Operation.Syntax)
        {
            case MemberAccessExpressionSyntax or MemberBindingExpressionSyntax:
                CheckMember(context, model, (ExpressionSyntax)context.Operation.Syntax, attributeType);
                break;
            case InvocationExpressionSyntax invocation:
                // The callee's own failure is an invalid operation of its own, checked there; one that bound
                // (to an overload the arguments do not fit) leaves the arguments' names to check.
                if (invocation.Expression is MemberAccessExpressionSyntax or MemberBindingExpressionSyntax && !context.Operation.ChildOperations.Any(o => o.Syntax == invocation.Expression))
                {
                    CheckMember(context, model, invocation.Expression, attributeType);
                }

                CheckArguments(context, model, invocation, invocation.ArgumentList, attributeType);
                break;
            case BaseObjectCreationExpressionSyntax creation when creation.ArgumentList is { } arguments:
                CheckArguments(context, model, creation, arguments, attributeType);
                break;
        }
    }

    /// <param name="access">A member access, <c>Np.linspace</c>, or a member binding, <c>.groupby</c> in <c>df?.groupby</c>.</param>
    private static void CheckMember(OperationAnalysisContext context, SemanticModel model, ExpressionSyntax access, INamedTypeSymbol attributeType)
    {
        CancellationToken cancellationToken = context.CancellationToken;
        (SimpleNameSyntax name, ExpressionSyntax? receiverSyntax) = access is MemberAccessExpressionSyntax memberAccess
            ? (memberAccess.Name, memberAccess.Expression)
            : (((MemberBindingExpressionSyntax)access).Name, ConditionalReceiver(access));
        SymbolInfo bound = model.GetSymbolInfo(name, cancellationToken);
        if (receiverSyntax is null || bound.Symbol is not null || !bound.CandidateSymbols.IsEmpty)
        {
            return;
        }

        ITypeSymbol? receiver = model.GetSymbolInfo(receiverSyntax, cancellationToken).Symbol as ITypeSymbol ?? model.GetTypeInfo(receiverSyntax, cancellationToken).Type;
        if (receiver is not INamedTypeSymbol type || !IsGenerated(type, attributeType))
        {
            return;
        }

        string typed = name.Identifier.ValueText;
        if (CSharpMember(model, name.SpanStart, type, typed, attributeType, cancellationToken) is { } member)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.PythonMemberName,
                name.Identifier.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(DiagnosticDescriptors.CSharpNameProperty, member.Name),
                typed,
                member.Name,
                member.ContainingType.ToDisplayString(s_typeFormat) + "." + member.Name));
        }
    }

    /// <summary>What <c>?.</c> applies a member binding to: the expression before the conditional access whose tail holds it.</summary>
    private static ExpressionSyntax? ConditionalReceiver(ExpressionSyntax binding)
    {
        foreach (ConditionalAccessExpressionSyntax conditional in binding.Ancestors().OfType<ConditionalAccessExpressionSyntax>())
        {
            if (conditional.WhenNotNull.Span.Contains(binding.Span))
            {
                return conditional.Expression;
            }
        }

        return null;
    }

    /// <summary>
    /// The member of <paramref name="type"/> (or its bases) that binds the Python name <paramref name="typed"/>: the
    /// C# names the naming contract gives it (a member's, a class's), then those names with the collision rule's
    /// suffixes; where several members of generated types answer, the one whose documentation names Python's
    /// <paramref name="typed"/>.
    /// </summary>
    private static ISymbol? CSharpMember(SemanticModel model, int position, INamedTypeSymbol type, string typed, INamedTypeSymbol attributeType, CancellationToken cancellationToken)
    {
        var found = new List<ISymbol>();
        foreach (string name in new[] { CSharpNames.ToPascalCase(typed), CSharpNames.ToTypeName(typed) }.Distinct(StringComparer.Ordinal))
        {
            for (int taken = 0; ; taken++)
            {
                string candidate = taken switch { 0 => name, 1 => name + "_", _ => name + "_" + taken };
                ImmutableArray<ISymbol> symbols = model.LookupSymbols(position, type, candidate);
                if (symbols.IsEmpty && taken > 0)
                {
                    break;
                }

                found.AddRange(symbols.Where(s => s.ContainingType is { } container && IsGenerated(container, attributeType)));
            }
        }

        List<string> names = found.Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 1 && (names[0] == CSharpNames.ToPascalCase(typed) || names[0] == CSharpNames.ToTypeName(typed)))
        {
            return found[0];
        }

        // A renamed member, or several: the one documented as Python's name (a binding compiled without its XML
        // documentation shows none, and its one candidate is taken as it is).
        List<ISymbol> documented = found.Where(s => DocumentsPythonName(s, typed, cancellationToken)).ToList();
        return documented.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count() == 1 ? documented[0]
            : names.Count == 1 && found.All(s => string.IsNullOrEmpty(s.GetDocumentationCommentXml(cancellationToken: cancellationToken))) ? found[0]
            : null;
    }

    /// <summary>
    /// Whether the generated documentation of <paramref name="member"/> names Python's <paramref name="pythonName"/>:
    /// <c>&lt;c&gt;numpy.nan&lt;/c&gt;</c>, a signature <c>&lt;c&gt;bitarray.count(…</c>, a class <c>&lt;c&gt;ndarray&lt;/c&gt;</c>.
    /// </summary>
    private static bool DocumentsPythonName(ISymbol member, string pythonName, CancellationToken cancellationToken)
    {
        string? xml = member.GetDocumentationCommentXml(cancellationToken: cancellationToken);
        return xml is not null
            && (xml.Contains("." + pythonName + "</c>") || xml.Contains("." + pythonName + "(")
                || xml.Contains("<c>" + pythonName + "</c>") || xml.Contains("<c>" + pythonName + "("));
    }

    private static void CheckArguments(OperationAnalysisContext context, SemanticModel model, ExpressionSyntax call, ArgumentListSyntax arguments, INamedTypeSymbol attributeType)
    {
        if (!arguments.Arguments.Any(a => a.NameColon is not null))
        {
            return;
        }

        SymbolInfo bound = model.GetSymbolInfo(call, context.CancellationToken);
        List<IMethodSymbol> methods = (bound.Symbol is { } symbol ? [symbol] : bound.CandidateSymbols).OfType<IMethodSymbol>().ToList();
        if (methods.Count == 0 || !methods.All(m => IsGenerated(m.ContainingType, attributeType)))
        {
            return;
        }

        foreach (ArgumentSyntax argument in arguments.Arguments)
        {
            if (argument.NameColon is not { } nameColon)
            {
                continue;
            }

            string typed = nameColon.Name.Identifier.ValueText;
            if (methods.Any(m => m.Parameters.Any(p => p.Name == typed)))
            {
                continue;
            }

            string csharpName = CSharpNames.ToCamelCase(typed).TrimStart('@');
            Location location = nameColon.Name.GetLocation();
            if (methods.SelectMany(m => m.Parameters).FirstOrDefault(p => p.Name == csharpName) is { } parameter)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.PythonParameterName,
                    location,
                    ImmutableDictionary<string, string?>.Empty.Add(DiagnosticDescriptors.CSharpNameProperty, CSharpNames.EscapeKeyword(csharpName)),
                    typed,
                    CSharpNames.EscapeKeyword(csharpName),
                    Display((IMethodSymbol)parameter.ContainingSymbol) + "(" + CSharpNames.EscapeKeyword(csharpName) + ": ...)"));
            }
            else if (methods.SelectMany(m => m.Parameters).FirstOrDefault(p => KeywordValueType(p) is not null) is { } kwargs)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.KeywordArgumentOfKwargs,
                    location,
                    ImmutableDictionary<string, string?>.Empty
                        .Add(DiagnosticDescriptors.CSharpNameProperty, CSharpNames.EscapeKeyword(kwargs.Name))
                        .Add(DiagnosticDescriptors.KeywordDictionaryTypeProperty, DictionaryType(model, location.SourceSpan.Start, KeywordValueType(kwargs)!)),
                    typed,
                    Display((IMethodSymbol)kwargs.ContainingSymbol),
                    CSharpNames.EscapeKeyword(kwargs.Name),
                    KeywordValueType(kwargs)!.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
            }
        }
    }

    /// <summary><c>Dictionary&lt;string, <paramref name="valueType"/>&gt;</c> as code at <paramref name="position"/> names it (qualified where no using brings it).</summary>
    private static string? DictionaryType(SemanticModel model, int position, ITypeSymbol valueType) =>
        model.Compilation.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2")?
            .Construct(
                ImmutableArray.Create(model.Compilation.GetSpecialType(SpecialType.System_String), valueType),
                ImmutableArray.Create(NullableAnnotation.NotAnnotated, valueType.NullableAnnotation))
            .ToMinimalDisplayString(model, position);

    private static string Display(IMethodSymbol method) =>
        method.ContainingType.ToDisplayString(s_typeFormat) + "." + (method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name);

    /// <summary>
    /// The value type of a bound <c>**kwargs</c> (the key-value pairs of a dictionary of strings): <c>object?</c> for
    /// <c>**kwargs: Any</c>, <c>long</c> for <c>**kwargs: int</c>; null for any other parameter.
    /// </summary>
    private static ITypeSymbol? KeywordValueType(IParameterSymbol parameter) =>
        parameter.Type is INamedTypeSymbol { Name: "IEnumerable", TypeArguments.Length: 1 } pairs
        && pairs.TypeArguments[0] is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 } pair
        && pair.TypeArguments[0].SpecialType == SpecialType.System_String
            ? pair.TypeArguments[1]
            : null;

    /// <summary>Whether <paramref name="type"/> is, or is nested in, a <c>[PyImport]</c> class: a binding's module, submodule or wrapper class.</summary>
    private static bool IsGenerated(INamedTypeSymbol type, INamedTypeSymbol attributeType)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType)))
            {
                return true;
            }
        }

        return false;
    }
}
