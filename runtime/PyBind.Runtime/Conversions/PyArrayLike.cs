using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace PyBind;

/// <summary>
/// What numpy calls "array-like" (<c>numpy.typing.ArrayLike</c>): a scalar, a .NET array of numbers or booleans, a
/// sequence, or any <see cref="PyObject"/> (an ndarray passes as itself). Parameters typed this way accept all of
/// those directly: <c>Np.Sum(new[] { 1.0, 2.0 })</c>, <c>Np.Sqrt(2.0)</c>, <c>Np.Dot(a, b)</c>.
/// </summary>
public readonly struct PyArrayLike : IEquatable<PyArrayLike>
{
    private readonly object? _value;

    private PyArrayLike(object? value) => _value = value;

    /// <summary>The .NET value (or <see cref="PyObject"/>) this stands for.</summary>
    public object? Value => _value;

#pragma warning disable CA2225 // FromX alternatives: PyArrayLike.From(object?) covers every case
    /// <summary>A Python object as itself.</summary>
    public static implicit operator PyArrayLike(PyObject? value) => new(value);

    /// <summary>A scalar.</summary>
    public static implicit operator PyArrayLike(double value) => new(value);

    /// <summary>A scalar.</summary>
    public static implicit operator PyArrayLike(long value) => new(value);

    /// <summary>A scalar.</summary>
    public static implicit operator PyArrayLike(bool value) => new(value);

    /// <summary>A complex scalar.</summary>
    public static implicit operator PyArrayLike(System.Numerics.Complex value) => new(value);

    /// <summary>A one-dimensional array.</summary>
    public static implicit operator PyArrayLike(double[] value) => new(value);

    /// <summary>A one-dimensional array.</summary>
    public static implicit operator PyArrayLike(float[] value) => new(value);

    /// <summary>A one-dimensional array.</summary>
    public static implicit operator PyArrayLike(long[] value) => new(value);

    /// <summary>A one-dimensional array.</summary>
    public static implicit operator PyArrayLike(int[] value) => new(value);

    /// <summary>A one-dimensional array.</summary>
    public static implicit operator PyArrayLike(bool[] value) => new(value);

    /// <summary>A two-dimensional array.</summary>
    public static implicit operator PyArrayLike(double[,] value) => new(value);

    /// <summary>A two-dimensional array.</summary>
    public static implicit operator PyArrayLike(long[,] value) => new(value);

    /// <summary>A two-dimensional array.</summary>
    public static implicit operator PyArrayLike(int[,] value) => new(value);

    /// <summary>A list of numbers.</summary>
    public static implicit operator PyArrayLike(List<double> value) => new(value);
#pragma warning restore CA2225

    /// <summary>Any value <see cref="PyConvert.ToPython(object?)"/> accepts.</summary>
    public static PyArrayLike From(object? value) => new(value);

    /// <inheritdoc />
    public bool Equals(PyArrayLike other) => Equals(_value, other._value);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PyArrayLike other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    /// <summary>Equality of the wrapped values.</summary>
    public static bool operator ==(PyArrayLike left, PyArrayLike right) => left.Equals(right);

    /// <summary>Inequality of the wrapped values.</summary>
    public static bool operator !=(PyArrayLike left, PyArrayLike right) => !left.Equals(right);
}
