using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using static PyBind.Gen.Emit.XmlDocText;

namespace PyBind.Gen.Emit;

/// <summary>
/// Writes the XML documentation of a binding: the docstring's parts (<see cref="DocstringParser"/>, rendered once by
/// <see cref="RenderedDocstring"/>) go in <c>&lt;summary&gt;</c>, <c>&lt;param&gt;</c>, <c>&lt;returns&gt;</c>,
/// <c>&lt;exception&gt;</c> and <c>&lt;example&gt;&lt;code&gt;</c>; the Python signature and the stub it comes from end the
/// <c>&lt;remarks&gt;</c>, which come last: go-to-definition shows a member under its comment (in generated source or an
/// editor's view of the bindings assembly), so they are the lines right above the declaration the editor lands on.
/// All text passes through <see cref="XmlDocText"/>, so no docstring can end the comment or break the file.
/// </summary>
internal static class DocComments
{
    private const int MaxSignatureLength = 400;

    public static void WriteModule(IndentedTextWriter writer, ModuleSpec module, string stubPath)
    {
        ParsedDocstring doc = DocstringParser.Parse(module.Docstring);
        WriteSummary(writer, doc.Summary.Length > 0 ? doc.Summary : $"The Python module <c>{Escape(module.Name)}</c>.", escaped: doc.Summary.Length == 0);
        writer.WriteLine($"/// <remarks>Python module <c>{Escape(module.Name)}</c>{(module.Header.ModuleVersion is { } version ? " " + Escape(version) : string.Empty)}, from the stub <c>{Escape(StubName(stubPath))}</c>.</remarks>");
    }

    public static void WriteClass(IndentedTextWriter writer, string? docstring, string pythonName)
    {
        ParsedDocstring doc = DocstringParser.Parse(docstring);
        WriteSummary(writer, doc.Summary.Length > 0 ? doc.Summary : $"Python's <c>{Escape(pythonName)}</c>.", escaped: doc.Summary.Length == 0);
        WriteRemarks(writer, [$"Python class <c>{Escape(pythonName)}</c>."], doc.Extended);
    }

    public static void WriteConstant(IndentedTextWriter writer, string? docstring, PyLiteral? value, string path)
    {
        ParsedDocstring doc = DocstringParser.Parse(docstring);
        WriteSummary(writer, doc.Summary.Length > 0 ? doc.Summary : $"Python's <c>{Escape(path)}</c>.", escaped: doc.Summary.Length == 0);
        string remark = $"Python <c>{Escape(path)}</c>" + (value is null ? "." : $" (<c>{Escape(Truncate(value.Display))}</c> in the stub).");
        WriteRemarks(writer, [remark], doc.Extended);
    }

    /// <param name="describes">Whether this method shows the docstring's description and examples (see <see cref="PlannedFunction.DescribesAt"/>).</param>
    /// <param name="inheritable">The lines that inherit the docs of the method group's overloads written in full so far, by
    /// what those read (see <see cref="Inheriting"/>): this method inherits from one, or is written in full and joins them.</param>
    public static void WriteFunction(IndentedTextWriter writer, string? docstring, MethodPlan plan, string name, string path, WritingUnit unit, LiteralConstants? literals, bool describes, Dictionary<string, string> inheritable)
    {
        RenderedDocstring doc = unit.RenderDocstring(docstring);
        List<string> summary = doc.Summary.Count > 0 ? doc.Summary : [$"/// <summary>Calls Python's <c>{Escape(path)}</c>.</summary>"];
        List<string> tail = [.. plan.Return is VoidType ? [] : doc.Returns, .. doc.Exceptions];
        var parameterLines = new List<string>();
        var parameters = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        AddParameters(parameterLines, parameters, doc, plan, literals);
        List<string> head = [.. summary, .. parameterLines, .. tail];

        // The same text whatever order the overload lists its parameters in.
        string identity = string.Join("\n", summary.Concat(parameters.SelectMany(p => p.Value.Prepend(p.Key))).Concat(tail));
        if (inheritable.TryGetValue(identity, out string? inheriting) && identity.Length > inheriting.Length)
        {
            writer.WriteLine(inheriting);
        }
        else
        {
            WriteLines(writer, head);
            if (inheriting is null && Inheriting(name, plan) is { } line)
            {
                inheritable.Add(identity, line);
            }
        }

        if (describes)
        {
            WriteLines(writer, doc.Examples);
        }

        WriteSignatureRemarks(writer, describes ? doc.Extended : [], plan, path, unit.StubPath);
    }

    /// <summary>
    /// The line with which a later overload of the method group inherits the docs of <paramref name="plan"/>, written in
    /// full, when its own read the same (summary, parameters, returns and exceptions): one <c>&lt;inheritdoc cref="…"/&gt;</c>
    /// instead of every parameter's docs again (pandas' <c>read_csv</c>: 24 overloads of 50 documented parameters each).
    /// Its remarks (the Python signatures it calls) stay its own. Editors expand it (Roslyn's hover and signature help, in
    /// source and from the bindings' XML documentation file). Null where a cref cannot name the plan (a tuple type).
    /// </summary>
    private static string? Inheriting(string name, MethodPlan plan)
    {
        var cref = new StringBuilder(name);
        if (plan.TypeParameters.Count > 0)
        {
            cref.Append('{').Append(string.Join(", ", plan.TypeParameters)).Append('}');
        }

        cref.Append('(');
        for (int i = 0; i < plan.Parameters.Count; i++)
        {
            string type = plan.Parameters[i].DeclaredType;
            if (type.IndexOf('(') >= 0)
            {
                return null;
            }

            // Cref syntax has no nullable arrays (`byte[]?`); nullable references do not tell overloads apart anyway.
            cref.Append(i == 0 ? string.Empty : ", ").Append(type.Replace("]?", "]").Replace('<', '{').Replace('>', '}'));
        }

        return "/// <inheritdoc cref=\"" + cref.Append(')') + "\" path=\"/*[not(self::remarks or self::example)]\"/>";
    }

    public static void WriteConstructor(IndentedTextWriter writer, string? classDocstring, MethodPlan plan, string path, WritingUnit unit, LiteralConstants? literals)
    {
        RenderedDocstring doc = unit.RenderDocstring(classDocstring);
        writer.WriteLine($"/// <summary>Creates a Python <c>{Escape(path)}</c>.</summary>");
        WriteParameters(writer, doc, plan, literals);
        WriteLines(writer, doc.Exceptions);
        WriteSignatureRemarks(writer, [], plan, path, unit.StubPath);
    }

    /// <summary>A class alias's factory method: what it creates, the class's parameters, and the Python signatures.</summary>
    public static void WriteFactory(IndentedTextWriter writer, PlannedFactory factory, string module, MethodPlan plan, WritingUnit unit, LiteralConstants? literals)
    {
        RenderedDocstring doc = unit.RenderDocstring(factory.ClassDocstring);
        writer.WriteLine($"/// <summary>Creates a <see cref=\"{factory.ClassName}\"/>: Python's <c>{Escape(module + "." + factory.PythonName)}</c> is the class <c>{Escape(factory.ClassPythonName)}</c>.</summary>");
        WriteParameters(writer, doc, plan, literals);
        WriteLines(writer, doc.Exceptions);
        WriteSignatureRemarks(writer, [], plan, module + "." + factory.PythonName, unit.StubPath);
    }

    private const string RemarksEnd = "/// </remarks>";

    /// <summary>The remarks: the docstring's description, then the Python signatures and the stub they are read from.</summary>
    private static void WriteSignatureRemarks(IndentedTextWriter writer, List<string> description, MethodPlan plan, string path, string stubPath)
    {
        writer.WriteLine("/// <remarks>");
        WriteLines(writer, description);
        foreach (SignatureSpec source in plan.Sources)
        {
            writer.WriteLine("/// <para><c>" + Escape(Truncate(Signature(path, source))) + "</c></para>");
        }

        writer.WriteLine("/// <para>Stub: <c>" + Escape(StubName(stubPath)) + "</c></para>");
        writer.WriteLine(RemarksEnd);
    }

    /// <summary>
    /// The stub as its folder and file (<c>pybind-stubs/numpy.pyi</c>, the project-relative path in the default layout):
    /// never the build machine's folders, so the docs of a build are the same on every machine.
    /// </summary>
    private static string StubName(string stubPath)
    {
        string folder = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(stubPath) ?? string.Empty);
        string file = System.IO.Path.GetFileName(stubPath);
        return folder.Length > 0 ? folder + "/" + file : file;
    }

    private static void WriteLines(IndentedTextWriter writer, List<string> lines)
    {
        foreach (string line in lines)
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>The summary on one line: escaping turns a docstring's line breaks into spaces.</summary>
    private static void WriteSummary(IndentedTextWriter writer, string text, bool escaped) =>
        writer.WriteLine($"/// <summary>{(escaped ? text : Escape(text))}</summary>");

    private static void WriteParameters(IndentedTextWriter writer, RenderedDocstring doc, MethodPlan plan, LiteralConstants? literals)
    {
        var lines = new List<string>();
        AddParameters(lines, null, doc, plan, literals);
        WriteLines(writer, lines);
    }

    /// <summary>The parameters' docs in the plan's order, and by name into <paramref name="byName"/> when given.</summary>
    private static void AddParameters(List<string> lines, SortedDictionary<string, List<string>>? byName, RenderedDocstring doc, MethodPlan plan, LiteralConstants? literals)
    {
        foreach (ParameterPlan parameter in plan.Parameters)
        {
            int start = lines.Count;
            string bare = parameter.Name.TrimStart('@');
            if (parameter.Pass == PassKind.NotSent)
            {
                lines.Add($"/// <param name=\"{bare}\">Cancels the wait (the coroutine is cancelled in Python).</param>");
            }
            else
            {
                // A string Literal's values, and the class of constants that names them.
                string? values = literals?.Describe(parameter.Source?.Type);
                if (doc.Parameters.TryGetValue(parameter.PythonName, out List<string>? rendered))
                {
                    // The name was rendered as a NUL placeholder: the same docstring serves overloads whose C# names differ.
                    for (int i = 0; i < rendered.Count; i++)
                    {
                        string line = i == 0 ? rendered[0].Replace("\u0000", bare) : rendered[i];
                        int end = line.LastIndexOf("</param>", StringComparison.Ordinal);
                        lines.Add(values is not null && i == rendered.Count - 1 && end >= 0 ? line.Substring(0, end) + values + "</param>" : line);
                    }
                }
                else if (values is not null)
                {
                    lines.Add($"/// <param name=\"{bare}\">{values}</param>");
                }
            }

            byName?.Add(bare, lines.GetRange(start, lines.Count - start));
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
}
