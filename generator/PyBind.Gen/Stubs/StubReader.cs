using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using PyBind.Gen.Naming;

namespace PyBind.Gen.Stubs;

/// <summary>A stub file after reading: the module it describes, its model (unless unusable) and its diagnostics.</summary>
/// <remarks>Cacheability: the path, strings and the equatable model; one value per AdditionalFiles item.</remarks>
/// <param name="Module">The model, or <see langword="null"/> when the stub's dialect version is not supported.</param>
internal sealed record ParsedStub(string Path, string ModuleName, ModuleSpec? Module, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Reads one normalized stub: the <c># key: value</c> header, then the body through tokenizer, parser, binder and
/// namer. Pure: text in, model out, no I/O.
/// </summary>
internal static class StubReader
{
    public const int SupportedDialectVersion = 1;

    private const string DialectKey = "pybind-stub";

    private static readonly Regex s_headerLine = new(@"^#\s*(?<key>[A-Za-z][A-Za-z0-9_-]*)\s*:\s*(?<value>.*?)\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex s_moduleName = new(@"^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*(\.[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*)*$", RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="name"/> is a dotted Python module name (<c>numpy.linalg</c>).</summary>
    public static bool IsModuleName(string name) => s_moduleName.IsMatch(name);

    public static ParsedStub Read(string path, SourceText text, CancellationToken cancellationToken)
    {
        string content = text.ToString();
        Dictionary<string, (string Value, TextSpan Span)> header = ReadHeader(text);
        string moduleName = header.TryGetValue("module", out var declared) ? declared.Value : ModuleNameFromPath(path);
        var diagnostics = new StubDiagnostics(path, text, moduleName);

        if (!IsModuleName(moduleName))
        {
            diagnostics.Malformed(declared.Span, $"'{moduleName}' is not a Python module name");
        }

        int dialectVersion = SupportedDialectVersion;
        if (!header.TryGetValue(DialectKey, out var version))
        {
            diagnostics.Ignored(new TextSpan(0, 0), $"a stub without a '# {DialectKey}: {SupportedDialectVersion}' header (read as dialect {SupportedDialectVersion})");
        }
        else if (!int.TryParse(version.Value, NumberStyles.None, CultureInfo.InvariantCulture, out dialectVersion) || dialectVersion != SupportedDialectVersion)
        {
            diagnostics.UnsupportedVersion(version.Span, version.Value);
            return new ParsedStub(path, moduleName, null, diagnostics.ToEquatableArray());
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
        return new ParsedStub(path, moduleName, ModuleNamer.AssignNames(module, enclosingTypeName: null), diagnostics.ToEquatableArray());
    }

    /// <summary>The leading <c># key: value</c> lines; the first line that is not a comment ends the header.</summary>
    private static Dictionary<string, (string Value, TextSpan Span)> ReadHeader(SourceText text)
    {
        var header = new Dictionary<string, (string, TextSpan)>(StringComparer.Ordinal);
        foreach (TextLine line in text.Lines)
        {
            string lineText = line.ToString().TrimStart('\uFEFF');
            if (!lineText.StartsWith("#", StringComparison.Ordinal))
            {
                break;
            }

            Match match = s_headerLine.Match(lineText);
            if (match.Success && !header.ContainsKey(match.Groups["key"].Value))
            {
                header.Add(match.Groups["key"].Value, (match.Groups["value"].Value, line.Span));
            }
        }

        return header;
    }

    private static string? ValueOrNull(Dictionary<string, (string Value, TextSpan Span)> header, string key) =>
        header.TryGetValue(key, out var entry) && entry.Value.Length > 0 ? entry.Value : null;

    /// <summary><c>stubs/numpy.linalg.pyi</c> describes <c>numpy.linalg</c> when its header does not say.</summary>
    private static string ModuleNameFromPath(string path) => Path.GetFileNameWithoutExtension(path);
}
