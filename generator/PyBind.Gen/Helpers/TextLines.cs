using Microsoft.CodeAnalysis.CSharp;

namespace PyBind.Gen.Helpers;

/// <summary>
/// Lines of a text as ranges, without cutting it: every line break C# knows ends a line (so text written behind
/// <c>///</c> can never end the comment early), and indentation is any white space.
/// </summary>
internal static class TextLines
{
    /// <summary>Where the line starting at <paramref name="start"/> ends: at the next line break C# knows, or the end.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    public static int LineEnd(string text, int start)
    {
        int end = start;
        while (end < text.Length && !SyntaxFacts.IsNewLine(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Where the line after the break at <paramref name="end"/> starts (past the end when there is none).</summary>
    public static int NextLineStart(string text, int end) =>
        end >= text.Length ? text.Length + 1 : end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);

    /// <summary>How many whitespace characters the range starts with (its length when it is blank).</summary>
    public static int Indentation(string text, int start, int end)
    {
        int i = start;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i - start;
    }

    /// <summary>How many whitespace characters a line starts with (its length when it is blank).</summary>
    public static int Indentation(string line) => Indentation(line, 0, line.Length);
}
