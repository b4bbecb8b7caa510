using System;

namespace PyBind;

/// <summary>
/// An optional argument that can also be <c>None</c>: <c>default</c> (what an omitted C# optional parameter gets)
/// means "not passed, Python's default applies"; any value, <c>null</c> included, is passed. Generated bindings use it
/// where a parameter accepts <c>None</c> but defaults to something else, as <c>numpy.concatenate(axis=None)</c>
/// (flatten) differs from the default <c>axis=0</c>.
/// </summary>
public readonly struct PyOptional<T> : IEquatable<PyOptional<T>>
{
    private readonly T _value;

    /// <summary>An argument to pass.</summary>
    public PyOptional(T value)
    {
        _value = value;
        HasValue = true;
    }

    /// <summary>Whether the caller gave a value (possibly <c>null</c>, sent as <c>None</c>).</summary>
    public bool HasValue { get; }

    /// <summary>The value given.</summary>
    /// <exception cref="InvalidOperationException">No value was given.</exception>
    public T Value => HasValue ? _value : throw new InvalidOperationException("No value was given for this optional argument.");

    /// <summary>Wraps a value to pass.</summary>
#pragma warning disable CA2225 // the constructor is the named alternative
    public static implicit operator PyOptional<T>(T value) => new(value);
#pragma warning restore CA2225

    /// <inheritdoc />
    public bool Equals(PyOptional<T> other)
        => HasValue == other.HasValue && (!HasValue || System.Collections.Generic.EqualityComparer<T>.Default.Equals(_value, other._value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PyOptional<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HasValue ? HashCode.Combine(true, _value) : 0;

    /// <inheritdoc />
    public override string ToString() => HasValue ? $"{_value}" : "<not passed>";

    /// <summary>Equality of presence and value.</summary>
    public static bool operator ==(PyOptional<T> left, PyOptional<T> right) => left.Equals(right);

    /// <summary>Inequality of presence or value.</summary>
    public static bool operator !=(PyOptional<T> left, PyOptional<T> right) => !left.Equals(right);
}
