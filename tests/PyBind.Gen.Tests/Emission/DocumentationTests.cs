using System;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Emission;

/// <summary>
/// The generated XML documentation, read the way an IDE reads it (<c>GetDocumentationCommentXml()</c> on the symbols of
/// a compilation parsed with documentation on), and docstrings that try to break out of it.
/// </summary>
public class DocumentationTests
{
    private const string Targets = """
        using PyBind;
        namespace App;
        [PyImport("numpy")] public static partial class Np;
        [PyImport("json")] public static partial class Json;
        [PyImport("textwrap")] public static partial class TextWrap;
        [PyImport("statistics")] public static partial class Stats;
        """;

    private static readonly Lazy<GeneratorHarness> s_bound = new(() => GeneratorHarness.Create([Targets], StubsCache.All()));

    private static XElement Documentation(string type, string method, Func<IMethodSymbol, bool>? which = null)
    {
        Compilation compilation = s_bound.Value.OutputCompilation;
        INamedTypeSymbol symbol = compilation.GetTypeByMetadataName(type) ?? throw new InvalidOperationException($"no type {type}");
        IMethodSymbol member = symbol.GetMembers(method).OfType<IMethodSymbol>().First(m => which?.Invoke(m) ?? true);
        XElement doc = IdeDocumentation.Read(member, compilation);
        Assert.True(doc.HasElements, $"{type}.{method} has no documentation");
        return doc;
    }

    private static string Text(XElement doc, string element, string? name = null) =>
        string.Join(" ", doc.Elements(element).Where(e => name is null || (string?)e.Attribute("name") == name).Select(e => e.Value)).Trim();

    [Fact]
    public void NumpyLinspace_HasItsSummaryParametersReturnsSignatureAndExamples()
    {
        XElement doc = Documentation("App.Np", "Linspace", m => m.Parameters.Any(p => p.Name == "num") && !m.Parameters.Any(p => p.Name == "retstep"));

        Assert.StartsWith("Return evenly spaced numbers over a specified interval.", Text(doc, "summary"), StringComparison.Ordinal);
        Assert.Contains("Number of samples to generate", Text(doc, "param", "num"), StringComparison.Ordinal);
        Assert.Contains("The starting value of the sequence", Text(doc, "param", "start"), StringComparison.Ordinal);
        Assert.Contains("samples", Text(doc, "returns"), StringComparison.Ordinal);
        Assert.Contains("numpy.linspace(start: ", Text(doc, "remarks"), StringComparison.Ordinal);
        Assert.Contains(">>> np.linspace(2.0, 3.0, num=5)", doc.Element("example")?.Value ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void NumpyLinspace_EndsWithItsPythonSignaturesAndStub_RightAboveTheDeclaration()
    {
        // Go-to-definition lands on the declaration: the comment's last lines are what the user sees above it.
        XElement doc = Documentation("App.Np", "Linspace", m => m.Parameters.Any(p => p.Name == "num") && !m.Parameters.Any(p => p.Name == "retstep"));

        XElement remarks = doc.Elements().Last();
        Assert.Equal("remarks", remarks.Name.LocalName);
        string[] paragraphs = remarks.Elements("para").Select(p => p.Value).ToArray();
        // The stub's folder and file, never the build machine's folders: the docs are the same on every machine.
        Assert.Equal("Stub: stubs-cache/numpy.pyi", paragraphs[^1]);
        Assert.StartsWith("numpy.linspace(start: ", paragraphs[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void NumpyLinalgInv_DocumentsTheGeneratedLinAlgError()
    {
        XElement doc = Documentation("App.Np+Linalg", "Inv");

        Assert.StartsWith("Compute the (multiplicative) inverse of a matrix.", Text(doc, "summary"), StringComparison.Ordinal);
        XElement exception = Assert.Single(doc.Elements("exception"));
        Assert.Equal("T:App.Np.Linalg.LinAlgError", (string?)exception.Attribute("cref"));
        Assert.Contains("not square or inversion fails", exception.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void StdlibFunctions_DocumentKeywordOnlyParameters()
    {
        XElement dumps = Documentation("App.Json", "Dumps", m => m.Parameters.Any(p => p.Name == "indent" && p.Type.SpecialType == SpecialType.System_String));
        XElement wrap = Documentation("App.TextWrap", "Wrap");
        XElement mean = Documentation("App.Stats", "Mean");

        Assert.StartsWith("Serialize ``obj`` to a JSON formatted ``str``.", Text(dumps, "summary"), StringComparison.Ordinal);
        Assert.Contains("json.dumps(obj: typing.Any, *, skipkeys: bool = False", Text(dumps, "remarks"), StringComparison.Ordinal);
        Assert.StartsWith("Wrap a single paragraph of text", Text(wrap, "summary"), StringComparison.Ordinal);
        Assert.Contains("Return the sample arithmetic mean of data.", Text(mean, "summary"), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryOverload_HasTheSummaryAndParameters_AndItsOwnSignature()
    {
        IMethodSymbol[] overloads = s_bound.Value.OutputCompilation.GetTypeByMetadataName("App.Np")!.GetMembers("Zeros").OfType<IMethodSymbol>().ToArray();

        Assert.True(overloads.Length > 1);
        foreach (IMethodSymbol overload in overloads)
        {
            XElement doc = IdeDocumentation.Read(overload, s_bound.Value.OutputCompilation);
            Assert.StartsWith("Return a new array of given shape and type, filled with zeros.", Text(doc, "summary"), StringComparison.Ordinal);
            Assert.Contains("Shape of the new array", Text(doc, "param", "shape"), StringComparison.Ordinal);
            Assert.Contains("numpy.zeros(shape: ", Text(doc, "remarks"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LaterOverloads_InheritTheDocsOfAnEarlierOneThatReadsTheSame_AndKeepTheirOwnPythonSignatures()
    {
        Compilation compilation = s_bound.Value.OutputCompilation;
        IMethodSymbol[] overloads = compilation.GetTypeByMetadataName("App.Np")!.GetMembers("Zeros").OfType<IMethodSymbol>().ToArray();
        var raw = overloads.ToDictionary(o => o.GetDocumentationCommentId()!, o => XElement.Parse(o.GetDocumentationCommentXml()!));

        // One line instead of the parameters' docs again, naming an overload of the group written in full (the
        // compiler resolved the cref); Zeros(shape, order, like) has no dtype, so it is written in full too.
        XElement[] inheriting = raw.Values.Where(d => d.Element("inheritdoc") is not null).ToArray();
        Assert.NotEmpty(inheriting);
        Assert.Contains(raw.Values, d => d.Element("inheritdoc") is null && !d.Elements("param").Any(p => (string?)p.Attribute("name") == "dtype"));
        foreach (XElement doc in inheriting)
        {
            Assert.Empty(doc.Elements("param"));
            XElement origin = raw[(string)doc.Element("inheritdoc")!.Attribute("cref")!];
            Assert.Null(origin.Element("inheritdoc"));
            IMethodSymbol overload = overloads.Single(o => raw[o.GetDocumentationCommentId()!] == doc);
            XElement expanded = IdeDocumentation.Read(overload, compilation);
            Assert.Equal(Text(origin, "summary"), Text(expanded, "summary"));
            Assert.Equal(Text(origin, "param", "dtype"), Text(expanded, "param", "dtype"));
            Assert.Contains("Shape of the new array", Text(expanded, "param", "shape"), StringComparison.Ordinal);
            Assert.Equal(doc.Element("remarks")!.Value, Assert.Single(expanded.Elements("remarks")).Value);
        }
    }

    [Fact]
    public void ASharedDocstring_HasItsDescriptionAndExamples_OnlyAtItsFirstUse()
    {
        IMethodSymbol[] overloads = s_bound.Value.OutputCompilation.GetTypeByMetadataName("App.Np")!.GetMembers("Zeros").OfType<IMethodSymbol>().ToArray();
        bool[] hasExamples = overloads.Select(o => IdeDocumentation.Read(o, s_bound.Value.OutputCompilation).Elements("example").Any()).ToArray();

        // The parts of a binding are written on several threads; the first in writing order is the first overload.
        Assert.True(hasExamples.Length > 1);
        Assert.True(hasExamples[0]);
        Assert.All(hasExamples.Skip(1), Assert.False);
    }

    [Fact]
    public void BindingNumpyAgain_WritesTheSameFilesAndDiagnostics_WhicheverThreadWroteWhat()
    {
        GeneratorHarness again = GeneratorHarness.Create([Targets], StubsCache.All());

        Assert.Equal(
            s_bound.Value.Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
            again.Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
        Assert.Equal(s_bound.Value.GeneratorDiagnostics.Select(d => d.ToString()), again.GeneratorDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void HostileDocstrings_CannotBreakTheCommentOrTheXml()
    {
        // Every way out of a /// comment or an XML element we know of, in docstrings, parameter docs and examples.
        string hostile = "Summary */ </summary> <b>bold</b> & ]]> <!-- #pragma warning disable\u2028public class Injected {}\u2029x\u0085y \u0000 nul \ud800 lone\r\nsecond line\rthird";
        string stub = TestStubs.WithHeader("hostile", $$"""
            def f(x: int) -> int:
                {{PythonString(hostile + "\n\nParameters\n----------\nx : int\n    The </param> value & " + hostile + "\n\nExamples\n--------\n>>> f(1) </code> ]]> \u2028 #endregion\n1\n")}}
                ...
            class C:
                {{PythonString(hostile)}}
                VALUE: int = 1
            """);

        GeneratorHarness harness = GeneratorHarness.Create(["[PyBind.PyImport(\"hostile\")] public static partial class Hostile;"], ("/stubs/hostile.pyi", stub));

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        string generated = harness.GeneratedSource("Hostile.g.cs");
        Assert.DoesNotContain("\u2028", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2029", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0085", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("\0", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", generated, StringComparison.Ordinal);
        Assert.Null(harness.OutputCompilation.GetTypeByMetadataName("Injected"));

        INamedTypeSymbol type = harness.OutputCompilation.GetTypeByMetadataName("Hostile")!;
        XElement doc = XElement.Parse(type.GetMembers("F").Single().GetDocumentationCommentXml()!);
        Assert.Contains("</summary> <b>bold</b> & ]]>", Text(doc, "summary"), StringComparison.Ordinal);
        Assert.Contains("The </param> value &", Text(doc, "param", "x"), StringComparison.Ordinal);
        Assert.Contains(">>> f(1) </code> ]]>", doc.Element("example")!.Value, StringComparison.Ordinal);
        XElement classDoc = XElement.Parse(type.GetMembers("C").Single().GetDocumentationCommentXml()!);
        Assert.StartsWith("Summary */ </summary>", Text(classDoc, "summary"), StringComparison.Ordinal);
    }

    /// <summary>A docstring literal as the dialect writes it: escapes for backslash, quotes and control characters.</summary>
    private static string PythonString(string value)
    {
        var text = new System.Text.StringBuilder("\"\"\"");
        foreach (char c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\n",
                < ' ' or '\u0085' or '\u2028' or '\u2029' or (>= '\ud800' and <= '\udfff') => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append("\"\"\"").ToString();
    }
}
