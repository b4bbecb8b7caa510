using System.Diagnostics.CodeAnalysis;
using PyBind.Proxies;

namespace PyBind;

public partial class Python
{
    /// <summary>
    /// The Python proxy of <paramref name="target"/>: the object itself, by reference, never a copy. Any object without a
    /// Python equivalent already crosses as a proxy; this makes one for a collection too (a <c>List&lt;T&gt;</c> that
    /// Python should change in place rather than receive as a new list). Python sees the public members in its own
    /// spelling (<c>AddTwo</c> → <c>add_two</c>) and by their exact names, collections with <c>len</c>, <c>in</c>,
    /// indexing and iteration; the proxy comes back to .NET as <paramref name="target"/>.
    /// </summary>
    /// <remarks>The members of <typeparamref name="T"/> are kept when the program is trimmed.</remarks>
    public static PyObject Proxy<[DynamicallyAccessedMembers(ProxiedMembers)] T>(T target)
        where T : notnull
    {
        using GilScope gil = Gil.Acquire();
        return new PyObject(DotNetProxy.ToPython(target), PyOwnership.Steal);
    }

    /// <summary>The members a proxy shows Python, kept by the trimmer for the types the public API is given.</summary>
    internal const DynamicallyAccessedMemberTypes ProxiedMembers = DynamicallyAccessedMemberTypes.PublicConstructors
        | DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicProperties
        | DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicNestedTypes;
}
