using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace PyBind.Gen.Helpers;

/// <summary>
/// Writes generated C# with indentation handled in one place (the Roslyn cookbook's advice: a text writer, not
/// <c>SyntaxFactory</c> plus <c>NormalizeWhitespace</c>). Multi-line text is re-indented line by line, and blank lines
/// get no trailing spaces, so docstrings and other embedded text cannot break the layout.
/// </summary>
internal sealed class IndentedTextWriter
{
    /// <summary>
    /// One tab per level: the bindings of a big package are megabytes of deeply nested code, and with four spaces a
    /// third of that is indentation, which costs time to write here and to read in the user's compilation.
    /// </summary>
    private const char IndentUnit = '\t';

    private readonly StringBuilder _builder = new();
    private int _depth;
    private bool _atLineStart = true;

    /// <summary>Other writers' texts, by position, in text order; null until the first.</summary>
    private List<Insertion>? _insertions;

    public IndentedTextWriter()
    {
    }

    /// <summary>A writer whose text will be inserted at <paramref name="depth"/> levels of indentation.</summary>
    public IndentedTextWriter(int depth) => _depth = depth;

    public int Depth => _depth;

    /// <summary>
    /// Inserts what another writer writes (for this writer's depth) here, unchanged and by reference: its text is
    /// copied only when the whole text is read (<see cref="ToText"/>), and a class of a big module is hundreds of
    /// kilobytes. The other writer may still be writing (on another thread); it must have ended its last line by the
    /// time this text is read.
    /// </summary>
    public void AppendRaw(IndentedTextWriter other)
    {
        if (!_atLineStart)
        {
            throw new InvalidOperationException("Only whole lines can be inserted, at the start of a line.");
        }

        (_insertions ??= []).Add(new Insertion(_builder.Length, other));
    }

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
    [System.Runtime.CompilerServices.MethodImpl(PyBind.Gen.Helpers.Jit.Optimized)]
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

    /// <summary>
    /// Writes an interpolated line without building the string first: the literal parts and the values are appended
    /// as they come. The parts must not contain line breaks (generated code lines; docstrings go through <see cref="Write"/>).
    /// </summary>
    public void WriteLine([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        _ = line;
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

    /// <summary>The finished text: inserted writers in their places, as pieces, not one string.</summary>
    public WrittenText ToText()
    {
        var text = new WrittenText();
        AddTo(text);
        return text;
    }

    /// <summary>The finished text as one string (small texts; see <see cref="ToText"/>).</summary>
    public override string ToString() => ToText().ToString();

    private void AddTo(WrittenText text)
    {
        int written = 0;
        if (_insertions is not null)
        {
            foreach (Insertion insertion in _insertions)
            {
                if (!insertion.Writer._atLineStart)
                {
                    throw new InvalidOperationException("An inserted writer must end its last line before the text is read.");
                }

                text.Add(_builder, written, insertion.Position - written);
                written = insertion.Position;
                insertion.Writer.AddTo(text);
            }
        }

        text.Add(_builder, written, _builder.Length - written);
    }

    [System.Runtime.CompilerServices.MethodImpl(PyBind.Gen.Helpers.Jit.Optimized)]
    private void WriteFragment(string text, int start, int length)
    {
        if (length == 0)
        {
            return;
        }

        if (_atLineStart)
        {
            _builder.Append(IndentUnit, _depth);

            _atLineStart = false;
        }

        _builder.Append(text, start, length);
    }

    private void EndLine()
    {
        _builder.Append('\n');
        _atLineStart = true;
    }

    /// <summary>Appends the parts of an interpolated line straight into the writer.</summary>
    [InterpolatedStringHandler]
    public readonly ref struct LineHandler
    {
        private readonly IndentedTextWriter _writer;

        public LineHandler(int literalLength, int formattedCount, IndentedTextWriter writer)
        {
            _ = literalLength;
            _ = formattedCount;
            _writer = writer;
            writer.StartLine();
        }

        public void AppendLiteral(string value) => _writer._builder.Append(value);

        public void AppendFormatted(string? value) => _writer._builder.Append(value);

        public void AppendFormatted(int value) => _writer._builder.Append(value);

        public void AppendFormatted(char value) => _writer._builder.Append(value);
    }

    private void StartLine()
    {
        if (_atLineStart)
        {
            _builder.Append(IndentUnit, _depth);

            _atLineStart = false;
        }
    }

    /// <summary>A place in the text for another writer's text.</summary>
    private readonly struct Insertion(int position, IndentedTextWriter writer)
    {
        public int Position { get; } = position;

        public IndentedTextWriter Writer { get; } = writer;
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
