using System;

namespace PyBind.Gen.Emit;

/// <summary>
/// One part of a binding's output that one thread plans and writes: a top-level class (with its nested classes) or a
/// module file. It has its own lowering state (type mapper, overload planner) and numbers its docstring uses after
/// every part before it in writing order (the order one thread would write the parts in), so the output does not
/// depend on which thread planned or wrote which part.
/// </summary>
internal sealed class WritingUnit
{
    private readonly BindingEmitter _emitter;
    private int _documentationUses;

    /// <param name="order">The part's place in writing order.</param>
    /// <param name="stubPath">The stub of the module written (at its first place in the tree): where the part's
    /// diagnostics point (those about a member are then placed on its definition, see <see cref="StubIndex.Locate"/>).</param>
    public WritingUnit(BindingEmitter emitter, int order, LoweringContext context, string stubPath, Func<string, string, string?> commonBase)
    {
        _emitter = emitter;
        Order = order;
        Context = context;
        Mapper = new TypeMapper(context);
        Planner = new MethodPlanner(Mapper, commonBase);
        StubPath = stubPath;
    }

    /// <summary>The stub of the module written, which the members' documentation names and their diagnostics point at.</summary>
    public string StubPath { get; }

    public int Order { get; }

    public LoweringContext Context { get; }

    public TypeMapper Mapper { get; }

    public MethodPlanner Planner { get; }

    public RenderedDocstring RenderDocstring(string? docstring) => _emitter.RenderDocstring(docstring);

    /// <summary>A number that orders this use of a docstring after every use written before it, in any part.</summary>
    public long NextDocumentationUse() => ((long)Order << 32) | (uint)_documentationUses++;
}
