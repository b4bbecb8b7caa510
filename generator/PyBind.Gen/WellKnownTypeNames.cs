namespace PyBind.Gen;

/// <summary>Metadata names of the runtime types the generator looks for or emits references to.</summary>
internal static class WellKnownTypeNames
{
    /// <summary>The marker attribute; it lives in the runtime assembly, which the user's project references.</summary>
    public const string PyImportAttribute = "PyBind.PyImportAttribute";
}
