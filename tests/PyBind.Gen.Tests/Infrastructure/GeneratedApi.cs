using System.Collections.Immutable;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PyBind.Gen.Tests.Infrastructure;

/// <summary>The public API a binding generated, read from the output compilation's symbols, and calls against it.</summary>
internal static class GeneratedApi
{
    /// <summary>Every public class in namespace <paramref name="dottedNamespace"/> and nested in those, depth first.</summary>
    public static IEnumerable<INamedTypeSymbol> Classes(Compilation compilation, string dottedNamespace)
    {
        INamespaceSymbol root = compilation.GlobalNamespace;
        foreach (string part in dottedNamespace.Split('.'))
        {
            root = root.GetNamespaceMembers().Single(n => n.Name == part);
        }

        var pending = new Stack<INamedTypeSymbol>(root.GetTypeMembers());
        while (pending.Count > 0)
        {
            INamedTypeSymbol type = pending.Pop();
            if (type.DeclaredAccessibility != Accessibility.Public || type.TypeKind is not TypeKind.Class)
            {
                continue;
            }

            yield return type;
            foreach (INamedTypeSymbol nested in type.GetTypeMembers())
            {
                pending.Push(nested);
            }
        }
    }

    /// <summary>The public members a user sees on <paramref name="type"/>, as written in source (implicit ones left out).</summary>
    public static IEnumerable<ISymbol> PublicMembers(INamedTypeSymbol type) =>
        type.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared);

    /// <summary>
    /// A C# file with one call per generated method and constructor under <paramref name="dottedNamespace"/>, passing
    /// <c>default(T)</c> for each required parameter and nothing else: it compiles only if every such call picks exactly
    /// one overload (no CS0121, no CS0111).
    /// </summary>
    public static (SyntaxTree Tree, int Calls) CallsWithRequiredArguments(Compilation compilation, string dottedNamespace, string path)
    {
        var calls = new StringBuilder("namespace Calls;\n#nullable disable\npublic static class AllCalls\n{\n");
        int count = 0;
        foreach (INamedTypeSymbol type in Classes(compilation, dottedNamespace))
        {
            foreach (IMethodSymbol method in type.GetMembers().OfType<IMethodSymbol>().Where(IsBoundMember))
            {
                calls.Append("    public static void Call").Append(count++).Append("() { ").Append(Call(type, method)).Append(" }\n");
            }
        }

        calls.Append("}\n");
        return (CSharpSyntaxTree.ParseText(calls.ToString(), GeneratorHarness.ParseOptions, path: path), count);
    }

    /// <summary>
    /// A C# file with one call per required parameter that takes None (a nullable type) of every generated method under
    /// <paramref name="dottedNamespace"/>: <c>null</c> there, <c>default(T)</c> for the other required parameters. It
    /// compiles only if <c>null</c> for None always picks exactly one overload.
    /// </summary>
    public static (SyntaxTree Tree, int Calls) CallsPassingNullForNone(Compilation compilation, string dottedNamespace, string path)
    {
        var calls = new StringBuilder("namespace Calls;\n#nullable enable\npublic static class NullCalls\n{\n");
        int count = 0;
        foreach (INamedTypeSymbol type in Classes(compilation, dottedNamespace))
        {
            foreach (IMethodSymbol method in type.GetMembers().OfType<IMethodSymbol>().Where(IsBoundMember))
            {
                ImmutableArray<IParameterSymbol> parameters = method.Parameters;
                for (int i = 0; i < parameters.Length && !parameters[i].IsOptional && !parameters[i].IsParams; i++)
                {
                    if (TakesNone(parameters[i].Type))
                    {
                        calls.Append("    public static void Call").Append(count++).Append("() { ").Append(Call(type, method, nullAt: i)).Append(" }\n");
                    }
                }
            }
        }

        calls.Append("}\n");
        return (CSharpSyntaxTree.ParseText(calls.ToString(), GeneratorHarness.ParseOptions, path: path), count);
    }

    private static bool TakesNone(ITypeSymbol type) =>
        type.NullableAnnotation == NullableAnnotation.Annotated && type.TypeKind != TypeKind.TypeParameter
        && type.ToDisplayString() is not ("object?" or "PyBind.PyObject?");

    /// <summary>
    /// Compiles <paramref name="calls"/> against <paramref name="compilation"/> and asserts that there were at least
    /// <paramref name="atLeast"/> of them and that every one compiles (showing the first few errors otherwise).
    /// </summary>
    /// <returns>What was checked, for the test output: "N calls, M errors".</returns>
    public static string AssertEveryCallCompiles(Compilation compilation, (SyntaxTree Tree, int Count) calls, int atLeast, string what)
    {
        List<string> errors = ErrorsIn(compilation.AddSyntaxTrees(calls.Tree), calls.Tree);
        Xunit.Assert.True(calls.Count >= atLeast, $"only {calls.Count} {what} were found");
        Xunit.Assert.True(errors.Count == 0, $"{errors.Count} of {calls.Count} calls do not compile:\n" + string.Join("\n", errors.Take(20).Select(e => e.Replace("global::", string.Empty, System.StringComparison.Ordinal))));
        return $"{calls.Count} calls ({what}), {errors.Count} errors";
    }

    /// <summary>The errors of <paramref name="tree"/> in <paramref name="compilation"/>, each followed by the line it is on.</summary>
    public static List<string> ErrorsIn(Compilation compilation, SyntaxTree tree) =>
        compilation.GetSemanticModel(tree).GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d + "  // " + tree.GetText().Lines.GetLineFromPosition(d.Location.SourceSpan.Start).ToString().Trim())
            .ToList();

    private static bool IsBoundMember(IMethodSymbol method) =>
        method.DeclaredAccessibility == Accessibility.Public
        && method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor
        && !method.IsImplicitlyDeclared
        && !method.Parameters.Any(p => p.Type.ToDisplayString() == "nint");

    private static string Call(INamedTypeSymbol type, IMethodSymbol method, int nullAt = -1)
    {
        string typeArguments = method.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", method.TypeParameters.Select(TypeArgument)) + ">";
        string arguments = string.Join(", ", method.Parameters
            .TakeWhile(p => !p.IsOptional && !p.IsParams)
            .Select((p, i) => i == nullAt ? "null" : "default(" + Display(p.Type, method) + ")"));
        string typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return method.MethodKind == MethodKind.Constructor ? $"_ = new {typeName}({arguments});"
            : method.IsStatic ? $"{(method.ReturnsVoid ? string.Empty : "_ = ")}{typeName}.{method.Name}{typeArguments}({arguments});"
            : $"{(method.ReturnsVoid ? string.Empty : "_ = ")}default({typeName}).{method.Name}{typeArguments}({arguments});";
    }

    /// <summary>The parameter type with the method's type parameters replaced by their type arguments (<see cref="TypeArgument"/>).</summary>
    private static string Display(ITypeSymbol type, IMethodSymbol method)
    {
        string text = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        foreach (ITypeParameterSymbol parameter in method.TypeParameters)
        {
            text = Regex.Replace(text, $@"\b{parameter.Name}\b", TypeArgument(parameter));
        }

        return text;
    }

    /// <summary>A type argument that satisfies the type parameter: its type constraint if it has one, else <c>object</c>.</summary>
    private static string TypeArgument(ITypeParameterSymbol parameter) =>
        parameter.ConstraintTypes.Length > 0 ? parameter.ConstraintTypes[0].ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) : "object";
}
