using System;
using System.Collections.Generic;
using System.Threading;
using static PyBind.Gen.Emit.XmlDocText;

namespace PyBind.Gen.Emit;

/// <summary>
/// A docstring rendered once into comment lines (<c>/// …</c>), shared by every overload of its function and
/// every place its module is bound: parsing and escaping docstrings is most of the emitter's work otherwise.
/// </summary>
internal sealed class RenderedDocstring
{
    public static readonly RenderedDocstring Empty = new();

    public List<string> Summary { get; } = [];

    public Dictionary<string, List<string>> Parameters { get; } = new(StringComparer.Ordinal);

    public List<string> Returns { get; } = [];

    public List<string> Exceptions { get; } = [];

    /// <summary>The description after the summary, as <c>&lt;para&gt;</c> lines for the remarks.</summary>
    public List<string> Extended { get; } = [];

    public List<string> Examples { get; } = [];

    /// <summary>Renders a parsed docstring; <paramref name="exceptionType"/> resolves a raised type's name to a cref, or null.</summary>
    public static RenderedDocstring Of(string? docstring, Func<string, string?> exceptionType)
    {
        ParsedDocstring doc = DocstringParser.Parse(docstring);
        if (ReferenceEquals(doc, ParsedDocstring.Empty))
        {
            return Empty;
        }

        var rendered = new RenderedDocstring();
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

    private long _firstUse = long.MaxValue;

    /// <summary>The earliest use in writing order (<see cref="WritingUnit.NextDocumentationUse"/>) of any thread so far.</summary>
    public long FirstUse => Interlocked.Read(ref _firstUse);

    public void RecordUse(long use)
    {
        long current;
        while (use < (current = FirstUse) && Interlocked.CompareExchange(ref _firstUse, use, current) != current)
        {
        }
    }
}
