namespace PyBind;

/// <summary>
/// Converts one .NET type to and from Python. Generated bindings compose these for container types
/// (<c>list[dict[str, int]]</c>); <see cref="PyConverters.For{T}"/> finds the default one for a type. The caller of
/// either method holds the GIL.
/// </summary>
public abstract class PyConverter<T> : IUntypedConverter
{
    /// <summary>Converts <paramref name="value"/> to a new Python reference.</summary>
    public abstract nint ToPython(T value);

    /// <summary>Converts a borrowed Python reference.</summary>
    /// <exception cref="PyConversionException">The Python type has no conversion to <typeparamref name="T"/>.</exception>
    public abstract T FromPython(nint obj);

    object? IUntypedConverter.FromPythonUntyped(nint obj) => FromPython(obj);
}

/// <summary>A converter seen without its type argument (for <c>dynamic</c> conversions, whose target type is known only at run time).</summary>
internal interface IUntypedConverter
{
    object? FromPythonUntyped(nint obj);
}
