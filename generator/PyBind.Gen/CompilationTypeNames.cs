namespace PyBind.Gen;

/// <summary>
/// Metadata names the generator and the analyzer look up in the user's compilation (<c>GetTypeByMetadataName</c>,
/// <c>ForAttributeWithMetadataName</c>), as opposed to <see cref="Emit.EmittedNames"/>, which generated code writes.
/// </summary>
internal static class CompilationTypeNames
{
    /// <summary>The marker attribute; it lives in the runtime assembly, which the user's project references.</summary>
    public const string PyImportAttribute = "PyBind.PyImportAttribute";

    /// <summary>The runtime's Python object; its <c>AsTask</c>, which async bindings need, is feature-detected (a runtime without it binds coroutines as PyObject).</summary>
    public const string PyObject = "PyBind.PyObject";

    /// <summary>C# 13's overload tie-breaker (.NET 9+, or a polyfill), detected before the generator applies it.</summary>
    public const string OverloadResolutionPriorityAttribute = "System.Runtime.CompilerServices.OverloadResolutionPriorityAttribute";
}
