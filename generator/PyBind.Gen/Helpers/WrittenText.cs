using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace PyBind.Gen.Helpers;

/// <summary>
/// The finished text of a writer as the pieces it is made of (the writers' buffers, in order), never gathered into one
/// string: a big package's binding is megabytes of text, and each such string would be a copy in the large-object
/// heap, whose growth costs the compiler full collections. Roslyn reads it through a reader into its own chunked
/// <see cref="SourceText"/>, after which the writers' buffers are garbage.
/// </summary>
internal sealed class WrittenText
{
    private readonly List<Piece> _pieces = [];

    public int Length { get; private set; }

    internal void Add(StringBuilder source, int start, int count)
    {
        if (count > 0)
        {
            _pieces.Add(new Piece(source, start, count));
            Length += count;
        }
    }

    /// <summary>The text for Roslyn: read once, in chunks.</summary>
    public SourceText ToSourceText(Encoding encoding) => SourceText.From(new Reader(this), Length, encoding);

    public override string ToString()
    {
        var text = new StringBuilder(Length);
        char[] buffer = new char[4096];
        var reader = new Reader(this);
        for (int read; (read = reader.Read(buffer, 0, buffer.Length)) > 0;)
        {
            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    /// <summary>A range of one writer's buffer.</summary>
    private readonly struct Piece(StringBuilder source, int start, int count)
    {
        public StringBuilder Source { get; } = source;

        public int Start { get; } = start;

        public int Count { get; } = count;
    }

    /// <summary>Reads the pieces in order.</summary>
    private sealed class Reader(WrittenText text) : TextReader
    {
        private int _piece;
        private int _offset;

        public override int Peek() => _piece < text._pieces.Count ? text._pieces[_piece].Source[text._pieces[_piece].Start + _offset] : -1;

        public override int Read()
        {
            int next = Peek();
            if (next >= 0)
            {
                Advance(1);
            }

            return next;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            int total = 0;
            while (count > 0 && _piece < text._pieces.Count)
            {
                Piece piece = text._pieces[_piece];
                int chunk = Math.Min(count, piece.Count - _offset);
                piece.Source.CopyTo(piece.Start + _offset, buffer, index, chunk);
                Advance(chunk);
                index += chunk;
                count -= chunk;
                total += chunk;
            }

            return total;
        }

        private void Advance(int count)
        {
            _offset += count;
            if (_offset == text._pieces[_piece].Count)
            {
                _piece++;
                _offset = 0;
            }
        }
    }
}
