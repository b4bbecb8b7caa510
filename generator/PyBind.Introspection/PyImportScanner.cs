using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace PyBind.Introspection;

/// <summary>
/// Finds the modules a project binds by reading its C# sources as text: <c>[PyImport("numpy")]</c> and
/// <c>[PyImportAttribute("numpy")]</c>. The build runs this before compiling, when no semantic model exists yet; a
/// module name computed at run time cannot be an attribute argument anyway.
/// </summary>
public static partial class PyImportScanner
{
    /// <summary>Each module bound in <paramref name="sourceFiles"/>, once, at its first place, in order of appearance.</summary>
    public static IReadOnlyList<ModuleUse> Scan(IEnumerable<string> sourceFiles)
    {
        var uses = new List<ModuleUse>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (string file in sourceFiles)
        {
            if (!File.Exists(file))
            {
                continue;
            }

            string text = File.ReadAllText(file);
            foreach (Match match in PyImportAttribute().Matches(text))
            {
                Group module = match.Groups["module"];
                if (seen.Add(module.Value))
                {
                    (int line, int column) = Position(text, module.Index);
                    uses.Add(new ModuleUse(module.Value, file, line, column));
                }
            }
        }

        return uses;
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    /// <summary>Where a module is bound: the attribute's module argument in a source file (1-based line and column).</summary>
    public sealed record ModuleUse(string Module, string? File, int Line, int Column);

    [GeneratedRegex("""\[\s*(?:global::)?(?:PyBind\.)?PyImport(?:Attribute)?\s*\(\s*"(?<module>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)"\s*\)""")]
    private static partial Regex PyImportAttribute();
}
