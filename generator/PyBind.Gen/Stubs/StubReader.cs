using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using PyBind.Gen.Naming;

namespace PyBind.Gen.Stubs;

/// <summary>
/// Reads one normalized stub: the <c># key: value</c> header, then the body through tokenizer, parser, binder and
/// namer. Pure: text in, model out, no I/O.
/// </summary>
internal static class StubReader
{
    public const int SupportedDialectVersion = 1;

    private const string DialectKey = "pybind-stub";


    /// <summary>
    /// Whether <paramref name="name"/> is a dotted Python module name (<c>numpy.linalg</c>): identifiers as Python
    /// defines them (a letter, letter number or <c>_</c>, then those, marks, digits and connectors), joined by dots.
    /// Scanned by hand: a regular expression costs a cold build its construction.
    /// </summary>
    public static bool IsModuleName(string name)
    {
        bool atPartStart = true;
        foreach (char c in name)
        {
            if (c == '.' && !atPartStart)
            {
                atPartStart = true;
                continue;
            }

            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            bool isStart = c == '_' || category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
            bool isPart = isStart || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
            if (!(atPartStart ? isStart : isPart))
            {
                return false;
            }

            atPartStart = false;
        }

        return !atPartStart;
    }

    /// <summary>Whether an additional file is a stub: a <c>.pyi</c> file.</summary>
    public static bool IsStub(string path) => path.EndsWith(".pyi", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens a stub: its module name from the header (or the file name) now, the rest when first needed.</summary>
    public static ParsedStub Open(string path, SourceText text) =>
        new(path, ReadHeader(text).TryGetValue("module", out HeaderValue? declared) ? declared.Value : ModuleNameFromPath(path), text);

    /// <summary>Reads a whole stub at once.</summary>
    public static ParsedStub Read(string path, SourceText text, CancellationToken cancellationToken)
    {
        ParsedStub stub = Open(path, text);
        stub.Read(cancellationToken);
        return stub;
    }

    /// <summary>Reads the body of a stub opened by <see cref="Open"/>; never throws but for cancellation (a bug is a PYB0012 diagnostic).</summary>
    internal static ParsedStub.Content ReadBody(string path, string moduleName, SourceText text, CancellationToken cancellationToken)
    {
        try
        {
            return ReadBodyCore(path, moduleName, text, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ParsedStub.Content(null, EquatableArray.Create(DiagnosticInfo.Create(
                DiagnosticDescriptors.InternalError, new LocationInfo(path, default, default(LinePositionSpan)), $"reading the stub '{path}'", e.GetType().Name + ": " + e.Message)));
        }
    }

    private static ParsedStub.Content ReadBodyCore(string path, string moduleName, SourceText text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string content = text.ToString();
        Dictionary<string, HeaderValue> header = ReadHeader(text);
        var diagnostics = new StubDiagnostics(path, text, moduleName);

        if (!IsModuleName(moduleName))
        {
            diagnostics.Malformed(header.TryGetValue("module", out HeaderValue? declared) ? declared.Span : default, $"'{moduleName}' is not a Python module name");
        }

        int dialectVersion = SupportedDialectVersion;
        if (!header.TryGetValue(DialectKey, out HeaderValue? version))
        {
            diagnostics.Ignored(new TextSpan(0, 0), $"a stub without a '# {DialectKey}: {SupportedDialectVersion}' header (read as dialect {SupportedDialectVersion})");
        }
        else if (!int.TryParse(version.Value, NumberStyles.None, CultureInfo.InvariantCulture, out dialectVersion) || dialectVersion != SupportedDialectVersion)
        {
            diagnostics.UnsupportedVersion(version.Span, version.Value);
            return new ParsedStub.Content(null, diagnostics.ToEquatableArray());
        }

        var stubHeader = new StubHeaderSpec(
            dialectVersion,
            ValueOrNull(header, "module-version"),
            ValueOrNull(header, "interpreter"),
            (ValueOrNull(header, "sources") ?? string.Empty).Split([','], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).ToEquatableArray(),
            ValueOrNull(header, "content-hash"));

        var errors = new List<PyiSyntaxError>();
        var ignored = new List<PyiSyntaxError>();
        int start = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
        PyiModule syntax = PyiParser.ParseModule(content, start, errors, ignored, cancellationToken);
        foreach (PyiSyntaxError error in errors)
        {
            diagnostics.Malformed(error.Span, error.Message);
        }

        foreach (PyiSyntaxError construct in ignored)
        {
            diagnostics.Ignored(construct.Span, construct.Message);
        }

        ModuleSpec module = StubBinder.Bind(moduleName, stubHeader, syntax, diagnostics, cancellationToken);
        return new ParsedStub.Content(ModuleNamer.AssignNames(module, enclosingTypeName: null), diagnostics.ToEquatableArray(), diagnostics.Definitions());
    }

    /// <summary>
    /// The leading <c># key: value</c> lines; the first line that is not a comment ends the header. Scanned from the
    /// start, so opening a stub does not index the lines of the whole file.
    /// </summary>
    private static Dictionary<string, HeaderValue> ReadHeader(SourceText text)
    {
        var header = new Dictionary<string, HeaderValue>(StringComparer.Ordinal);
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int start = lineStart == 0 && text[0] == '\uFEFF' ? 1 : lineStart;
            int end = start;
            while (end < text.Length && !SyntaxFacts.IsNewLine(text[end]))
            {
                end++;
            }

            string lineText = text.ToString(TextSpan.FromBounds(start, end));
            if (!lineText.StartsWith("#", StringComparison.Ordinal))
            {
                break;
            }

            if (HeaderEntry(lineText, TextSpan.FromBounds(lineStart, end)) is HeaderValue entry && !header.ContainsKey(entry.Key))
            {
                header.Add(entry.Key, entry);
            }

            lineStart = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }

        return header;
    }

    /// <summary><c># key: value</c> (a key is an ASCII letter, then letters, digits, <c>_</c> and <c>-</c>); null for any other comment.</summary>
    private static HeaderValue? HeaderEntry(string line, TextSpan span)
    {
        int position = SkipWhiteSpace(line, 1);
        int keyStart = position;
        if (position >= line.Length || !IsAsciiLetter(line[position]))
        {
            return null;
        }

        while (position < line.Length && (IsAsciiLetter(line[position]) || line[position] is (>= '0' and <= '9') or '_' or '-'))
        {
            position++;
        }

        string key = line.Substring(keyStart, position - keyStart);
        position = SkipWhiteSpace(line, position);
        if (position >= line.Length || line[position] != ':')
        {
            return null;
        }

        return new HeaderValue(key, line.Substring(position + 1).Trim(), span);

        static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
    }

    private static int SkipWhiteSpace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static string? ValueOrNull(Dictionary<string, HeaderValue> header, string key) =>
        header.TryGetValue(key, out HeaderValue? entry) && entry.Value.Length > 0 ? entry.Value : null;

    /// <summary>A header entry and the span of its line.</summary>
    private sealed class HeaderValue(string key, string value, TextSpan span)
    {
        public string Key { get; } = key;

        public string Value { get; } = value;

        public TextSpan Span { get; } = span;
    }

    /// <summary><c>stubs/numpy.linalg.pyi</c> describes <c>numpy.linalg</c> when its header does not say.</summary>
    private static string ModuleNameFromPath(string path) => Path.GetFileNameWithoutExtension(path);
}
