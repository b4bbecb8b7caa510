using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PyBind.Gen.Naming;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Emission;

/// <summary>
/// A Python method named like one of PyObject's protocol helpers (shapely's <c>geom.contains(other)</c>) takes the name,
/// so that the call a Python user writes reaches Python's method, not PyObject's <c>Contains</c> (Python's <c>in</c>);
/// the names generated code and .NET idioms rely on (<c>Count</c>, <c>Dispose</c>, <c>As</c>…) stay reserved.
/// </summary>
public class PyObjectMemberNameTests
{
    private const string Stub = """
        class Region:
            def contains(self, other: mod.Region) -> bool: ...
            def count(self, x: int) -> int: ...
            def repr(self) -> str: ...
            def get_attr(self, name: str) -> int: ...
            def call(self, *args: typing.Any) -> int: ...
            def dispose(self) -> None: ...
            @property
            def has_attr(self) -> bool: ...
        class Square(mod.Region):
            def contains(self, other: mod.Region) -> bool: ...
            def getattr(self, name: str) -> int: ...
        class Membership:
            def contains(self, other: typing.Any) -> bool: ...
            def __contains__(self, item: int) -> bool: ...
        """;

    private static readonly SymbolDisplayFormat s_format = SymbolDisplayFormat.MinimallyQualifiedFormat
        .WithMemberOptions(SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeModifiers);

    [Fact]
    public void PythonMethodsNamedLikePyObjectHelpers_KeepTheirNames_AndHideOnlySameSignatures()
    {
        GeneratorHarness harness = GeneratorHarness.BindModule(Stub);

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        INamedTypeSymbol region = harness.OutputCompilation.GetTypeByMetadataName("App.Mod+Region")!;

        // contains(other: Region) does not have PyObject.Contains(object?)'s signature: an overload C# prefers, no 'new';
        // repr() and call(*args) have PyObject's Repr() and Call(params object?[]): 'new'.
        Assert.Equal(
            [
                "bool Contains(Region other): new=False",
                "long Call(params object?[] args): new=True",
                "long Count_(long x): new=False",
                "void Dispose_(): new=False",
                "long GetAttr(string name): new=True",
                "string Repr(): new=True",
            ],
            Declared(region, "Contains", "Call", "Count_", "Dispose_", "GetAttr", "Repr"));

        // A property hides every method of its name, so has_attr is HasAttr_; Count, the .NET length, and Dispose stay
        // PyObject's, and a name spelled otherwise than PyObject's (Getattr beside GetAttr) is renamed as before.
        Assert.Single(region.GetMembers("HasAttr_"));
        INamedTypeSymbol square = harness.OutputCompilation.GetTypeByMetadataName("App.Mod+Square")!;
        Assert.Equal(["bool Contains(Region other): new=True", "long Getattr_(string name): new=False"], Declared(square, "Contains", "Getattr_"));

        // A class with __contains__ keeps PyObject's Contains for Python's 'in'.
        Assert.Single(harness.OutputCompilation.GetTypeByMetadataName("App.Mod+Membership")!.GetMembers("Contains_"));
        string[] renamed = ["mod.Membership.contains", "mod.Region.count", "mod.Region.dispose", "mod.Region.has_attr", "mod.Square.getattr"];
        Assert.Equal(renamed, harness.GeneratorDiagnostics.Where(d => d.Id == "PYB0011")
            .Select(d => d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[1]).Order(StringComparer.Ordinal));
        Assert.Contains(
            "Python 'mod.Region.count' is bound as 'Count_' because 'Count' is already taken in 'mod.Region' by the inherited 'PyBind.PyObject.Count'",
            harness.GeneratorDiagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void ContainsCalledOnAWrapper_BindsToThePythonMethod_AndThroughPyObjectToPyObjects()
    {
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\nnamespace App;\n[PyImport(\"mod\")] public static partial class Mod;",
             """
             namespace App;
             static class Calls
             {
                 static void M(Mod.Region x, Mod.Region y, Mod.Square s, PyBind.PyObject p)
                 {
                     x.Contains(y);
                     s.Contains(x);
                     ((PyBind.PyObject)x).Contains(y);
                     x.Repr();
                     p.Repr();
                     x.Count_(1);
                     _ = x.Count;
                 }
             }
             """],
            ("/stubs/mod.pyi", TestStubs.WithHeader("mod", "import typing\n" + Stub)));

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        SyntaxTree calls = harness.OutputCompilation.SyntaxTrees.Single(t => t.ToString().Contains("static class Calls", StringComparison.Ordinal));
        SemanticModel model = harness.OutputCompilation.GetSemanticModel(calls);
        string[] bound = [.. calls.GetRoot().DescendantNodes()
            .Where(n => n is InvocationExpressionSyntax or MemberAccessExpressionSyntax { Parent: AssignmentExpressionSyntax })
            .Select(n => model.GetSymbolInfo(n).Symbol!.ToDisplayString(s_format))];
        Assert.Equal(
            [
                "Region.Contains(Region other)",
                "Square.Contains(Region other)",
                "PyObject.Contains(object? value)",
                "Region.Repr()",
                "PyObject.Repr()",
                "Region.Count_(long x)",
                "PyObject.Count",
            ],
            bound);
    }

    [Fact]
    public void PyObjectsPublicMembers_AreReservedOrListedWithTheirSignatures()
    {
        // The generator cannot see the runtime: its lists are checked against PyObject here.
        var expected = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (MemberInfo member in typeof(PyObject).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            if (member is ConstructorInfo or MethodInfo { IsSpecialName: true } or PropertyInfo { Name: "Item" } || ReservedNames.Common.Contains(member.Name))
            {
                continue;
            }

            if (!expected.TryGetValue(member.Name, out SortedSet<string>? keys))
            {
                expected[member.Name] = keys = new SortedSet<string>(StringComparer.Ordinal);
            }

            if (member is MethodInfo method)
            {
                keys.Add(method.GetGenericArguments().Length + "(" + string.Join(", ", method.GetParameters().Select(p => Key(p.ParameterType))) + ")");
            }
        }

        string[] listed = [.. ReservedNames.PyObjectMembers.Where(n => n != "Handle").Concat(ReservedNames.PyObjectMethodsPythonMayTake.Keys).Order(StringComparer.Ordinal)];
        Assert.Equal(expected.Keys, listed);
        foreach ((string name, System.Collections.Immutable.ImmutableArray<string> keys) in ReservedNames.PyObjectMethodsPythonMayTake)
        {
            Assert.Equal(expected[name], keys.Order(StringComparer.Ordinal));
        }

        Assert.NotNull(typeof(PyObject).GetProperty("Handle", BindingFlags.NonPublic | BindingFlags.Instance));
    }

    /// <summary>A parameter type as the generator's signature keys spell it (MethodPlan.SignatureKey).</summary>
    private static string Key(Type type) => type switch
    {
        { IsGenericParameter: true } => type.Name,
        { IsArray: true } => Key(type.GetElementType()!) + "[]",
        { IsGenericType: true } => "global::" + type.Namespace + "." + type.Name[..type.Name.IndexOf('`')] + "<" + string.Join(", ", type.GetGenericArguments().Select(Key)) + ">",
        _ when type == typeof(object) => "object",
        _ when type == typeof(string) => "string",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(long) => "long",
        _ when type == typeof(double) => "double",
        _ => "global::" + type.FullName,
    };

    private static string[] Declared(INamedTypeSymbol type, params string[] names) =>
        [.. names.SelectMany(n => type.GetMembers(n)).OfType<IMethodSymbol>()
            .Select(m => $"{m.ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)} {m.Name}({string.Join(", ", m.Parameters.Select(Parameter))}): new={IsNew(m)}")];

    private static string Parameter(IParameterSymbol p) =>
        (p.IsParams ? "params " : string.Empty) + p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier)) + " " + p.Name;

    private static bool IsNew(IMethodSymbol method) =>
        method.DeclaringSyntaxReferences.Single().GetSyntax() is MethodDeclarationSyntax syntax
        && syntax.Modifiers.Any(m => m.Text == "new");
}
