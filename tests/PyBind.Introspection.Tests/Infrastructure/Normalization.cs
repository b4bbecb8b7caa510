using System.Collections.Generic;

namespace PyBind.Introspection.Tests.Infrastructure;

/// <summary>What to normalize and how: mirrors the options of pybind_introspect.normalize.</summary>
internal sealed record NormalizeRequest(IReadOnlyList<string> Modules)
{
    public bool AllowImports { get; init; } = true;

    public bool IncludeSubmodules { get; init; }

    public bool FindTypeshed { get; init; } = true;

    public IReadOnlyList<string> Typeshed { get; init; } = [];

    public IReadOnlyList<string> SearchPaths { get; init; } = [TestPaths.Fixtures];
}

/// <summary>One module's outcome: the stub text, or an error naming the module and the cause.</summary>
internal sealed record ModuleOutcome(string Module, string? Stub, string? Error, IReadOnlyList<string> Warnings);
