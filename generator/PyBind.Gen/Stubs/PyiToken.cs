using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Model;

namespace PyBind.Gen.Stubs;

internal enum PyiTokenKind
{
    Name,
    Number,
    String,
    Operator,
    Newline,
    Indent,
    Dedent,
    EndOfFile,
}

/// <summary>A token of a stub. Spans are character offsets into the stub's text.</summary>
/// <remarks>A struct: a big stub is hundreds of thousands of tokens, kept in one array instead of as many objects.</remarks>
/// <param name="Text">The source text of a name or operator; empty for layout tokens.</param>
/// <param name="Literal">The decoded value of a number or string literal.</param>
/// <param name="IsFormatString">An f-string: its value is its raw text, which is not a literal.</param>
/// <param name="IsRecovery">A line end the tokenizer inserted to end a line whose bracket was never closed; that
/// error is already reported, so the parser does not report the statement it cuts short again.</param>
internal readonly record struct PyiToken(PyiTokenKind Kind, TextSpan Span, string Text, PyLiteral? Literal = null, bool IsFormatString = false, bool IsRecovery = false)
{
    public bool Is(PyiTokenKind kind, string text) => Kind == kind && Text == text;

    public bool IsOperator(string text) => Is(PyiTokenKind.Operator, text);

    public bool IsName(string text) => Is(PyiTokenKind.Name, text);

    public override string ToString() => Kind switch
    {
        PyiTokenKind.Name or PyiTokenKind.Operator => "'" + Text + "'",
        PyiTokenKind.Number or PyiTokenKind.String => Literal?.Display ?? Text,
        PyiTokenKind.Newline => "end of line",
        PyiTokenKind.Indent => "indent",
        PyiTokenKind.Dedent => "dedent",
        _ => "end of file",
    };
}

/// <summary>A problem found while reading a stub, located by span; the stub reader turns it into a diagnostic.</summary>
internal readonly record struct PyiSyntaxError(TextSpan Span, string Message);
