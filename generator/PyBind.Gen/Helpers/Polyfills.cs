// netstandard2.0 lacks the types the C# compiler needs for records, init accessors and nullable flow
// attributes. The compiler only looks them up by name, so internal copies are enough.

namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit;

    /// <summary>Lets collection expressions (<c>[a, b]</c>) build <c>EquatableArray&lt;T&gt;</c>.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, Inherited = false)]
    internal sealed class CollectionBuilderAttribute(Type builderType, string methodName) : Attribute
    {
        public Type BuilderType { get; } = builderType;

        public string MethodName { get; } = methodName;
    }
}

namespace System.Runtime.CompilerServices
{
    /// <summary>Lets <c>IndentedTextWriter.WriteLine($"…")</c> append the parts directly (an interpolated string handler).</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    internal sealed class InterpolatedStringHandlerAttribute : Attribute;

    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    internal sealed class InterpolatedStringHandlerArgumentAttribute(params string[] arguments) : Attribute
    {
        public string[] Arguments { get; } = arguments;
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    internal sealed class NotNullWhenAttribute(bool returnValue) : Attribute
    {
        public bool ReturnValue { get; } = returnValue;
    }
}

namespace PyBind.Gen.Helpers
{
    /// <summary>JIT hints that netstandard2.0 cannot name.</summary>
    internal static class Jit
    {
#if READYTORUN
        /// <summary>Nothing in the precompiled image: its code is optimized already, and the mark would leave it to the JIT.</summary>
        public const System.Runtime.CompilerServices.MethodImplOptions Optimized = 0;
#else
        /// <summary>
        /// <c>MethodImplOptions.AggressiveOptimization</c> (512, .NET Core 3.0+): compiled fully optimized on first call,
        /// without tier 0. For the few loops that scan all of a stub or docstring, so a cold build does not run them
        /// as unoptimized code; older runtimes ignore the bit.
        /// </summary>
        public const System.Runtime.CompilerServices.MethodImplOptions Optimized = (System.Runtime.CompilerServices.MethodImplOptions)512;
#endif
    }
}
