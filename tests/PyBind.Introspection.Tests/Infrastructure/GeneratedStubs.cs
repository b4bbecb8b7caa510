using System.Collections.Generic;
using System.IO;
using System.Linq;
using PyBind.Introspection;
using Xunit;

namespace PyBind.Introspection.Tests.Infrastructure;

/// <summary>The stubs of stubs-cache/modules.txt, regenerated once per test run with the options the file documents.</summary>
public sealed class GeneratedStubs
{
    public GeneratedStubs()
    {
        IReadOnlyList<string> modules = ToolOptions.ReadModulesFile(Path.Combine(TestPaths.StubsCache, "modules.txt")).ToList();
        Results = Normalizer.Run(new NormalizationRequest(modules)
        {
            Typeshed = [TestPaths.MypyTypeshed],
            FindTypeshed = false,
            IncludeSubmodules = true,
        });
    }

    public IReadOnlyList<ModuleResult> Results { get; }

    public string this[string module] => Results.Single(r => r.Module == module).Stub
        ?? throw new Xunit.Sdk.XunitException($"{module}: {Results.Single(r => r.Module == module).Error}");
}

[CollectionDefinition(Name)]
public sealed class GeneratedStubsGroup : ICollectionFixture<GeneratedStubs>
{
    public const string Name = "stubs-cache modules, regenerated";
}
