using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using PyBind.Gen.Helpers;
using static PyBind.Gen.Helpers.TextLines;

namespace PyBind.Gen.Emit;

/// <summary>
/// Text as lines of an XML doc comment: every line escaped for XML and written behind its own <c>///</c>, and every
/// character that C# reads as a line break or XML refuses replaced, so no text can end the comment or break the file.
/// </summary>
internal static class XmlDocText
{
    /// <summary>
    /// Text made safe for an XML doc comment line: XML's special characters escaped, characters XML does not allow
    /// (controls, lone surrogates, U+FFFE/U+FFFF) replaced, and C#'s line terminators (which would end the <c>///</c>
    /// comment) turned into spaces.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    public static string Escape(string text) =>
        NeedsEscaping(text) ? AppendEscaped(new StringBuilder(text.Length + 16), text, 0, text.Length).ToString() : text;

    /// <summary>Appends <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, escaped as <see cref="Escape"/> says.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    private static StringBuilder AppendEscaped(StringBuilder result, string text, int start, int end)
    {
        int run = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\t' => "    ",
                _ when SyntaxFacts.IsNewLine(c) => " ",
                '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ when c < ' ' => "\uFFFD",
                _ when char.IsHighSurrogate(c) && (i + 1 >= end || !char.IsLowSurrogate(text[i + 1])) => "\uFFFD",
                _ when char.IsLowSurrogate(c) && (i == start || !char.IsHighSurrogate(text[i - 1])) => "\uFFFD",
                _ => null,
            };
            if (replacement is not null)
            {
                result.Append(text, run, i - run).Append(replacement);
                run = i + 1;
            }
        }

        return result.Append(text, run, end - run);
    }

    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    private static bool NeedsEscaping(string text)
    {
        foreach (char c in text)
        {
            if (c < ' ' || c is '&' or '<' or '>' or '\u0085' or '\u2028' or '\u2029' || c >= '\uD800' && (c <= '\uDFFF' || c >= '\uFFFE'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The paragraphs of <paramref name="text"/> (runs of lines that are not blank), each a <c>&lt;para&gt;</c> of comment
    /// lines, every line cut, escaped and prefixed at once.
    /// </summary>
    public static void AddParagraphs(List<string> lines, string text)
    {
        bool inParagraph = false;
        for (int start = 0, end; start <= text.Length; start = NextLineStart(text, end))
        {
            end = LineEnd(text, start);
            if (Indentation(text, start, end) == end - start)
            {
                if (inParagraph)
                {
                    lines.Add("/// </para>");
                    inParagraph = false;
                }
            }
            else
            {
                if (!inParagraph)
                {
                    lines.Add("/// <para>");
                    inParagraph = true;
                }

                lines.Add(CommentLine(text, start, end));
            }
        }

        if (inParagraph)
        {
            lines.Add("/// </para>");
        }
    }

    /// <summary>Every line of <paramref name="text"/> as a comment line (every line break C# knows ends a line).</summary>
    public static void AddCommentLines(List<string> lines, string text)
    {
        for (int start = 0, end; start <= text.Length; start = NextLineStart(text, end))
        {
            end = LineEnd(text, start);
            lines.Add(CommentLine(text, start, end));
        }
    }

    [ThreadStatic]
    private static StringBuilder? s_commentLine;

    /// <summary><c>/// </c> and a line of <paramref name="text"/> escaped, trailing white space trimmed: one string per line.</summary>
    private static string CommentLine(string text, int start, int end)
    {
        StringBuilder line = (s_commentLine ??= new StringBuilder()).Clear().Append("/// ");
        AppendEscaped(line, text, start, end);
        int length = line.Length;
        while (length > 0 && char.IsWhiteSpace(line[length - 1]))
        {
            length--;
        }

        return line.ToString(0, length);
    }

    /// <summary>An element over one or more lines; the text is escaped here.</summary>
    public static void AddBlock(List<string> lines, string tag, string text, string closeTag)
    {
        if (LineEnd(text, 0) == text.Length)
        {
            lines.Add($"/// <{tag}>{Escape(text)}</{closeTag}>");
            return;
        }

        lines.Add($"/// <{tag}>");
        AddCommentLines(lines, text);
        lines.Add($"/// </{closeTag}>");
    }
}
