using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using PyBind.Gen.Model;

namespace PyBind.Gen.Naming;

/// <summary>
/// The DESIGN's naming contract, implemented once: how one Python identifier becomes a C# identifier. Collisions
/// between the results are <see cref="NameScope"/>'s business.
/// </summary>
/// <remarks>
/// Every result is a valid C# identifier. Python identifiers may use characters C# does not accept (Python's
/// <c>XID_Start</c> includes <c>℘</c>, its <c>XID_Continue</c> includes <c>·</c>); each such character is spelled
/// <c>_uXXXX</c> (<c>_UXXXXXXXX</c> outside the BMP), so distinct Python names stay distinct. No conversion here
/// produces a leading underscore from a letter, so generated infrastructure members named <c>__PyBind…</c> can never
/// clash with a Python-derived name.
/// </remarks>
internal static class CSharpNames
{
    /// <summary>
    /// Functions, methods, attributes, constants, submodules and enum members: <c>array_equal</c> → <c>ArrayEqual</c>,
    /// <c>pi</c> → <c>Pi</c>, <c>MAX_ROWS</c> → <c>MaxRows</c>, <c>getLogger</c> → <c>GetLogger</c>, <c>float64</c> → <c>Float64</c>.
    /// </summary>
    /// <remarks>
    /// The name is split at underscores; each part gets an upper-case first letter. A part written entirely in
    /// capitals (<c>MAX</c>, <c>RED</c>, <c>NAN</c>) is a SCREAMING_CASE word and becomes <c>Max</c>; any other part keeps
    /// its inner capitals (<c>NaN</c>, <c>getLogger</c>). A name made only of underscores keeps its spelling.
    /// </remarks>
    public static string ToPascalCase(string pythonName)
    {
        // Most names are one lower-case word or already PascalCase: no underscore, only the first letter to raise.
        if (pythonName.Length > 0 && pythonName.IndexOf('_') < 0 && !IsScreamingWord(pythonName) && SyntaxFacts.IsValidIdentifier(pythonName))
        {
            return Bounded(char.IsUpper(pythonName[0]) || !char.IsLetter(pythonName[0]) ? pythonName : char.ToUpperInvariant(pythonName[0]) + pythonName.Substring(1), pythonName);
        }

        var result = new StringBuilder(pythonName.Length);
        foreach (string part in pythonName.Split('_'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            result.Append(UpperFirst(part.Substring(0, 1)));
            string rest = part.Substring(1);
            result.Append(IsScreamingWord(part) ? rest.ToLowerInvariant() : rest);
        }

        return Bounded(MakeValidIdentifier(result.Length == 0 ? pythonName : result.ToString()), pythonName);
    }

    /// <summary>
    /// Parameters: <c>max_rows</c> → <c>maxRows</c>, <c>X</c> → <c>x</c>, <c>HTTPHeaders</c> → <c>httpHeaders</c>; a C# keyword
    /// is written verbatim (<c>out</c> → <c>@out</c>, <c>class_</c> → <c>@class</c>).
    /// </summary>
    public static string ToCamelCase(string pythonName)
    {
        // Most parameters are camelCase already (axis, dtype, keepdims): no underscore, and no capital after a lower first letter.
        if (pythonName.Length > 0 && pythonName.Length <= MaxIdentifierBytes / 3 && char.IsLower(pythonName[0])
            && (pythonName.Length == 1 || !char.IsUpper(pythonName[1])) && pythonName.IndexOf('_') < 0 && SyntaxFacts.IsValidIdentifier(pythonName))
        {
            return EscapeKeyword(pythonName);
        }

        string pascal = ToPascalCase(pythonName);
        char[] chars = pascal.ToCharArray();

        // Lower the leading run of capitals, but keep the last one of a run that starts a new word (HTTPHeaders → httpHeaders).
        for (int i = 0; i < chars.Length && char.IsUpper(chars[i]); i++)
        {
            bool nextStartsWord = i + 1 < chars.Length && char.IsLower(chars[i + 1]);
            if (i > 0 && nextStartsWord)
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return EscapeKeyword(new string(chars));
    }

    /// <summary>The C# name of a <c>[PyImport]</c> class for use in generated code, <c>global::App.Outer.Np</c> (without type arguments).</summary>
    public static string GlobalName(TargetTypeSpec target) =>
        "global::" + (target.Namespace.Length == 0 ? string.Empty : target.Namespace + ".")
        + string.Concat(target.ContainingTypes.Select(c => EscapeKeyword(c.Name) + "."))
        + EscapeKeyword(target.Name);

    /// <summary>Classes keep their name with the first letter upper-cased: <c>ndarray</c> → <c>Ndarray</c>, <c>LinAlgError</c> unchanged.</summary>
    public static string ToTypeName(string pythonName) => Bounded(MakeValidIdentifier(UpperFirst(pythonName)), pythonName);

    /// <summary>
    /// The longest C# name given out, in UTF-8 bytes. Metadata names may not exceed 1,024 bytes (CS7013, reported only
    /// when the assembly is emitted), and the emitter builds longer names from these (<c>__PyBindMember_</c>…, <c>get_</c>…).
    /// </summary>
    public const int MaxIdentifierBytes = 480;

    /// <summary>
    /// <paramref name="name"/>, or when it is longer than <see cref="MaxIdentifierBytes"/> (Python does not limit identifiers,
    /// and <c>_UXXXXXXXX</c> makes a non-BMP name ten times longer) its start and <c>_</c> and eight hex digits of a hash
    /// of the whole Python name: deterministic, and distinct for names that share the start.
    /// </summary>
    private static string Bounded(string name, string pythonName)
    {
        if (name.Length <= MaxIdentifierBytes / 3 || Encoding.UTF8.GetByteCount(name) <= MaxIdentifierBytes)
        {
            return name;
        }

        int budget = MaxIdentifierBytes - 9;
        int end = 0;
        while (end < name.Length)
        {
            int next = end + (char.IsHighSurrogate(name[end]) && end + 1 < name.Length ? 2 : 1);
            budget -= Encoding.UTF8.GetByteCount(name.Substring(end, next - end));
            if (budget < 0)
            {
                break;
            }

            end = next;
        }

        uint hash = 2166136261;
        foreach (char c in pythonName)
        {
            hash = (hash ^ c) * 16777619;
        }

        return name.Substring(0, end) + "_" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    /// <summary>Prefixes <c>@</c> when <paramref name="identifier"/> is a reserved C# keyword.</summary>
    public static string EscapeKeyword(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None ? identifier : "@" + identifier;

    /// <summary>Replaces every character C# does not accept at its position by <c>_uXXXX</c> / <c>_UXXXXXXXX</c>.</summary>
    public static string MakeValidIdentifier(string name)
    {
        if (SyntaxFacts.IsValidIdentifier(name))
        {
            return name;
        }

        var result = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool valid = result.Length == 0 ? SyntaxFacts.IsIdentifierStartCharacter(c) : SyntaxFacts.IsIdentifierPartCharacter(c);
            if (valid)
            {
                result.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                result.Append("_U").Append(char.ConvertToUtf32(c, name[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                i++;
            }
            else
            {
                result.Append("_u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return result.ToString();
    }

    private static string UpperFirst(string name) =>
        name.Length == 0 || char.IsUpper(name[0]) ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    private static bool IsScreamingWord(string part)
    {
        bool hasUpper = false;
        foreach (char c in part)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            hasUpper |= char.IsUpper(c);
        }

        return hasUpper && part.Length > 1;
    }
}
