using System;

namespace PyBind;

/// <summary>
/// A writable 2-dimensional view of a buffer (<see cref="PyBuffer.AsSpan2D{T}"/>), with Python's strides in bytes, so
/// that any view works: a transposed array, a slice with a step, a reversed one.
/// </summary>
public readonly unsafe ref struct PySpan2D<T> where T : unmanaged
{
    private readonly byte* _origin;

    internal PySpan2D(byte* origin, nint rows, nint columns, nint rowStride, nint columnStride)
    {
        _origin = origin;
        Rows = rows;
        Columns = columns;
        RowStride = rowStride;
        ColumnStride = columnStride;
    }

    /// <summary>Number of rows (<c>shape[0]</c>).</summary>
    public nint Rows { get; }

    /// <summary>Number of columns (<c>shape[1]</c>).</summary>
    public nint Columns { get; }

    /// <summary>Bytes from a row to the next.</summary>
    public nint RowStride { get; }

    /// <summary>Bytes from a column to the next.</summary>
    public nint ColumnStride { get; }

    /// <summary>The element at <paramref name="row"/>, <paramref name="column"/> (zero-based, checked).</summary>
    public ref T this[nint row, nint column]
    {
        get
        {
            if ((nuint)row >= (nuint)Rows)
                throw new ArgumentOutOfRangeException(nameof(row), row, $"The view has {Rows} rows.");
            if ((nuint)column >= (nuint)Columns)
                throw new ArgumentOutOfRangeException(nameof(column), column, $"The view has {Columns} columns.");
            return ref *(T*)(_origin + row * RowStride + column * ColumnStride);
        }
    }

    /// <summary>Row <paramref name="row"/> as a span, when its elements are adjacent (<see cref="ColumnStride"/> is the element size).</summary>
    public Span<T> GetRow(nint row)
    {
        if ((nuint)row >= (nuint)Rows)
            throw new ArgumentOutOfRangeException(nameof(row), row, $"The view has {Rows} rows.");
        if (Columns > 1 && ColumnStride != sizeof(T))
            throw new InvalidOperationException($"The elements of a row are {ColumnStride} bytes apart, not adjacent: index them one by one.");
        return new Span<T>(_origin + row * RowStride, checked((int)Columns));
    }
}

/// <summary>A read-only 2-dimensional view of a buffer (<see cref="PyBuffer.AsReadOnlySpan2D{T}"/>); see <see cref="PySpan2D{T}"/>.</summary>
public readonly ref struct ReadOnlyPySpan2D<T> where T : unmanaged
{
    private readonly PySpan2D<T> _span;

    internal ReadOnlyPySpan2D(PySpan2D<T> span) => _span = span;

    /// <inheritdoc cref="PySpan2D{T}.Rows"/>
    public nint Rows => _span.Rows;

    /// <inheritdoc cref="PySpan2D{T}.Columns"/>
    public nint Columns => _span.Columns;

    /// <summary>The element at <paramref name="row"/>, <paramref name="column"/> (zero-based, checked).</summary>
    public ref readonly T this[nint row, nint column] => ref _span[row, column];

    /// <inheritdoc cref="PySpan2D{T}.GetRow"/>
    public ReadOnlySpan<T> GetRow(nint row) => _span.GetRow(row);
}
