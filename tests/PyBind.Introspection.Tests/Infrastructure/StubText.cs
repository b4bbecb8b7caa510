using System;
using System.Linq;

namespace PyBind.Introspection.Tests.Infrastructure;

/// <summary>Small readers over dialect text, so tests can assert on one member or the header.</summary>
internal static class StubText
{
    public static string Header(string stub, string key)
    {
        string prefix = $"# {key}: ";
        return stub.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..]
            ?? throw new InvalidOperationException($"No '{key}' header line.");
    }

    /// <summary>Everything after the header lines: what the content hash covers.</summary>
    public static string Body(string stub)
    {
        int index = stub.IndexOf("# content-hash: ", StringComparison.Ordinal);
        return stub[(stub.IndexOf('\n', index) + 1)..];
    }

    /// <summary>The top-level block (decorators, def/class and its indented body) that defines <paramref name="name"/>.</summary>
    public static string TopLevel(string stub, string keyword, string name)
    {
        string[] lines = stub.Split('\n');
        int start = Array.FindIndex(lines, l => l.StartsWith($"{keyword} {name}(", StringComparison.Ordinal) || l.StartsWith($"{keyword} {name}:", StringComparison.Ordinal));
        if (start < 0)
        {
            throw new InvalidOperationException($"No top-level '{keyword} {name}' in the stub.");
        }

        while (start > 0 && lines[start - 1].StartsWith('@'))
        {
            start--;
        }

        // A block ends at the first line outside a docstring that does not continue it; docstring lines may
        // start anywhere (they are verbatim), so triple quotes are tracked.
        bool inDocstring = false;
        int end = start;
        while (end < lines.Length)
        {
            string line = lines[end];
            bool continues = inDocstring || end == start || (line.Length > 0 && (line[0] == ' ' || line[0] == ')' || line[0] == '@'
                || line.StartsWith($"{keyword} {name}(", StringComparison.Ordinal)));
            if (!continues)
            {
                break;
            }

            inDocstring ^= CountTripleQuotes(line) % 2 == 1;
            end++;
        }

        return string.Join('\n', lines[start..end]);
    }

    private static int CountTripleQuotes(string line)
    {
        int count = 0;
        for (int index = line.IndexOf("\"\"\"", StringComparison.Ordinal); index >= 0; index = line.IndexOf("\"\"\"", index + 3, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
