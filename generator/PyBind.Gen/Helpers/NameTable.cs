using System;

namespace PyBind.Gen.Helpers;

/// <summary>
/// Interns identifiers read from a text: each distinct name is one string, found again without allocating. A stub
/// repeats the same few hundred names (<c>typing</c>, <c>numpy</c>, <c>Any</c>, parameter names) tens of thousands of times.
/// </summary>
internal sealed class NameTable
{
    private string?[] _entries = new string?[1024];
    private int _count;

    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    public string Get(string text, int start, int length)
    {
        int hash = 5381;
        for (int i = start; i < start + length; i++)
        {
            hash = unchecked((hash * 33) ^ text[i]);
        }

        int mask = _entries.Length - 1;
        int slot = hash & mask;
        while (_entries[slot] is string existing)
        {
            if (existing.Length == length && string.CompareOrdinal(existing, 0, text, start, length) == 0)
            {
                return existing;
            }

            slot = (slot + 1) & mask;
        }

        string name = text.Substring(start, length);
        _entries[slot] = name;
        if (++_count * 2 > _entries.Length)
        {
            Grow();
        }

        return name;
    }

    private void Grow()
    {
        string?[] old = _entries;
        _entries = new string?[old.Length * 2];
        int mask = _entries.Length - 1;
        foreach (string? name in old)
        {
            if (name is null)
            {
                continue;
            }

            int hash = 5381;
            foreach (char c in name)
            {
                hash = unchecked((hash * 33) ^ c);
            }

            int slot = hash & mask;
            while (_entries[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            _entries[slot] = name;
        }
    }
}
