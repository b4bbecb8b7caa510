using System;
using System.Linq;
using PyBind.Testing.Architecture;
using Xunit;

namespace PyBind.Runtime.Tests.Architecture;

/// <summary>
/// The rules by which <see cref="SourceLayers"/> places a partial type spread over areas (the runtime's PyObject: its
/// core low down, its API above), on small sources written for each rule.
/// </summary>
public sealed class SourceLayersTests
{
    // A handle type documented in Low, with an API part in High; Low and Mid use it.
    private const string Core = """
        namespace P;
        /// <summary>The handle.</summary>
        public partial class Handle
        {
            public Handle(int value) { }
            public int Value => 0;
            public static Handle None => new(0);
            internal static int Check(int result) => result;
        }
        """;

    private const string Api = """
        namespace P;
        public partial class Handle : System.IDisposable
        {
            public Handle(string text) : this(text.Length) { }
            public string Describe() => "";
            public static Handle Parse(string text) => new(text);
            public void Dispose() { }
        }
        """;

    [Fact]
    public void TypeName_BelongsToTheAreaOfItsDocumentedPart()
    {
        SourceLayers layers = SourceLayers.FromSources(
            ("Low/Handle.cs", Core), ("High/Handle.Api.cs", Api),
            ("Mid/User.cs", "namespace P; class User { Handle? _handle; int Read(Handle h) => h.Value + Handle.Check(1); Handle Empty() => Handle.None; }"));

        Assert.Equal(["Low"], layers.References().Where(r => r.From == "Mid").Select(r => r.To).Distinct());
    }

    [Fact]
    public void Member_BelongsToTheAreaOfThePartDeclaringIt()
    {
        SourceLayers layers = SourceLayers.FromSources(
            ("Low/Handle.cs", Core), ("High/Handle.Api.cs", Api),
            ("Mid/User.cs", "namespace P; class User { string Show(Handle h) => h.Describe(); }"));

        AreaReference reference = Assert.Single(layers.References(), r => r.From == "Mid" && r.To == "High");
        Assert.Equal("P.Handle.Describe()", reference.Symbol);
    }

    [Fact]
    public void StaticMemberThroughTheTypeName_IsOneReferenceToTheMember()
    {
        SourceLayers layers = SourceLayers.FromSources(
            ("Low/Handle.cs", Core), ("High/Handle.Api.cs", Api),
            ("Mid/User.cs", "namespace P; class User { object Make() => Handle.Parse(\"x\"); }"));

        AreaReference reference = Assert.Single(layers.References(), r => r.From == "Mid");
        Assert.Equal(("High", "P.Handle.Parse(string)"), (reference.To, reference.Symbol));
    }

    [Fact]
    public void ConstructorDeclaredInAHigherPart_IsAReferenceToThatPart()
    {
        SourceLayers layers = SourceLayers.FromSources(
            ("Low/Handle.cs", Core), ("High/Handle.Api.cs", Api),
            ("Mid/User.cs", "namespace P; class User { Handle Low() => new(1); Handle High() => new Handle(\"x\"); }"));

        // Besides the constructors, the type named three times (two return types, one `new Handle`): Low.
        Assert.Equal(
            ["High P.Handle.Handle(string)", "Low P.Handle", "Low P.Handle", "Low P.Handle", "Low P.Handle.Handle(int)"],
            layers.References().Where(r => r.From == "Mid").Select(r => $"{r.To} {r.Symbol}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PartialTypeWithoutOneDocumentedArea_IsRefusedByName()
    {
        SourceLayers layers = SourceLayers.FromSources(
            ("Low/Handle.cs", Core.Replace("/// <summary>The handle.</summary>", "", StringComparison.Ordinal)), ("High/Handle.Api.cs", Api),
            ("Mid/User.cs", "namespace P; class User { Handle? _handle; }"));

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => layers.References().ToList());
        Assert.Contains("P.Handle is declared in High, Low and documented in none of them", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceAgainstTheLayers_FailsTheAssertionNamingIt()
    {
        SourceLayers layers = SourceLayers.FromSources(
            ("Low/Handle.cs", Core), ("High/Handle.Api.cs", Api),
            ("Low/Misuse.cs", "namespace P; class Misuse { string Show(Handle h) => h.Describe(); }"));

        Exception failure = Assert.ThrowsAny<Exception>(() => layers.AssertLayered([["Low"], ["High"]]));
        Assert.Contains("Low → High: Low/Misuse.cs:1 P.Handle.Describe()", failure.Message, StringComparison.Ordinal);
    }
}
