using System.Collections.Generic;

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

    /// <summary>Adds the counts of one part of the binding.</summary>
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
}
