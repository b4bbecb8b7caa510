using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Helpers;
using PyBind.Gen.Stubs;

namespace PyBind.Gen;

/// <summary>
/// Every stub of the compilation, read, ordered by module name and then path, so that the stub used for a module is
/// the same whatever order the AdditionalFiles items come in.
/// </summary>
/// <remarks>Cacheability: an equatable array of equatable <see cref="ParsedStub"/>s.</remarks>
internal sealed record StubIndex(EquatableArray<ParsedStub> Stubs)
{
    public static StubIndex Create(ImmutableArray<ParsedStub> stubs, CancellationToken cancellationToken)
    {
        // Reading is most of a cold run's work before writing: every core reads stubs, the longest first (stubs
        // read before, unchanged since, are already read).
        var schedule = new WorkSchedule();
        foreach (ParsedStub stub in stubs.OrderByDescending(s => s.Length))
        {
            schedule.Add(() => stub.Read(cancellationToken));
        }

        schedule.Run(cancellationToken);
        return new(stubs
            .OrderBy(s => s.ModuleName, StringComparer.Ordinal)
            .ThenBy(s => s.Path, StringComparer.Ordinal)
            .ToEquatableArray());
    }

    /// <summary>The stub used for <paramref name="moduleName"/> (the first by path), or <see langword="null"/>.</summary>
    public ParsedStub? Find(string moduleName) => Stubs.FirstOrDefault(s => s.ModuleName == moduleName);

    /// <summary>
    /// A diagnostic about one member found while writing a binding (PYB0009, PYB0010: the writer sees only the model,
    /// which has no positions, and reports at the top of the stub) placed on the member's definition in the stub of
    /// its module; any other diagnostic as it is.
    /// </summary>
    public DiagnosticInfo Locate(DiagnosticInfo diagnostic)
    {
        if (diagnostic.Descriptor != DiagnosticDescriptors.MemberDegraded
            && diagnostic.Descriptor != DiagnosticDescriptors.MemberSkipped)
        {
            return diagnostic;
        }

        // The first argument is the member's Python path; its module is the longest prefix that has a stub.
        string member = diagnostic.MessageArgs[0];
        for (int moduleEnd = member.LastIndexOf('.'); moduleEnd > 0; moduleEnd = member.LastIndexOf('.', moduleEnd - 1))
        {
            if (Find(member.Substring(0, moduleEnd)) is { } stub)
            {
                return DefinitionOrEnclosing(stub, member, moduleEnd) is { } definition ? diagnostic with { Location = definition } : diagnostic;
            }
        }

        return diagnostic;
    }

    /// <summary>
    /// Where <paramref name="member"/> is defined; for a constructor the stub gives as <c>__new__</c>, there; else the
    /// innermost class around it that is defined (a member the writer adds, such as an inherited constructor).
    /// </summary>
    private static LocationInfo? DefinitionOrEnclosing(ParsedStub stub, string member, int moduleEnd)
    {
        const string Constructor = ".__init__";
        LocationInfo? definition = stub.DefinitionOf(member);
        if (definition is null && member.EndsWith(Constructor, StringComparison.Ordinal))
        {
            definition = stub.DefinitionOf(member.Substring(0, member.Length - Constructor.Length) + ".__new__");
        }

        for (int end = member.LastIndexOf('.'); definition is null && end > moduleEnd; end = member.LastIndexOf('.', end - 1))
        {
            definition = stub.DefinitionOf(member.Substring(0, end));
        }

        return definition;
    }

    /// <summary>
    /// The diagnostics of the stubs some class binds, and a warning for each stub shadowed by another of the same
    /// module. A stub nobody binds stays silent: it may belong to another tool.
    /// </summary>
    public IEnumerable<DiagnosticInfo> DiagnosticsFor(EquatableArray<string> boundModules)
    {
        var bound = new HashSet<string>(boundModules, StringComparer.Ordinal);
        ParsedStub? used = null;
        foreach (ParsedStub stub in Stubs.Where(s => bound.Contains(s.ModuleName)))
        {
            if (used?.ModuleName == stub.ModuleName)
            {
                yield return DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateStub,
                    new LocationInfo(stub.Path, default, default(LinePositionSpan)),
                    stub.ModuleName,
                    used.Path,
                    stub.Path);
                continue;
            }

            used = stub;
            foreach (DiagnosticInfo diagnostic in stub.Diagnostics)
            {
                yield return diagnostic;
            }
        }
    }
}
