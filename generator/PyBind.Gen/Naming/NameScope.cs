using System;
using System.Collections.Generic;

namespace PyBind.Gen.Naming;

/// <summary>One Python name that needs a C# name in a scope, with the name its kind's rule gives it.</summary>
/// <param name="IsMethod">Whether it names a method, which may take an inherited method's name (see <see cref="NameScope"/>).</param>
internal sealed record NameRequest(string PythonName, string Candidate, bool IsMethod = false);

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
/// inherits or is generated with (<see cref="ReservedNames"/>). Names only methods may take (inherited methods a
/// method may hide, <see cref="ReservedNames.PyObjectMethodsPythonMayTake"/>) go to a method spelled exactly so, and
/// are reserved for every other request.</item>
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
    public static string[] Resolve(IReadOnlyList<NameRequest> requests, IEnumerable<string> reserved, out IReadOnlyList<NameChange> changes) =>
        Resolve(requests, reserved, [], out changes);

    /// <summary>Assigns a distinct name to every request; <paramref name="changes"/> lists those that lost their candidate.</summary>
    /// <param name="forMethods">Names a method spelled exactly so may take, reserved for any other request.</param>
    public static string[] Resolve(IReadOnlyList<NameRequest> requests, IEnumerable<string> reserved, IEnumerable<string> forMethods, out IReadOnlyList<NameChange> changes)
    {
        var taken = new Taken(reserved, forMethods);
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
            int winner = group.FindIndex(r => taken.IsFreeFor(r.Request, r.Request.Candidate));
            if (winner >= 0)
            {
                names[group[winner].Index] = group[winner].Request.Candidate;
                taken.Add(group[winner].Request.Candidate);
            }

            for (int i = 0; i < group.Count; i++)
            {
                if (i != winner)
                {
                    losers.Add(group[i]);
                }
            }
        }

        losers.Sort(Ranked.ByCandidate);
        var changeList = new List<NameChange>(losers.Count);
        foreach (Ranked loser in losers)
        {
            string candidate = loser.Request.Candidate;
            string name = candidate + "_";
            for (int suffix = 2; !taken.IsFreeFor(loser.Request, name); suffix++)
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

    /// <summary>The names given out or reserved in a scope, and those only methods may take.</summary>
    private sealed class Taken(IEnumerable<string> reserved, IEnumerable<string> forMethods)
    {
        private readonly HashSet<string> _taken = new(reserved, StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _forMethods = new(forMethods, StringComparer.Ordinal);
        private readonly HashSet<string> _forMethodsAnyCase = new(forMethods, StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// Whether <paramref name="request"/> may take <paramref name="name"/>: nobody holds it, and it is no method's name
        /// or the request is a method spelled exactly like it (<c>Getattr</c> beside an inherited <c>GetAttr</c> is a trap).
        /// </summary>
        public bool IsFreeFor(NameRequest request, string name) =>
            !_taken.Contains(name) && (!_forMethodsAnyCase.Contains(name) || (request.IsMethod && _forMethods.Contains(name)));

        public void Add(string name) => _taken.Add(name);
    }

    /// <summary>The common case, without sorting: every candidate distinct and free. Fills <paramref name="names"/>.</summary>
    private static bool AllFree(IReadOnlyList<NameRequest> requests, Taken taken, string[] names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < requests.Count; i++)
        {
            string candidate = requests[i].Candidate;
            if (!taken.IsFreeFor(requests[i], candidate) || !seen.Add(candidate))
            {
                return false;
            }

            names[i] = candidate;
        }

        return true;
    }
}
