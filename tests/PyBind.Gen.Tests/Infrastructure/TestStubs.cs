using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using PyBind.Gen.Stubs;
using Xunit;

namespace PyBind.Gen.Tests.Infrastructure;

/// <summary>Reads stub text in tests, with a dialect header in front unless the test is about headers.</summary>
internal static class TestStubs
{
    /// <remarks>The body is ended with a line break if it lacks one, so tests can append lines.</remarks>
    public static string WithHeader(string module, string body) =>
        $"# pybind-stub: 1\n# module: {module}\n# module-version: 1.0\n# interpreter: CPython 3.11.2 linux x86_64\n# sources: runtime\n# content-hash: sha256:00\n{body}"
        + (body.Length == 0 || body.EndsWith('\n') ? string.Empty : "\n");

    /// <summary>The number of header lines <see cref="WithHeader"/> adds, for line-number assertions.</summary>
    public const int HeaderLines = 6;

    public static ParsedStub Read(string text, string path = "/stubs/test.pyi") =>
        StubReader.Read(path, SourceText.From(text), CancellationToken.None);

    /// <summary>Reads a stub body that must bind without errors or warnings, and returns its model.</summary>
    public static ModuleSpec Module(string body, string module = "test")
    {
        ParsedStub stub = Read(WithHeader(module, body), $"/stubs/{module}.pyi");
        Assert.Empty(stub.Diagnostics.Where(d => d.Descriptor.DefaultSeverity >= DiagnosticSeverity.Warning).Select(Describe));
        return Assert.IsType<ModuleSpec>(stub.Module);
    }

    public static string Describe(DiagnosticInfo diagnostic) => diagnostic.ToDiagnostic().ToString();
}
