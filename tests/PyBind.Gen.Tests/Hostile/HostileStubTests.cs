using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Hostile;

/// <summary>
/// Hand-written stubs that attack the generator (Hostile/*.pyi, plus variants made here: CRLF line ends, raw control
/// characters, a 10,000-function module): it never fails, the output compiles and emits with no error or warning,
/// and nothing is injected — each binding has exactly the public members listed here, every docstring payload stays
/// inside a documentation comment, and the only directives are the generator's own.
/// </summary>
public sealed class HostileStubTests(HostileCorpus corpus) : IClassFixture<HostileCorpus>
{
    [Fact]
    public void HostileCorpus_GeneratesWithoutInternalErrors_AndCompilesAndEmitsWithoutErrorsOrWarnings()
    {
        Assert.DoesNotContain(corpus.Harness.GeneratorDiagnostics, d => d.Id == "PYB0012");
        // The one expected error is the syntax error of hostile_broken.pyi (its own test checks where).
        Assert.Equal(["PYB0005"], corpus.Harness.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id));
        Assert.Empty(corpus.Harness.OutputProblems().Select(d => d.ToString()).Take(5));

        // Some limits (metadata name lengths) are only checked when the assembly is written.
        using var assembly = new MemoryStream();
        EmitResult emitted = corpus.Harness.OutputCompilation.Emit(assembly);
        Assert.Empty(emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).Take(20));
        Assert.True(emitted.Success);
        Assert.Equal(HostileCorpus.Bindings.Length, corpus.Harness.Result.GeneratedSources.Count(s => s.HintName.StartsWith("App.", StringComparison.Ordinal)));
    }

    [Fact]
    public void KeywordNames_AreEscapedOrConverted_AndNothingElseIsGenerated()
    {
        Assert.Equal(
            [
                "@event",
                "@event.Await(long async, long await) : void",
                "@event.Class(long @class, long @int, string @event, long var, long value, long yield, long dynamic, long nameof, long where) : long",
                "@event.Contextual(long add, long remove, long get, long set, long init, long partial, long select, long let, long orderby, long group, long by, long into, long join, long on, long equals, long ascending, long descending, long when, long managed, long unmanaged, long notnull, long nint, long nuint, long args, long file, long required, long scoped, long field, long extension, long allows, long record, long arglist, long makeref, long reftype, long refvalue) : void",
                "@event.Event : long { get; }",
                "@event.Event_",
                "@event.Event_.Event_(long value, long? @out = null)",
                "@event.Event_.Field : long { get; set; }",
                "@event.Event_.Get(long set) : long",
                "@event.Event_.Init : long { get; set; }",
                "@event.Event_.Operator(long @implicit) : void",
                "@event.Event_.Static(long @readonly, long @const) : void",
                "@event.Event_.Value : long { get; set; }",
                "@event.Generic<T, T2>(T x, T2 y) : T",
                "@event.Int_",
                "@event.Int_.Default",
                "@event.Int_.Long",
                "@event.Int_.Value",
                "@event.Nameof : string { get; }",
                "@event.Nameof_(long nameof, long @typeof, long @sizeof, long @default, long @checked, long @stackalloc) : string",
                "@event.Params(IEnumerable<long>? @params = null, IEnumerable<KeyValuePair<string, long>>? @ref = null) : void",
                "@event.Params(params long[] @params) : void",
                "@event.Record : bool { get; }",
                "@event.String",
                "@event.String.Object : long { get; }",
                "@event.String.String(string message)",
                "@event.This(long @this, long @base, long @object, long @string, long @operator, long @implicit, long @explicit, long @new, long @null, long @true, long @false) : void",
            ],
            corpus.Api("App.@class.@event"));
    }

    [Fact]
    public void CollidingAndNonAsciiNames_FollowTheCollisionRule_AndNothingElseIsGenerated()
    {
        // Foo wins over FOO, Foo_, foo, foo_ (exact spelling first, then ordinal order); _foo is private, not the
        // module's API. hostile_names/HostileNames collide with the binding class (CS0542). 𝔘 is Python's U (NFKC);
        // 𐐀 has no compatibility form and C# takes no surrogate in an identifier: _U00010400.
        Assert.Equal(
            [
                "HostileNames",
                "HostileNames.Data",
                "HostileNames.Data.Value : long { get; set; }",
                "HostileNames.Foo() : void",
                "HostileNames.FooBar",
                "HostileNames.FooBar.Foo(long x, long x_, long x_2) : void",
                "HostileNames.FooBar.FooBar_ : long { get; set; }",
                "HostileNames.FooBar_ : long { get; }",
                "HostileNames.FooBar_2 : long { get; }",
                "HostileNames.FooBar_3 : long { get; }",
                "HostileNames.Foo_ : long { get; }",
                "HostileNames.Foo_2 : long { get; }",
                "HostileNames.Foo_3() : void",
                "HostileNames.Foo_4() : void",
                "HostileNames.Foo_Bar",
                "HostileNames.Foo_Bar.Dispose_() : void",
                "HostileNames.Foo_Bar.FooBar : long { get; set; }",
                "HostileNames.Foo_Bar.FooBar_() : void",
                "HostileNames.Foo_Bar.FooBar_2() : void",
                "HostileNames.Foo_Bar.GetHashCode_() : long",
                "HostileNames.Foo_Bar.Handle_() : long",
                "HostileNames.Foo_Bar.ToString_() : string",
                "HostileNames.Größe(long straße, long džemal) : void",
                "HostileNames.HostileNames_() : void",
                "HostileNames.HostileNames_2() : void",
                "HostileNames.U(long x) : long",
                "HostileNames._U00010400(long _U00010428) : void",
                "HostileNames._U00010414_U0001042F",
                "HostileNames._U00010414_U0001042F._U00010428() : void",
                "HostileNames._u2118(long _u2118X) : void",
                "HostileNames.数値(long 値) : void",
            ],
            corpus.Api("App.HostileNames"));
    }

    [Fact]
    public void UnusualShapes_AreBoundWithoutFailing_AndNothingElseIsGenerated()
    {
        Assert.Equal(
            [
                "Shapes",
                "Shapes.Box",
                "Shapes.Box.Get() : PyObject",
                "Shapes.Box.Map(Func<PyObject, object?> f) : Shapes.Box",
                "Shapes.Collapse(long x) : long",
                "Shapes.Collapsing(bool x) : byte[]",
                // int -> int and SupportsIndex -> str are one C# signature; (int, y) -> float stays apart, ranked after them.
                "Shapes.Collapsing(long x) : PyObject",
                "Shapes.Collapsing(long x, long? y = null) : double",
                "Shapes.Cycle",
                "Shapes.CycleA",
                "Shapes.CycleB",
                "Shapes.CycleError",
                "Shapes.CycleError.CycleError(string message)",
                "Shapes.CycleError2",
                "Shapes.CycleError2.CycleError2(string message)",
                "Shapes.Deep<T>(IEnumerable<KeyValuePair<string, T>> x) : IList<IDictionary<string, IList<(long, IDictionary<string, IList<IList<IList<IList<IList<IList<IList<IList<long>>>>>>>>>)>>>",
                "Shapes.DeepCallable(Func<PyObject, object?> f) : void",
                "Shapes.DeepUnion(IEnumerable? x) : void",
                "Shapes.DeepUnion(long? x) : void",
                "Shapes.Dunders",
                "Shapes.Dunders.GetEnumerator() : IEnumerator<string>",
                "Shapes.Dunders.Invoke(long x) : long",
                "Shapes.Dunders.operator +(Shapes.Dunders left, Shapes.Dunders right) : Shapes.Dunders",
                "Shapes.Dunders.operator -(Shapes.Dunders value) : Shapes.Dunders",
                "Shapes.Dunders.this[long key] : string { get; set; }",
                "Shapes.Empty",
                "Shapes.Huge",
                "Shapes.Huge.Count_ : Shapes.Huge { get; }",
                "Shapes.Huge.Huge_ : Shapes.Huge { get; }",
                "Shapes.Huge.Huge_2 : Shapes.Huge { get; }",
                "Shapes.Huge.Huge_3 : Shapes.Huge { get; }",
                "Shapes.Huge.ToString_ : Shapes.Huge { get; }",
                "Shapes.Json(object? value) : PyObject?",
                "Shapes.Loop(object? value, IEnumerable nested) : PyObject",
                "Shapes.OnlyInit",
                "Shapes.OnlyInit.OnlyInit()",
                "Shapes.SelfRef",
                "Shapes.SelfRef.Child : Shapes.SelfRef? { get; set; }",
                "Shapes.SelfRef.Clone() : Shapes.SelfRef",
                "Shapes.Small",
                "Shapes.Small.Min",
                "Shapes.Small.None",
                "Shapes.Small.Small",
                "Shapes.Small.ToString",
                "Shapes.WideTuple((long, long, long, long, long, long, long, long, long, long) x) : (long, long, long, long, long, long, long, long, long, long)",
            ],
            corpus.Api("App.Shapes"));
    }

    [Theory]
    [InlineData("App.Docs")]
    [InlineData("App.DocsCrlf")]
    public void HostileDocstrings_AreBoundToTheExpectedMembersOnly(string binding)
    {
        string name = binding.Substring(4);
        Assert.Equal(
            [
                name,
                $"{name}.Colour",
                $"{name}.Colour.Green : {name}.Colour {{ get; }}",
                $"{name}.Colour.Red : {name}.Colour {{ get; }}",
                $"{name}.Escape(string? text = null, string? mode = null) : string",
                $"{name}.Flags",
                $"{name}.Flags.A",
                $"{name}.Flags.B",
                $"{name}.Greeting : string {{ get; }}",
                $"{name}.Limit : long {{ get; }}",
                $"{name}.LongLine(long x) : long",
                $"{name}.Oops",
                $"{name}.Oops.Code : long {{ get; }}",
                $"{name}.Oops.Oops(string message)",
                $"{name}.Widget",
                $"{name}.Widget.Name : string {{ get; }}",
                $"{name}.Widget.Run(IEnumerable<long>? args = null, IEnumerable<KeyValuePair<string, string>>? kwargs = null) : void",
                $"{name}.Widget.Run(params long[] args) : void",
                $"{name}.Widget.Size : long {{ get; set; }}",
                $"{name}.Widget.Widget(long? size = null)",
            ],
            corpus.Api(binding));
    }

    [Fact]
    public void DocstringPayloads_StayInsideDocumentationComments_AndNoDirectiveIsInjected()
    {
        int canaries = 0;
        foreach (SyntaxTree tree in corpus.GeneratedTrees)
        {
            string text = tree.GetText().ToString();
            SyntaxNode root = tree.GetRoot();

            // C# ends a line (and so a /// comment) at CR, LF, NEL, LS and PS: only LF may be written.
            Assert.Equal(-1, text.IndexOfAny(['\r', '\u0085', '\u2028', '\u2029', '\0']));
            for (int at = text.IndexOf(HostileCorpus.Canary, StringComparison.Ordinal); at >= 0; at = text.IndexOf(HostileCorpus.Canary, at + 1, StringComparison.Ordinal))
            {
                canaries++;
                SyntaxTrivia trivia = root.FindTrivia(at, findInsideTrivia: false);
                Assert.True(
                    trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia),
                    $"{tree.FilePath}: '{Line(text, at)}' is outside a documentation comment ({trivia.Kind()})");
            }

            // The generator writes three directives at the top of each file; a docstring line such as '#pragma' or
            // '#error' must not become a fourth.
            string[] directives = root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective).Select(t => t.ToString().Trim()).ToArray();
            Assert.Equal(["#nullable enable annotations", "#nullable disable warnings", "#pragma warning disable CS1591, CS1573, CS0618, CS8669"], directives);
        }

        Assert.True(canaries > 60, $"only {canaries} canaries were found in the generated code");
        Assert.Empty(corpus.Harness.OutputCompilation.GetSymbolsWithName(n => n.Contains(HostileCorpus.Canary, StringComparison.Ordinal)));
    }

    [Fact]
    public void RawControlCharactersAndVeryLongLines_AreBound_AndTheirDocsParse()
    {
        Assert.Equal(["Raw", "Raw.F(long x) : long", "Raw.Long(long a) : void"], corpus.Api("App.Raw"));
        INamedTypeSymbol raw = corpus.Harness.OutputCompilation.GetTypeByMetadataName("App.Raw")!;
        string xml = raw.GetMembers("F").Single().GetDocumentationCommentXml()!;
        System.Xml.Linq.XElement doc = System.Xml.Linq.XElement.Parse(xml);
        Assert.Contains("nul", doc.Value, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', doc.Value);
        Assert.Contains(new string('x', 100_000), doc.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void TenThousandFunctions_InOneModule_AreAllBound()
    {
        string[] api = corpus.Api("App.Many");

        Assert.Equal(1 + HostileCorpus.ManyFunctions, api.Length);
        Assert.Equal(
            Enumerable.Range(0, HostileCorpus.ManyFunctions).Select(i => $"Many.Function{i}(long x{i}) : long").Order(StringComparer.Ordinal),
            api.Skip(1));
    }

    [Fact]
    public void NamesLongerThanMetadataAllows_AreShortened_AndStillFindThePythonName()
    {
        string[] api = corpus.Api("App.Long");

        Assert.Equal(9, api.Length); // the class, two functions, a class with an attribute and a method, an exception with its constructor and attribute
        Assert.All(api.SelectMany(a => a.Split(['.', '(', ')', ' ', ','], StringSplitOptions.RemoveEmptyEntries)), part => Assert.True(part.Length <= 480, $"{part.Length} characters"));
        Assert.Contains(api, a => a.StartsWith("Long.Fff", StringComparison.Ordinal) && a.Contains("(long ppp", StringComparison.Ordinal));
        Assert.Contains(api, a => a.StartsWith("Long._U00010400_U00010400", StringComparison.Ordinal));
        // The call still looks up the whole Python name.
        Assert.Contains("\"" + HostileCorpus.LongName('f') + "\"", corpus.Harness.GeneratedSource("App.Long.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedStub_IsReportedAtItsFileAndLine_AndTheRestIsBound()
    {
        Diagnostic error = Assert.Single(corpus.Harness.GeneratorDiagnostics, d => d.Id == "PYB0005");
        FileLinePositionSpan position = error.Location.GetLineSpan();

        Assert.Equal(Path.Combine(HostileCorpus.Folder, "hostile_broken.pyi"), position.Path);
        Assert.Equal((13, 23), (position.StartLinePosition.Line + 1, position.StartLinePosition.Character + 1));
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("expected an expression", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(
            ["Broken", "Broken.After(string x) : string", "Broken.Before(long x) : long", "Broken.Kept", "Broken.Kept.Method() : void"],
            corpus.Api("App.Broken"));
    }

    [Theory]
    [InlineData("namespace App.@class.@namespace;", "public static partial class @static;", "App.class.namespace.static.g.cs")]
    [InlineData("namespace Ünï.Cödé;", "public static partial class 数値Ⅻ;", "Ünï.Cödé.数値-216B.g.cs")]
    [InlineData("namespace A_b;", "public static partial class C\u203Fd;", "A_b.C-203Fd.g.cs")]
    [InlineData("", "public static partial class Outer { [PyImport(\"m\")] internal static partial class @params; }", "Outer+params.g.cs")]
    public void TargetsWithKeywordOrUnusualNames_GetAValidFileAndCompile(string namespaceDeclaration, string declaration, string hintName)
    {
        string attribute = declaration.Contains("PyImport", StringComparison.Ordinal) ? string.Empty : "[PyImport(\"m\")] ";
        GeneratorHarness harness = GeneratorHarness.Create(
            ["using PyBind;\n" + namespaceDeclaration + "\n" + attribute + declaration],
            ("/stubs/m.pyi", TestStubs.WithHeader("m", "class E(Exception): ...\ndef f(x: int) -> int: ...\n")));

        Assert.Empty(harness.GeneratorDiagnostics.Select(d => d.ToString()));
        Assert.Empty(harness.OutputProblems().Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + " " + d.Location.GetLineSpan()));
        Assert.Equal([hintName], harness.Result.GeneratedSources.Select(s => s.HintName).Where(h => h != "PyBind.Helpers.g.cs" && !h.StartsWith("PyBind", StringComparison.Ordinal)));
    }

    private static string Line(string text, int at)
    {
        int start = text.LastIndexOf('\n', at) + 1;
        int end = text.IndexOf('\n', at);
        string line = text[start..(end < 0 ? text.Length : end)].Trim();
        return line.Length > 160 ? line[..160] : line;
    }
}

/// <summary>The hostile stubs bound together in one compilation, generated once for all tests.</summary>
public sealed class HostileCorpus
{
    /// <summary>Docstrings mark what they try to inject with this word; it may appear only inside doc comments.</summary>
    public const string Canary = "INJECTED";

    public const int ManyFunctions = 10_000;

    /// <summary>A Python name of 2,000 characters: C# metadata names may not exceed 1,024 bytes.</summary>
    public static string LongName(char letter) => new(letter, 2000);

    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Hostile");

    /// <summary>Module → the binding class, declared as a user might (keywords escaped, several namespaces).</summary>
    public static readonly (string Module, string Namespace, string Class)[] Bindings =
    [
        ("hostile_keywords", "App.@class", "@event"),
        ("hostile_names", "App", "HostileNames"),
        ("hostile_shapes", "App", "Shapes"),
        ("hostile_docs", "App", "Docs"),
        ("hostile_docs_crlf", "App", "DocsCrlf"),
        ("hostile_raw", "App", "Raw"),
        ("hostile_many", "App", "Many"),
        ("hostile_long", "App", "Long"),
        ("hostile_broken", "App", "Broken"),
    ];

    private static readonly SymbolDisplayFormat s_member = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeContainingType,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName
            | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes
            | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat s_type = s_member.WithMemberOptions(SymbolDisplayMemberOptions.None);

    public HostileCorpus()
    {
        List<(string Path, string Text)> stubs = Directory.GetFiles(Folder, "*.pyi").Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))).ToList();
        string docs = stubs.Single(s => s.Path.EndsWith("hostile_docs.pyi", StringComparison.Ordinal)).Text;
        stubs.Add((Path.Combine(Folder, "hostile_docs_crlf.pyi"), docs.Replace("module: hostile_docs", "module: hostile_docs_crlf", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal)));
        stubs.Add((Path.Combine(Folder, "hostile_raw.pyi"), RawStub()));
        stubs.Add((Path.Combine(Folder, "hostile_many.pyi"), ManyStub()));
        stubs.Add((Path.Combine(Folder, "hostile_long.pyi"), TestStubs.WithHeader("hostile_long", $$"""
            def {{LongName('f')}}({{LongName('p')}}: int) -> int: ...
            def {{string.Concat(Enumerable.Repeat("\U00010400", 120))}}() -> None: ...
            class {{LongName('C')}}:
                {{LongName('a')}}: int
                def {{LongName('m')}}(self) -> None: ...
            class {{LongName('C')}}x(Exception):
                {{LongName('e')}}: str
            """)));

        var source = new StringBuilder("using PyBind;\n");
        foreach ((string module, string ns, string cls) in Bindings)
        {
            source.Append("namespace ").Append(ns).Append(" { [PyImport(\"").Append(module).Append("\")] public static partial class ").Append(cls).Append(" { } }\n");
        }

        Harness = GeneratorHarness.Create([source.ToString()], [.. stubs]);
        GeneratedTrees = Harness.OutputCompilation.SyntaxTrees.Where(t => t.FilePath.Contains("PyBind.Gen", StringComparison.Ordinal)).ToArray();
    }

    internal GeneratorHarness Harness { get; }

    public IReadOnlyList<SyntaxTree> GeneratedTrees { get; }

    /// <summary>
    /// Every public type and member under the binding class (itself included), as <c>Class.Nested.Member(type name, …) : type</c>
    /// with names relative to the binding's namespace, sorted ordinally. Accessors are shown in their property.
    /// </summary>
    public string[] Api(string bindingClass)
    {
        INamedTypeSymbol root = Harness.OutputCompilation.GetTypeByMetadataName(bindingClass.Replace("@", string.Empty, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{bindingClass} was not found");
        string prefix = root.ContainingNamespace.ToDisplayString() + ".";
        var result = new List<string>();
        var pending = new Stack<INamedTypeSymbol>([root]);
        while (pending.Count > 0)
        {
            INamedTypeSymbol type = pending.Pop();
            result.Add(Relative(type.ToDisplayString(s_type)));
            foreach (ISymbol member in type.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared))
            {
                switch (member)
                {
                    case INamedTypeSymbol nested:
                        pending.Push(nested);
                        break;
                    case IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet }:
                        break;
                    case IMethodSymbol method:
                        result.Add(Relative(method.ToDisplayString(s_member)) + (method.MethodKind is MethodKind.Constructor ? string.Empty : " : " + Relative(method.ReturnType.ToDisplayString(s_type))));
                        break;
                    case IPropertySymbol property:
                        string display = Relative(property.ToDisplayString(s_member));
                        int accessors = display.IndexOf(" {", StringComparison.Ordinal);
                        result.Add(display[..accessors] + " : " + Relative(property.Type.ToDisplayString(s_type)) + display[accessors..]);
                        break;
                    default:
                        result.Add(Relative(member.ToDisplayString(s_member)));
                        break;
                }
            }
        }

        return result.Order(StringComparer.Ordinal).ToArray();

        string Relative(string display) => display.Replace(prefix, string.Empty, StringComparison.Ordinal)
            .Replace("System.Collections.Generic.", string.Empty, StringComparison.Ordinal)
            .Replace("System.", string.Empty, StringComparison.Ordinal)
            .Replace("PyBind.", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>
    /// A docstring with raw control characters (not escaped as the dialect does: a NUL, C0 and C1 controls, line and
    /// paragraph separators, a lone surrogate) and a line of 100,000 characters; a signature line as long.
    /// </summary>
    private static string RawStub()
    {
        string raw = "raw \0 nul \u0001 soh \b backspace \v vt \f ff \u001B esc \u007F del \u0085 nel \u2028 ls \u2029 ps \uFEFF bom \uD800 lone \uFFFE nonchar "
            + new string('x', 100_000) + " */ INJECTED";
        return TestStubs.WithHeader(
            "hostile_raw",
            "import typing\n\ndef f(x: int) -> int:\n    \"" + raw + "\"\n    ...\n\ndef long_(a: int" + new string(' ', 100_000) + ") -> None: ...\n");
    }

    private static string ManyStub()
    {
        var body = new StringBuilder("import typing\n\n");
        for (int i = 0; i < ManyFunctions; i++)
        {
            body.Append("def function").Append(i).Append("(x").Append(i).Append(": int) -> int:\n    \"\"\"Function ").Append(i).Append(" */ INJECTED.\"\"\"\n    ...\n\n");
        }

        return TestStubs.WithHeader("hostile_many", body.ToString());
    }
}
