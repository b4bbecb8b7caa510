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

namespace System.Diagnostics.CodeAnalysis
{
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    internal sealed class NotNullWhenAttribute(bool returnValue) : Attribute
    {
        public bool ReturnValue { get; } = returnValue;
    }
}
