using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PyBind.Gen.Helpers;
using static PyBind.Gen.Helpers.TextLines;

namespace PyBind.Gen.Emit;

/// <summary>
/// Reads a docstring the way Python's tools lay it out: <c>inspect.cleandoc</c>'s indentation, the summary (its first
/// paragraph, after a builtin's leading signature), the rest of the description, and the numpydoc sections
/// (<c>Parameters</c> over <c>----------</c>) or Google ones (<c>Args:</c>) XML documentation has a place for.
/// Knows nothing of XML or C#: <see cref="RenderedDocstring"/> turns its result into comment lines.
/// </summary>
internal static class DocstringParser
{
    private static readonly HashSet<string> s_numpydocSections = new(StringComparer.OrdinalIgnoreCase)
    {
        "Parameters", "Other Parameters", "Returns", "Yields", "Receives", "Raises", "Warns", "Warnings", "See Also", "Notes",
        "References", "Examples", "Attributes", "Methods",
    };

    private static readonly Dictionary<string, string> s_googleSections = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Args"] = "Parameters", ["Arguments"] = "Parameters", ["Parameters"] = "Parameters", ["Keyword Args"] = "Parameters",
        ["Keyword Arguments"] = "Parameters", ["Returns"] = "Returns", ["Return"] = "Returns", ["Yields"] = "Yields",
        ["Raises"] = "Raises", ["Examples"] = "Examples", ["Example"] = "Examples", ["Note"] = "Notes", ["Notes"] = "Notes",
        ["See Also"] = "See Also", ["Attributes"] = "Attributes", ["Warnings"] = "Warnings", ["Warning"] = "Warnings",
    };

    /// <summary>Parses a docstring: the summary (its first paragraph), the rest of the description, and the known sections.</summary>
    public static ParsedDocstring Parse(string? docstring)
    {
        if (string.IsNullOrWhiteSpace(docstring))
        {
            return ParsedDocstring.Empty;
        }

        List<string> lines = CleanDoc(docstring!);
        var result = new ParsedDocstring();
        var description = new List<string>();
        int i = 0;
        while (i < lines.Count)
        {
            if (SectionAt(lines, i, out string section, out int bodyStart))
            {
                int end = bodyStart;
                while (end < lines.Count && !SectionAt(lines, end, out _, out _))
                {
                    end++;
                }

                ReadSection(result, section, lines.GetRange(bodyStart, end - bodyStart));
                i = end;
                continue;
            }

            description.Add(lines[i]);
            i++;
        }

        // Paragraphs: runs of lines that are not blank, as [start, end) pairs of description lines.
        var runs = new List<int>();
        for (int line = 0; line < description.Count;)
        {
            if (IsBlank(description[line]))
            {
                line++;
                continue;
            }

            runs.Add(line);
            while (line < description.Count && !IsBlank(description[line]))
            {
                line++;
            }

            runs.Add(line);
        }

        // Builtins and ufuncs start with their signature (`sqrt(x, /, out=None, ...)`), which the remarks already give.
        int first = 0;
        if (runs.Count > 2 && LooksLikeSignature(Join(description, runs[0], runs[1])))
        {
            first = 2;
        }

        if (first < runs.Count)
        {
            result.Summary = Join(description, runs[first], runs[first + 1]);
            var extended = new StringBuilder();
            for (int run = first + 2; run < runs.Count; run += 2)
            {
                if (extended.Length > 0)
                {
                    extended.Append("\n\n");
                }

                for (int line = runs[run]; line < runs[run + 1]; line++)
                {
                    extended.Append(line > runs[run] ? "\n" : string.Empty).Append(description[line]);
                }
            }

            result.Extended = extended.ToString();
        }

        return result;
    }

    private static bool IsBlank(string line) => Indentation(line) == line.Length;

    /// <summary>Lines <paramref name="start"/> to <paramref name="end"/> (exclusive) joined by line breaks.</summary>
    private static string Join(List<string> lines, int start, int end) =>
        end - start == 1 ? lines[start] : string.Join("\n", lines.GetRange(start, end - start));

    private static bool LooksLikeSignature(string paragraph)
    {
        string first = paragraph.Trim();
        int open = first.IndexOf('(');
        return open > 0 && first.EndsWith(")", StringComparison.Ordinal) && first.Substring(0, open).All(c => char.IsLetterOrDigit(c) || c is '_' or '.')
            || first.StartsWith("--", StringComparison.Ordinal);
    }

    /// <summary>Python's <c>inspect.cleandoc</c>: tabs expanded, the first line stripped, the common indentation of the rest removed.</summary>
    /// <remarks>Works on line ranges and cuts each kept line out of the docstring once: docstrings are most of a stub.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    private static List<string> CleanDoc(string docstring)
    {
        string text = docstring.IndexOf('\t') >= 0 ? docstring.Replace("\t", "        ") : docstring;
        var ranges = new List<(int Start, int End)>();
        for (int lineStart = 0, lineEnd; lineStart <= text.Length; lineStart = NextLineStart(text, lineEnd))
        {
            lineEnd = LineEnd(text, lineStart);

            // Right-trimmed: a line is blank exactly when its range is empty.
            int end = lineEnd;
            while (end > lineStart && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            ranges.Add((lineStart, end));
        }

        int indent = int.MaxValue;
        for (int i = 1; i < ranges.Count; i++)
        {
            int leading = Indentation(text, ranges[i].Start, ranges[i].End);
            if (leading < ranges[i].End - ranges[i].Start)
            {
                indent = Math.Min(indent, leading);
            }
        }

        (int firstStart, int firstEnd) = ranges[0];
        ranges[0] = (firstStart + Indentation(text, firstStart, firstEnd), firstEnd);
        for (int i = 1; i < ranges.Count; i++)
        {
            (int rangeStart, int rangeEnd) = ranges[i];
            int cut = indent == int.MaxValue || rangeEnd - rangeStart < indent ? Indentation(text, rangeStart, rangeEnd) : indent;
            ranges[i] = (rangeStart + cut, rangeEnd);
        }

        int first = 0;
        int last = ranges.Count - 1;
        while (first <= last && ranges[first].End == ranges[first].Start)
        {
            first++;
        }

        while (last >= first && ranges[last].End == ranges[last].Start)
        {
            last--;
        }

        var lines = new List<string>(Math.Max(0, last - first + 1));
        for (int i = first; i <= last; i++)
        {
            lines.Add(text.Substring(ranges[i].Start, ranges[i].End - ranges[i].Start));
        }

        return lines;
    }

    /// <summary>A numpydoc header's underline: three or more of <c>-</c> or <c>=</c>, maybe indented.</summary>
    private static bool IsUnderline(string line)
    {
        int count = 0;
        foreach (char c in line)
        {
            if (c is '-' or '=')
            {
                count++;
            }
            else if (!char.IsWhiteSpace(c) || count > 0)
            {
                return false;
            }
        }

        return count >= 3;
    }

    /// <summary>A numpydoc header (<c>Parameters</c> over <c>----------</c>) or a Google one (<c>Args:</c>) at line <paramref name="i"/>.</summary>
    private static bool SectionAt(List<string> lines, int i, out string section, out int bodyStart)
    {
        // Headers are unindented and short: most lines are rejected before anything is allocated.
        string line = lines[i];
        if (line.Length is 0 or > 20 || char.IsWhiteSpace(line[0]) || char.IsWhiteSpace(line[line.Length - 1]))
        {
            section = string.Empty;
            bodyStart = i;
            return false;
        }

        string trimmed = line;
        if (i + 1 < lines.Count && s_numpydocSections.Contains(trimmed))
        {
            if (IsUnderline(lines[i + 1]))
            {
                section = s_numpydocSections.First(s => string.Equals(s, trimmed, StringComparison.OrdinalIgnoreCase));
                bodyStart = i + 2;
                return true;
            }
        }

        if (trimmed.EndsWith(":", StringComparison.Ordinal) && s_googleSections.TryGetValue(trimmed.Substring(0, trimmed.Length - 1), out string? google))
        {
            section = google;
            bodyStart = i + 1;
            return true;
        }

        section = string.Empty;
        bodyStart = i;
        return false;
    }

    private static void ReadSection(ParsedDocstring result, string section, List<string> body)
    {
        switch (section)
        {
            case "Parameters" or "Other Parameters":
                foreach ((string head, string text) in Entries(body))
                {
                    foreach (string name in ParameterNames(head))
                    {
                        if (!result.Parameters.ContainsKey(name))
                        {
                            result.Parameters[name] = text.Length > 0 ? text : TypeOf(head);
                        }
                    }
                }

                break;
            case "Returns" or "Yields":
                result.Returns = string.Join("\n", Entries(body).Select(e => e.Text.Length > 0 ? (Describe(e.Head) + " " + e.Text).Trim() : e.Head.Trim()));
                break;
            case "Raises":
                foreach ((string head, string text) in Entries(body))
                {
                    string type = head.Split(':')[0].Trim();
                    if (type.Length > 0 && type.All(c => char.IsLetterOrDigit(c) || c is '_' or '.'))
                    {
                        result.Raises.Add(new ParsedDocstring.Entry(type, text));
                    }
                }

                break;
            case "Examples":
                result.Examples = string.Join("\n", body).Trim('\n');
                break;
        }
    }

    /// <summary>
    /// The entries of a section: a head line at the section's indentation (<c>x : int</c>, <c>x (int): text</c>) and the
    /// more indented lines after it (its text).
    /// </summary>
    private static IEnumerable<ParsedDocstring.Entry> Entries(List<string> body)
    {
        int indent = int.MaxValue;
        foreach (string line in body)
        {
            int leading = Indentation(line);
            if (leading < line.Length)
            {
                indent = Math.Min(indent, leading);
            }
        }

        string? head = null;
        var text = new List<string>();
        foreach (string line in body)
        {
            int leading = Indentation(line);
            bool isHead = leading < line.Length && leading == indent;
            if (isHead)
            {
                if (head is not null)
                {
                    yield return Finish(head, text);
                }

                head = line.Trim();
                text.Clear();
            }
            else if (head is not null)
            {
                text.Add(line.Trim());
            }
        }

        if (head is not null)
        {
            yield return Finish(head, text);
        }

        static ParsedDocstring.Entry Finish(string head, List<string> text)
        {
            // Google style keeps the text on the head line: `x (int): The value.`
            int colon = head.IndexOf("):", StringComparison.Ordinal);
            int simpleColon = head.IndexOf(": ", StringComparison.Ordinal);
            string first = string.Empty;
            if (colon > 0)
            {
                first = head.Substring(colon + 2).Trim();
                head = head.Substring(0, colon + 1);
            }
            else if (simpleColon > 0 && !head.Contains(" : "))
            {
                first = head.Substring(simpleColon + 2).Trim();
                head = head.Substring(0, simpleColon);
            }

            string joined = string.Join("\n", new[] { first }.Concat(text)).Trim('\n');
            return new ParsedDocstring.Entry(head, joined.Trim());
        }
    }

    /// <summary>The names of a parameter head: <c>x1, x2 : array_like</c> → x1, x2; <c>*args</c> → args; <c>x (int)</c> → x.</summary>
    private static IEnumerable<string> ParameterNames(string head)
    {
        string names = head.Split(s_nameSeparators, 2, StringSplitOptions.None)[0];
        foreach (string name in names.Split(','))
        {
            string bare = name.Trim().TrimStart('*').Trim();
            if (bare.Length > 0 && bare.All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                yield return bare;
            }
        }
    }

    private static readonly string[] s_nameSeparators = [" : ", " :", "("];

    private static string TypeOf(string head)
    {
        int colon = head.IndexOf(':');
        return colon >= 0 ? head.Substring(colon + 1).Trim() : string.Empty;
    }

    /// <summary>A returns head as text: <c>out : ndarray</c> → <c>out (ndarray):</c>.</summary>
    private static string Describe(string head)
    {
        int colon = head.IndexOf(" : ", StringComparison.Ordinal);
        return colon > 0 ? head.Substring(0, colon).Trim() + " (" + head.Substring(colon + 3).Trim() + "):" : head.Trim() + ":";
    }
}

/// <summary>A docstring split into the parts XML documentation has a place for.</summary>
internal sealed class ParsedDocstring
{
    public static readonly ParsedDocstring Empty = new();

    public string Summary { get; set; } = string.Empty;

    public string Extended { get; set; } = string.Empty;

    public Dictionary<string, string> Parameters { get; } = new(StringComparer.Ordinal);

    public string Returns { get; set; } = string.Empty;

    public List<Entry> Raises { get; } = [];

    public string Examples { get; set; } = string.Empty;

    /// <summary>An entry of a section: its head (<c>x : int</c>, or a raised type) and its text.</summary>
    public sealed record Entry(string Head, string Text);
}
