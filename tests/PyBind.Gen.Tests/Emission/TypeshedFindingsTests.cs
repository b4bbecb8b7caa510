using System.Linq;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Emission;

/// <summary>
/// Constructs of typeshed's standard library that once broke the generated code (found by
/// <see cref="Typeshed.TypeshedStdlibTests"/>), each reduced to a small stub.
/// </summary>
public class TypeshedFindingsTests
{
    private static GeneratorHarness Bind(string body) => GeneratorHarness.BindModule(body);

    [Fact]
    public void ClassesNestedInAClass_WithLowerCaseNames_AreWrittenWhereTheyAreRegistered()
    {
        // imaplib.IMAP4.error / abort / readonly: registered with the runtime but never declared (CS0426).
        GeneratorHarness harness = Bind("""
            class IMAP4:
                class abort(Exception): ...
                class error(Exception): ...
                class helper: ...
            """);

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        INamedTypeSymbol imap = harness.OutputCompilation.GetTypeByMetadataName("App.Mod+IMAP4")!;
        Assert.Equal(["Abort", "Error", "Helper"], imap.GetTypeMembers().Select(t => t.Name).Order());
        Assert.Equal("PyException", imap.GetTypeMembers("Error").Single().BaseType!.Name);
    }

    [Fact]
    public void NestedExceptionDerivedFromItsSibling_IsAnExceptionOfThatClass()
    {
        // imaplib as normalized from typeshed: `class abort(error)` inside IMAP4 means IMAP4.error.
        GeneratorHarness harness = Bind("""
            class IMAP4:
                class abort(IMAP4.error): ...
                class error(Exception): ...
                class readonly(IMAP4.abort): ...
            """);

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        INamedTypeSymbol imap = harness.OutputCompilation.GetTypeByMetadataName("App.Mod+IMAP4")!;
        Assert.Equal("Error", imap.GetTypeMembers("Abort").Single().BaseType!.Name);
        Assert.Equal("Abort", imap.GetTypeMembers("Readonly").Single().BaseType!.Name);
    }

    [Fact]
    public void AnAwaitableThatIsNotTheDirectResultOfACall_IsAPyObject_AndSaysSo()
    {
        // types.AsyncGeneratorType.ag_await: Awaitable[Any] | None, a property; a Task there had no converter (CS0029).
        GeneratorHarness harness = Bind("""
            class Gen:
                @property
                def ag_await(self) -> collections.abc.Awaitable[int] | None: ...
                def pending(self) -> list[collections.abc.Awaitable[int]]: ...
                def maybe(self) -> collections.abc.Awaitable[int] | None: ...
                def direct(self) -> collections.abc.Awaitable[int]: ...
            """);

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        INamedTypeSymbol gen = harness.OutputCompilation.GetTypeByMetadataName("App.Mod+Gen")!;
        Assert.Equal("PyBind.PyObject?", gen.GetMembers("AgAwait").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        Assert.Equal("System.Collections.Generic.IList<PyBind.PyObject>", gen.GetMembers("Pending").OfType<IMethodSymbol>().Single().ReturnType.ToDisplayString());
        Assert.Equal("PyBind.PyObject?", gen.GetMembers("Maybe").OfType<IMethodSymbol>().Single().ReturnType.ToDisplayString());
        Assert.Equal("System.Threading.Tasks.Task<long>", gen.GetMembers("Direct").OfType<IMethodSymbol>().Single().ReturnType.ToDisplayString());
        Assert.Contains(harness.GeneratorDiagnostics, d => d.Id == "PYB0009" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'mod.Gen.ag_await'", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AnExceptionAttributeRedeclaredInASubclass_IsDeclaredNew()
    {
        // smtplib.SMTPSenderRefused.smtp_error, urllib.error.HTTPError.reason: CS0108 in the user's build.
        GeneratorHarness harness = Bind("""
            class BaseError(Exception):
                code: int
                reason: str
            class SubError(BaseError):
                reason: str
            """);

        Assert.Empty(harness.OutputProblems().Select(d => d.ToString()));
        Assert.Contains("public new string Reason", harness.GeneratedSource("App.Mod.g.cs"), System.StringComparison.Ordinal);
    }
}
