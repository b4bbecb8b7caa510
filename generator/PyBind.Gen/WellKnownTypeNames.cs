namespace PyBind.Gen;

/// <summary>Metadata names of the runtime types the generator looks for or emits references to.</summary>
internal static class WellKnownTypeNames
{
    /// <summary>The marker attribute; it lives in the runtime assembly, which the user's project references.</summary>
    public const string PyImportAttribute = "PyBind.PyImportAttribute";

    /// <summary>The runtime's Python object; its <c>AsTask</c>, which async bindings need, is feature-detected (a runtime without it binds coroutines as PyObject).</summary>
    public const string PyObject = "PyBind.PyObject";

    /// <summary>C# 13's overload tie-breaker (.NET 9+, or a polyfill), detected before the generator applies it.</summary>
    public const string OverloadResolutionPriorityAttribute = "System.Runtime.CompilerServices.OverloadResolutionPriorityAttribute";
}
