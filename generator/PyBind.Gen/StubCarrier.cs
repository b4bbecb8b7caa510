using System;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Stubs;

namespace PyBind.Gen;

/// <summary>
/// A stub carried to an editor in a C# file (<c>obj/…/pybind/editor/&lt;module&gt;.pyi.cs</c>, comments only), which
/// the stub watcher (<c>pybind-introspect watch</c>) writes when a stub changes while the project is open. Language
/// servers reload a changed C# file they are told of, but not a changed additional file: the carrier's text is the
/// stub's, so the generator binds the module as it now is. It wins over the additional file of the same module.
/// </summary>
/// <remarks>
/// The format (written by the watcher): <c>// &lt;auto-generated/&gt;</c>, then <c>// PyBind.Gen stub carrier: &lt;path of the .pyi&gt;</c>,
/// then each line of the stub after <c>//|</c>.
/// </remarks>
internal static class StubCarrier
{
    private const string Suffix = ".pyi.cs";
    private const string PathLine = "// PyBind.Gen stub carrier: ";
    private const string StubLine = "//|";

    public static bool IsCarrier(string path) => path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The stub a carrier holds, under the path of the stub it carries; <see langword="null"/> for another file.</summary>
    public static ParsedStub? Open(SyntaxTree tree, CancellationToken cancellationToken)
    {
        SourceText text = tree.GetText(cancellationToken);
        string? stubPath = null;
        var stub = new StringBuilder();
        foreach (TextLine line in text.Lines)
        {
            string content = line.ToString();
            if (content.StartsWith(StubLine, StringComparison.Ordinal))
            {
                stub.Append(content, StubLine.Length, content.Length - StubLine.Length).Append('\n');
            }
            else if (stubPath is null && content.StartsWith(PathLine, StringComparison.Ordinal))
            {
                stubPath = content.Substring(PathLine.Length).Trim();
            }
        }

        return stubPath is null ? null : StubReader.Open(stubPath, SourceText.From(stub.ToString()));
    }
}
