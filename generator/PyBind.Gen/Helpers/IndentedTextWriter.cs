using System;
using System.Text;

namespace PyBind.Gen.Helpers;

/// <summary>
/// Writes generated C# with indentation handled in one place (the Roslyn cookbook's advice: a text writer, not
/// <c>SyntaxFactory</c> plus <c>NormalizeWhitespace</c>). Multi-line text is re-indented line by line, and blank lines
/// get no trailing spaces, so docstrings and other embedded text cannot break the layout.
/// </summary>
internal sealed class IndentedTextWriter
{
    private const string IndentUnit = "    ";

    private readonly StringBuilder _builder = new();
    private int _depth;
    private bool _atLineStart = true;

    public int Depth => _depth;

    public void IncreaseIndent() => _depth++;

    public void DecreaseIndent()
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException("The indentation is already at the left margin.");
        }

        _depth--;
    }

    /// <summary>Writes text; every embedded line break starts a new, indented line.</summary>
    public void Write(string text)
    {
        int start = 0;
        while (start <= text.Length)
        {
            int lineBreak = text.IndexOf('\n', start);
            int end = lineBreak < 0 ? text.Length : lineBreak;
            int contentEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            WriteFragment(text, start, contentEnd - start);
            if (lineBreak < 0)
            {
                return;
            }

            EndLine();
            start = lineBreak + 1;
        }
    }

    public void WriteLine(string text)
    {
        Write(text);
        EndLine();
    }

    public void WriteLine() => EndLine();

    public void WriteLineIf(bool condition, string text)
    {
        if (condition)
        {
            WriteLine(text);
        }
    }

    /// <summary>Writes <paramref name="open"/>, indents, and writes <paramref name="close"/> when the block is disposed.</summary>
    public Block WriteBlock(string open = "{", string close = "}")
    {
        WriteLine(open);
        IncreaseIndent();
        return new Block(this, close);
    }

    public override string ToString() => _builder.ToString();

    private void WriteFragment(string text, int start, int length)
    {
        if (length == 0)
        {
            return;
        }

        if (_atLineStart)
        {
            for (int i = 0; i < _depth; i++)
            {
                _builder.Append(IndentUnit);
            }

            _atLineStart = false;
        }

        _builder.Append(text, start, length);
    }

    private void EndLine()
    {
        _builder.Append('\n');
        _atLineStart = true;
    }

    /// <summary>Closes a block opened by <see cref="WriteBlock"/>.</summary>
    public readonly struct Block : IDisposable
    {
        private readonly IndentedTextWriter _writer;
        private readonly string _close;

        internal Block(IndentedTextWriter writer, string close)
        {
            _writer = writer;
            _close = close;
        }

        public void Dispose()
        {
            _writer.DecreaseIndent();
            _writer.WriteLine(_close);
        }
    }
}
