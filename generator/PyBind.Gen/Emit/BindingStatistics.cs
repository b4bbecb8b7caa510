using System.Collections.Generic;
using System.Linq;

namespace PyBind.Gen.Emit;

/// <summary>What one binding bound, and how precisely: the numbers the benchmark prints.</summary>
internal sealed class BindingStatistics(string module)
{
    public string Module { get; } = module;

    /// <summary>Functions, methods, constructors, properties and constants that got a binding.</summary>
    public int Members { get; set; }

    /// <summary>Members whose every parameter and result has a specific C# type (no <c>object</c>, no <c>PyObject</c>).</summary>
    public int FullyTyped { get; set; }

    /// <summary>Members with <c>object</c>/<c>PyObject</c> only where the stub itself says <c>Any</c> (or nothing).</summary>
    public int AnyInStub { get; set; }

    /// <summary>Members typed less precisely than their stub (PYB0009).</summary>
    public int Degraded { get; set; }

    /// <summary>The kind of each reason a member was degraded for (one entry per reason; the report counts them).</summary>
    public List<string> Reasons { get; } = [];

    public int Classes { get; set; }

    public int Skipped { get; set; }

    /// <summary>Adds the counts of another binding (the benchmark sums those of several).</summary>
    public void Add(BindingStatistics part)
    {
        Members += part.Members;
        FullyTyped += part.FullyTyped;
        AnyInStub += part.AnyInStub;
        Degraded += part.Degraded;
        Classes += part.Classes;
        Skipped += part.Skipped;
        Reasons.AddRange(part.Reasons);
    }

    /// <summary>Counts a member for the statistics: fully typed, <c>object</c>/<c>PyObject</c> only where the stub says <c>Any</c>, or degraded.</summary>
    public void Count(IEnumerable<CsType> types, Imprecision imprecision)
    {
        Members++;
        if (imprecision.Reasons.Count > 0)
        {
            Degraded++;
            foreach (string reason in imprecision.Reasons)
            {
                Reasons.Add(Categorize(reason));
            }
        }
        else if (types.Any(Loose))
        {
            AnyInStub++;
        }
        else
        {
            FullyTyped++;
        }
    }

    private static bool Loose(CsType type) => type switch
    {
        ObjectType or PyObjectType => type != ObjectType.None,
        NullableType n => Loose(n.Inner),
        CollectionType c => c.Items.Any(Loose),
        TupleType t => t.Items.Any(Loose),
        TaskType t => Loose(t.Result),
        DelegateType d => d.Syntax.Contains("object") || d.Syntax.Contains("PyObject") || d.Syntax == "global::System.Delegate",
        _ => false,
    };

    /// <summary>A reason without its specifics, for the statistics' histogram.</summary>
    private static string Categorize(string reason)
    {
        int quote = reason.IndexOf('\'');
        if (reason.Contains("has no stub"))
        {
            return "a class with no stub";
        }

        if (reason.Contains("not bound by any"))
        {
            return "a class of a stub no [PyImport] binds";
        }

        if (reason.Contains("share one C# signature"))
        {
            return "overloads merged with different return types";
        }

        if (reason.Contains("too many"))
        {
            return "a union too wide to expand";
        }

        if (reason.Contains("optional union"))
        {
            return "an optional union of containers or tuples (object)";
        }

        if (reason.Contains("is passed as object"))
        {
            return "a union inside a container or callback";
        }

        if (reason.Contains("returned as PyObject") && reason.Contains("union"))
        {
            return "a union returned";
        }

        if (reason.Contains("cannot be inferred"))
        {
            return "a type variable only in the return";
        }

        if (reason.Contains("callable"))
        {
            return "a callable returned";
        }

        if (reason.Contains("coroutine"))
        {
            return "a coroutine (no PyObject.AsTask in the runtime)";
        }

        return quote > 0 ? reason.Substring(0, quote).Trim() : reason;
    }
}
