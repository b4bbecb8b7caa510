using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;

namespace PyBind.Gen.Emit;

/// <summary>
/// Docstrings as XML documentation: numpydoc and Google sections become <c>&lt;summary&gt;</c>, <c>&lt;param&gt;</c>,
/// <c>&lt;returns&gt;</c>, <c>&lt;exception&gt;</c> and <c>&lt;example&gt;&lt;code&gt;</c>; the Python signature goes in
/// <c>&lt;remarks&gt;</c>. Every line is escaped for XML and written behind its own <c>///</c>, and every character that
/// C# reads as a line break or XML refuses is replaced, so no docstring can end the comment or break the file.
/// </summary>
internal static class DocComments
{
    private const int MaxSignatureLength = 400;

    // ---------------------------------------------------------------- writing

    public static void WriteModule(IndentedTextWriter writer, ModuleSpec module)
    {
        Parsed doc = Parse(module.Docstring);
        WriteSummary(writer, doc.Summary.Length > 0 ? doc.Summary : $"The Python module <c>{Escape(module.Name)}</c>.", escaped: doc.Summary.Length == 0);
        writer.WriteLine($"/// <remarks>Python module <c>{Escape(module.Name)}</c>{(module.Header.ModuleVersion is { } version ? " " + Escape(version) : string.Empty)}.</remarks>");
    }

    public static void WriteClass(IndentedTextWriter writer, string? docstring, string pythonName)
    {
        Parsed doc = Parse(docstring);
        WriteSummary(writer, doc.Summary.Length > 0 ? doc.Summary : $"Python's <c>{Escape(pythonName)}</c>.", escaped: doc.Summary.Length == 0);
        WriteRemarks(writer, [$"Python class <c>{Escape(pythonName)}</c>."], doc.Extended);
    }

    public static void WriteConstant(IndentedTextWriter writer, string? docstring, PyLiteral? value, string path)
    {
        Parsed doc = Parse(docstring);
        WriteSummary(writer, doc.Summary.Length > 0 ? doc.Summary : $"Python's <c>{Escape(path)}</c>.", escaped: doc.Summary.Length == 0);
        string remark = $"Python <c>{Escape(path)}</c>" + (value is null ? "." : $" (<c>{Escape(Truncate(value.Display))}</c> in the stub).");
        WriteRemarks(writer, [remark], doc.Extended);
    }

    public static void WriteFunction(IndentedTextWriter writer, string? docstring, MethodPlan plan, string path, WritingUnit unit)
    {
        Rendered doc = unit.RenderDocstring(docstring);
        if (doc.Summary.Count > 0)
        {
            WriteLines(writer, doc.Summary);
        }
        else
        {
            writer.WriteLine($"/// <summary>Calls Python's <c>{Escape(path)}</c>.</summary>");
        }

        WriteParameters(writer, doc, plan);
        if (plan.Return is not VoidType)
        {
            WriteLines(writer, doc.Returns);
        }

        WriteLines(writer, doc.Exceptions);

        // The description and examples once per binding (the first overload, the first place a module is bound):
        // they are most of a numpy docstring, and every overload shows the summary and parameters anyway. Which use
        // is the first in writing order is known only when every thread has written its part.
        WriteSignatureRemarks(writer, plan, path);
        if (doc.Extended.Count == 0 && doc.Examples.Count == 0)
        {
            writer.WriteLine(RemarksEnd);
        }
        else
        {
            long use = unit.NextDocumentationUse();
            doc.RecordUse(use);
            writer.WriteDeferred(new DescriptionAtFirstUse(doc, use));
        }
    }

    public static void WriteConstructor(IndentedTextWriter writer, string? classDocstring, MethodPlan plan, string path, WritingUnit unit)
    {
        Rendered doc = unit.RenderDocstring(classDocstring);
        writer.WriteLine($"/// <summary>Creates a Python <c>{Escape(path)}</c>.</summary>");
        WriteParameters(writer, doc, plan);
        WriteLines(writer, doc.Exceptions);
        WriteSignatureRemarks(writer, plan, path);
        writer.WriteLine(RemarksEnd);
    }

    private const string RemarksEnd = "/// </remarks>";

    /// <summary>Opens the remarks with the Python signatures; the caller closes them.</summary>
    private static void WriteSignatureRemarks(IndentedTextWriter writer, MethodPlan plan, string path)
    {
        writer.WriteLine("/// <remarks>");
        foreach (SignatureSpec source in plan.Sources)
        {
            writer.WriteLine("/// <para><c>" + Escape(Truncate(Signature(path, source))) + "</c></para>");
        }
    }

    /// <summary>The end of a function's remarks: the description, closing tag and examples at the docstring's first use, the tag alone elsewhere.</summary>
    private sealed class DescriptionAtFirstUse(Rendered doc, long use) : IDeferredText
    {
        public void WriteTo(IndentedTextWriter writer)
        {
            bool first = doc.FirstUse == use;
            if (first)
            {
                WriteLines(writer, doc.Extended);
            }

            writer.WriteLine(RemarksEnd);
            if (first)
            {
                WriteLines(writer, doc.Examples);
            }
        }
    }

    private static void WriteLines(IndentedTextWriter writer, List<string> lines)
    {
        foreach (string line in lines)
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>
    /// A docstring rendered once into comment lines (<c>/// …</c>), shared by every overload of its function and
    /// every place its module is bound: parsing and escaping docstrings is most of the emitter's work otherwise.
    /// </summary>
    internal sealed class Rendered
    {
        public static readonly Rendered Empty = new();

        public List<string> Summary { get; } = [];

        public Dictionary<string, List<string>> Parameters { get; } = new(StringComparer.Ordinal);

        public List<string> Returns { get; } = [];

        public List<string> Exceptions { get; } = [];

        /// <summary>The description after the summary, as <c>&lt;para&gt;</c> lines for the remarks.</summary>
        public List<string> Extended { get; } = [];

        public List<string> Examples { get; } = [];

        private long _firstUse = long.MaxValue;

        /// <summary>The earliest use in writing order (<see cref="WritingUnit.NextDocumentationUse"/>) of any thread so far.</summary>
        public long FirstUse => System.Threading.Interlocked.Read(ref _firstUse);

        public void RecordUse(long use)
        {
            long current;
            while (use < (current = FirstUse) && System.Threading.Interlocked.CompareExchange(ref _firstUse, use, current) != current)
            {
            }
        }
    }

    /// <summary>Renders a parsed docstring; <paramref name="exceptionType"/> resolves a raised type's name to a cref, or null.</summary>
    internal static Rendered Render(string? docstring, Func<string, string?> exceptionType)
    {
        Parsed doc = Parse(docstring);
        if (ReferenceEquals(doc, s_empty))
        {
            return Rendered.Empty;
        }

        var rendered = new Rendered();
        if (doc.Summary.Length > 0)
        {
            AddBlock(rendered.Summary, "summary", doc.Summary, "summary");
        }

        foreach (KeyValuePair<string, string> parameter in doc.Parameters)
        {
            if (parameter.Value.Length > 0)
            {
                var lines = new List<string>();
                AddBlock(lines, "param name=\"\u0000\"", parameter.Value, "param");
                rendered.Parameters[parameter.Key] = lines;
            }
        }

        if (doc.Returns.Length > 0)
        {
            AddBlock(rendered.Returns, "returns", doc.Returns, "returns");
        }

        foreach ((string type, string text) in doc.Raises)
        {
            string simple = type.Substring(type.LastIndexOf('.') + 1);
            if ((KnownPythonTypes.RuntimeException(simple) ?? exceptionType(type)) is string cref)
            {
                AddBlock(rendered.Exceptions, $"exception cref=\"{cref}\"", text.Length > 0 ? text : $"Python raised {simple}.", "exception");
            }
        }

        AddParagraphs(rendered.Extended, doc.Extended);

        if (doc.Examples.Length > 0)
        {
            rendered.Examples.Add("/// <example>");
            rendered.Examples.Add("/// <code>");
            AddCommentLines(rendered.Examples, doc.Examples);
            rendered.Examples.Add("/// </code>");
            rendered.Examples.Add("/// </example>");
        }

        return rendered;
    }

    /// <summary>
    /// The paragraphs of <paramref name="text"/> (runs of lines that are not blank), each a <c>&lt;para&gt;</c> of comment
    /// lines, every line cut, escaped and prefixed at once.
    /// </summary>
    private static void AddParagraphs(List<string> lines, string text)
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
    private static void AddCommentLines(List<string> lines, string text)
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

    /// <summary>Where the line starting at <paramref name="start"/> ends: at the next line break C# knows, or the end.</summary>
    [System.Runtime.CompilerServices.MethodImpl(PyBind.Gen.Helpers.Jit.Optimized)]
    private static int LineEnd(string text, int start)
    {
        int end = start;
        while (end < text.Length && !SyntaxFacts.IsNewLine(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Where the line after the break at <paramref name="end"/> starts (past the end when there is none).</summary>
    private static int NextLineStart(string text, int end) =>
        end >= text.Length ? text.Length + 1 : end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);

    /// <summary>An element over one or more lines; the text is escaped here.</summary>
    private static void AddBlock(List<string> lines, string tag, string text, string closeTag)
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

    /// <summary>The summary on one line: escaping turns a docstring's line breaks into spaces.</summary>
    private static void WriteSummary(IndentedTextWriter writer, string text, bool escaped) =>
        writer.WriteLine($"/// <summary>{(escaped ? text : Escape(text))}</summary>");

    private static void WriteParameters(IndentedTextWriter writer, Rendered doc, MethodPlan plan)
    {
        foreach (ParameterPlan parameter in plan.Parameters)
        {
            string bare = parameter.Name.TrimStart('@');
            if (parameter.Pass == PassKind.NotSent)
            {
                writer.WriteLine($"/// <param name=\"{bare}\">Cancels the wait (the coroutine is cancelled in Python).</param>");
                continue;
            }

            if (doc.Parameters.TryGetValue(parameter.PythonName, out List<string>? lines))
            {
                // The name was rendered as a NUL placeholder: the same docstring serves overloads whose C# names differ.
                writer.WriteLine(lines[0].Replace("\u0000", bare));
                for (int i = 1; i < lines.Count; i++)
                {
                    writer.WriteLine(lines[i]);
                }
            }
        }
    }

    private static void WriteRemarks(IndentedTextWriter writer, IEnumerable<string> escapedLines, string extended)
    {
        writer.WriteLine("/// <remarks>");
        foreach (string line in escapedLines)
        {
            writer.WriteLine("/// <para>" + line + "</para>");
        }

        var paragraphs = new List<string>();
        AddParagraphs(paragraphs, extended);
        WriteLines(writer, paragraphs);
        writer.WriteLine(RemarksEnd);
    }

    /// <summary>The Python signature, as the stub spells it: <c>numpy.sum(a: ArrayLike, axis: ... = ...) -&gt; Any</c>.</summary>
    private static string Signature(string path, SignatureSpec signature)
    {
        var text = new StringBuilder(path).Append('(');
        bool keywordOnlyMarked = false;
        for (int i = 0; i < signature.Parameters.Count; i++)
        {
            ParameterSpec parameter = signature.Parameters[i];
            if (i > 0)
            {
                text.Append(", ");
            }

            if (parameter.Kind == ParameterKind.KeywordOnly && !keywordOnlyMarked && !signature.Parameters.Any(p => p.Kind == ParameterKind.VarPositional))
            {
                text.Append("*, ");
                keywordOnlyMarked = true;
            }

            text.Append(parameter.Kind switch { ParameterKind.VarPositional => "*", ParameterKind.VarKeyword => "**", _ => string.Empty })
                .Append(parameter.PythonName).Append(": ").Append(Truncate(parameter.Type.Display, 60));
            if (parameter.IsOptional)
            {
                text.Append(" = ").Append(parameter.DefaultValue?.Display ?? "...");
            }

            bool lastPositionalOnly = parameter.Kind == ParameterKind.PositionalOnly
                && (i + 1 == signature.Parameters.Count || signature.Parameters[i + 1].Kind != ParameterKind.PositionalOnly);
            if (lastPositionalOnly)
            {
                text.Append(", /");
            }
        }

        text.Append(") -> ").Append(Truncate(signature.ReturnType.Display, 80));
        return (signature.IsAsync ? "async " : string.Empty) + text;
    }

    private static string Truncate(string text, int length = MaxSignatureLength) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";

    // ---------------------------------------------------------------- escaping

    /// <summary>
    /// Text made safe for an XML doc comment line: XML's special characters escaped, characters XML does not allow
    /// (controls, lone surrogates, U+FFFE/U+FFFF) replaced, and C#'s line terminators (which would end the <c>///</c>
    /// comment) turned into spaces.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(PyBind.Gen.Helpers.Jit.Optimized)]
    public static string Escape(string text) =>
        NeedsEscaping(text) ? AppendEscaped(new StringBuilder(text.Length + 16), text, 0, text.Length).ToString() : text;

    /// <summary>Appends <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, escaped as <see cref="Escape"/> says.</summary>
    [System.Runtime.CompilerServices.MethodImpl(PyBind.Gen.Helpers.Jit.Optimized)]
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

    [System.Runtime.CompilerServices.MethodImpl(PyBind.Gen.Helpers.Jit.Optimized)]
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

    /// <summary>How many whitespace characters a line starts with (its length when it is blank).</summary>
    private static int Indentation(string line) => Indentation(line, 0, line.Length);

    // ---------------------------------------------------------------- parsing

    /// <summary>A docstring split into the parts XML documentation has a place for.</summary>
    internal sealed class Parsed
    {
        public string Summary { get; set; } = string.Empty;

        public string Extended { get; set; } = string.Empty;

        public Dictionary<string, string> Parameters { get; } = new(StringComparer.Ordinal);

        public string Returns { get; set; } = string.Empty;

        public List<Entry> Raises { get; } = [];

        public string Examples { get; set; } = string.Empty;
    }

    private static readonly Parsed s_empty = new();

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
    internal static Parsed Parse(string? docstring)
    {
        if (string.IsNullOrWhiteSpace(docstring))
        {
            return s_empty;
        }

        List<string> lines = CleanDoc(docstring!);
        var result = new Parsed();
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
    [System.Runtime.CompilerServices.MethodImpl(PyBind.Gen.Helpers.Jit.Optimized)]
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

    /// <summary>How many whitespace characters the range starts with (its length when it is blank).</summary>
    private static int Indentation(string text, int start, int end)
    {
        int i = start;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i - start;
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

    private static void ReadSection(Parsed result, string section, List<string> body)
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
                        result.Raises.Add(new Entry(type, text));
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
    private static IEnumerable<Entry> Entries(List<string> body)
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

        static Entry Finish(string head, List<string> text)
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
            return new Entry(head, joined.Trim());
        }
    }

    /// <summary>An entry of a section: its head (<c>x : int</c>, or a raised type) and its text.</summary>
    internal sealed record Entry(string Head, string Text);

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
