using System;
using System.Text;

namespace PyBind;

/// <summary>
/// How Python sees a .NET name: <c>AddTwo</c> → <c>add_two</c>, <c>F</c> → <c>f</c>, <c>HTTPServer</c> →
/// <c>http_server</c>, <c>MAX_VALUE</c> → <c>max_value</c>, <c>UTF8Encoding</c> → <c>utf8_encoding</c>,
/// <c>Vector2D</c> → <c>vector2d</c>; a result that is a Python keyword gets a trailing underscore (<c>From</c> →
/// <c>from_</c>), as PEP 8 advises. The exact .NET name resolves too, wherever this spelling does.
/// </summary>
/// <remarks>
/// One definition for both sides: the runtime's proxies and modules resolve names with it, and the source generator
/// (which links this file) writes <c>[PyExport]</c> modules and their <c>.pyi</c> with it, so the two always agree.
/// It must therefore compile for netstandard2.0 as well.
/// </remarks>
internal static class PythonSpelling
{
    private static readonly string[] s_keywords =
    [
        "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
        "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
        "raise", "return", "try", "while", "with", "yield",
    ];

    /// <summary>The Python spelling of a .NET member, parameter or nested class name.</summary>
    public static string Of(string name)
    {
        string spelled = Snake(name);
        return Array.IndexOf(s_keywords, spelled) >= 0 ? spelled + "_" : spelled;
    }

    /// <summary>
    /// PEP 8's spelling of a module constant: <c>EarthRadiusKm</c> → <c>EARTH_RADIUS_KM</c>, <c>From</c> → <c>FROM</c>
    /// (no keyword is upper case). Its <see cref="Of"/> is the constant's own spelling again, so it can only meet the
    /// name of a member that already meets the constant's.
    /// </summary>
    public static string ConstantOf(string name) => Snake(name).ToUpperInvariant();

    private static string Snake(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (!char.IsUpper(c))
            {
                text.Append(c);
                continue;
            }
            if (i > 0 && StartsWord(name, i))
                text.Append('_');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }

    /// <summary>Whether the capital at <paramref name="i"/> starts a new word (and so gets an underscore before it).</summary>
    private static bool StartsWord(string name, int i)
    {
        char previous = name[i - 1];
        bool nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
        if (previous == '_')
            return false;
        if (char.IsLower(previous))
            return true;
        // After a digit only a word that goes on in lower case starts ("UTF8Encoding"), not a lone letter ("Vector2D").
        if (char.IsDigit(previous))
            return nextIsLower;
        // Inside a run of capitals, the last one starts a word when lower case follows ("HTTPServer" → http_server).
        return char.IsUpper(previous) && nextIsLower;
    }
}
