using System;
using System.Collections.Generic;

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
        var groups = new Dictionary<string, List<Ranked>>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < requests.Count; i++)
        {
            if (!groups.TryGetValue(requests[i].Candidate, out List<Ranked>? group))
            {
                groups[requests[i].Candidate] = group = [];
            }

            group.Add(new Ranked(i, requests[i]));
        }

        var losers = new List<Ranked>();
        foreach (List<Ranked> group in groups.Values)
        {
            group.Sort(Ranked.ByClaim);
            int first = 0;
            string winner = group[0].Request.Candidate;
            if (!taken.Contains(winner))
            {
                names[group[0].Index] = winner;
                taken.Add(winner);
                first = 1;
            }

            for (int i = first; i < group.Count; i++)
            {
                losers.Add(group[i]);
            }
        }

        losers.Sort(Ranked.ByCandidate);
        var changeList = new List<NameChange>(losers.Count);
        foreach (Ranked loser in losers)
        {
            string candidate = loser.Request.Candidate;
            string name = candidate + "_";
            for (int suffix = 2; taken.Contains(name); suffix++)
            {
                name = candidate + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            taken.Add(name);
            names[loser.Index] = name;
            changeList.Add(new NameChange(loser.Index, candidate));
        }

        changes = changeList;
        return names;
    }

    /// <summary>A request and its index, in the orders of the rule.</summary>
    private sealed class Ranked(int index, NameRequest request)
    {
        public int Index { get; } = index;

        public NameRequest Request { get; } = request;

        /// <summary>Who keeps a candidate: the request spelled like it, then by Python name, then the first.</summary>
        public static readonly Comparison<Ranked> ByClaim = (a, b) =>
        {
            int spelled = (a.Request.PythonName == a.Request.Candidate ? 0 : 1) - (b.Request.PythonName == b.Request.Candidate ? 0 : 1);
            return spelled != 0 ? spelled : ThenByPythonName(a, b);
        };

        /// <summary>The order losers are served in: by candidate, then Python name, then the first.</summary>
        public static readonly Comparison<Ranked> ByCandidate = (a, b) =>
        {
            int candidate = string.CompareOrdinal(a.Request.Candidate, b.Request.Candidate);
            return candidate != 0 ? candidate : ThenByPythonName(a, b);
        };

        private static int ThenByPythonName(Ranked a, Ranked b)
        {
            int name = string.CompareOrdinal(a.Request.PythonName, b.Request.PythonName);
            return name != 0 ? name : a.Index.CompareTo(b.Index);
        }
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
