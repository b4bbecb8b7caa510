using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;

namespace PyBind.Gen.Emit;

/// <summary>
/// One part of a binding's output that one thread writes: a top-level class (with its nested classes) or a module
/// file. It has its own lowering state, diagnostics and counts; the emitter merges them in writing order (the order
/// one thread would write the parts in), so the output does not depend on which thread wrote which part.
/// </summary>
internal sealed class WritingUnit
{
    private readonly BindingEmitter _emitter;
    private readonly LocationInfo _stub;
    private int _documentationUses;

    /// <param name="order">The part's place in writing order.</param>
    /// <param name="stubPath">The stub of the module written: where the part's diagnostics point (those about a member are
    /// then placed on its definition, see <see cref="StubIndex.Locate"/>).</param>
    public WritingUnit(BindingEmitter emitter, int order, LoweringContext context, string stubPath, Func<string, string, string?> commonBase)
    {
        _emitter = emitter;
        Order = order;
        Context = context;
        Mapper = new TypeMapper(context);
        Planner = new MethodPlanner(Mapper, commonBase);
        Statistics = new BindingStatistics(context.Binding.Module.Name);
        StubPath = stubPath;
        _stub = new LocationInfo(stubPath, default, default(LinePositionSpan));
    }

    /// <summary>The stub of the module written, which the members' documentation names.</summary>
    public string StubPath { get; }

    public int Order { get; }

    public LoweringContext Context { get; }

    public TypeMapper Mapper { get; }

    public MethodPlanner Planner { get; }

    public List<DiagnosticInfo> Diagnostics { get; } = [];

    public BindingStatistics Statistics { get; }

    public RenderedDocstring RenderDocstring(string? docstring) => _emitter.RenderDocstring(docstring);

    /// <summary>A number that orders this use of a docstring after every use written before it, in any part.</summary>
    public long NextDocumentationUse() => ((long)Order << 32) | (uint)_documentationUses++;

    /// <summary>Reports a member bound less precisely than its stub (PYB0009).</summary>
    public void Report(string member, Imprecision? imprecision, string? reason = null)
    {
        IEnumerable<string> reasons = imprecision?.Reasons ?? [];
        if (reason is not null)
        {
            reasons = reasons.Append(reason);
        }

        string text = string.Join("; ", reasons.Take(4));
        if (text.Length > 0)
        {
            Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberDegraded, _stub, member, text));
        }
    }

    public void ReportSkipped(string member, string reason) =>
        Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberSkipped, _stub, member, reason));
}
