using System;
using System.Collections.Generic;
using System.Linq;

namespace PyBind.Gen.Naming;

/// <summary>One Python name that needs a C# name in a scope, with the name its kind's rule gives it.</summary>
internal sealed record NameRequest(string PythonName, string Candidate);

/// <summary>A name that could not keep its candidate.</summary>
/// <param name="Index">The request's index.</param>
/// <param name="TakenName">The candidate it lost.</param>
internal sealed record NameChange(int Index, string TakenName);

/// <summary>
/// The one collision rule for generated names. Within a scope (a class and its nested members, a signature's
/// parameters, an enum's members), every request gets a distinct C# name, deterministically, whatever the order
/// of the stub:
/// <list type="number">
/// <item>Reserved names are never given out: the enclosing type's own name (CS0542) and the members every binding
/// inherits or is generated with (<see cref="ReservedNames"/>).</item>
/// <item>Among the requests that want the same candidate, the one whose Python spelling <em>is</em> the candidate
/// wins (class <c>Foo</c> over function <c>foo</c>), then the first in ordinal order of Python names.</item>
/// <item>Every other request gets the candidate with <c>_</c> appended, then <c>_2</c>, <c>_3</c>… — the first that is free.
/// Losers are served in ordinal order of (candidate, Python name), after all winners.</item>
/// </list>
/// Python-derived names never contain <c>_</c> except in class names and escapes, so a suffixed name rarely meets another.
/// Names are compared ignoring case: <c>NaN</c> and <c>nan</c> (numpy has both) would compile as <c>NaN</c> and <c>Nan</c>,
/// but two members that differ only by case are a trap in IntelliSense and an analyzer warning (CA1708) in the
/// user's project, so <c>nan</c> becomes <c>Nan_</c>.
/// </summary>
internal static class NameScope
{
    /// <summary>Assigns a distinct name to every request; <paramref name="changes"/> lists those that lost their candidate.</summary>
    public static string[] Resolve(IReadOnlyList<NameRequest> requests, IEnumerable<string> reserved, out IReadOnlyList<NameChange> changes)
    {
        var taken = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);
        string[] names = new string[requests.Count];
        if (AllFree(requests, taken, names))
        {
            changes = [];
            return names;
        }

        Array.Clear(names, 0, names.Length);
        var losers = new List<int>();

        foreach (IGrouping<string, int> group in Enumerable.Range(0, requests.Count).GroupBy(i => requests[i].Candidate, StringComparer.OrdinalIgnoreCase))
        {
            int[] ranked = group
                .OrderBy(i => requests[i].PythonName == requests[i].Candidate ? 0 : 1)
                .ThenBy(i => requests[i].PythonName, StringComparer.Ordinal)
                .ThenBy(i => i)
                .ToArray();
            int first = 0;
            string winner = requests[ranked[0]].Candidate;
            if (!taken.Contains(winner))
            {
                names[ranked[0]] = winner;
                taken.Add(winner);
                first = 1;
            }

            losers.AddRange(ranked.Skip(first));
        }

        var changeList = new List<NameChange>(losers.Count);
        foreach (int index in losers
            .OrderBy(i => requests[i].Candidate, StringComparer.Ordinal)
            .ThenBy(i => requests[i].PythonName, StringComparer.Ordinal)
            .ThenBy(i => i))
        {
            string candidate = requests[index].Candidate;
            string name = candidate + "_";
            for (int suffix = 2; taken.Contains(name); suffix++)
            {
                name = candidate + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            taken.Add(name);
            names[index] = name;
            changeList.Add(new NameChange(index, candidate));
        }

        changes = changeList;
        return names;
    }

    /// <summary>The common case, without sorting: every candidate distinct and unreserved. Fills <paramref name="names"/>.</summary>
    private static bool AllFree(IReadOnlyList<NameRequest> requests, HashSet<string> reserved, string[] names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < requests.Count; i++)
        {
            string candidate = requests[i].Candidate;
            if (reserved.Contains(candidate) || !seen.Add(candidate))
            {
                return false;
            }

            names[i] = candidate;
        }

        return true;
    }
}
