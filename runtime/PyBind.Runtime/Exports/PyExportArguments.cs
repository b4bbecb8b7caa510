using System;
using System.ComponentModel;
using PyBind.Exports;

namespace PyBind.Marshalling;

/// <summary>The generated body of an exported function: converts the arguments, calls the .NET method, returns the result as a new reference.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate nint PyExportBody(PyExportArguments arguments);

/// <summary>
/// The arguments of one call of an exported function, bound to its parameters (positional and keyword arguments in
/// parameter order; an optional parameter not passed is 0). Read in place, valid during the call only. A value that
/// does not convert is a TypeError naming the function and the parameter.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly unsafe ref struct PyExportArguments
{
    private readonly nint* _bound;
    private readonly ExportedFunction _function;

    internal PyExportArguments(nint* bound, ExportedFunction function)
    {
        _bound = bound;
        _function = function;
    }

    /// <summary>Whether the parameter at <paramref name="index"/> was given (an optional one may not be).</summary>
    public bool Has(int index) => _bound[index] != 0;

    /// <summary>The argument at <paramref name="index"/>, borrowed.</summary>
    public nint this[int index] => _bound[index];

    /// <summary>An <c>int</c> argument as <see cref="long"/>.</summary>
    public long GetInt64(int index)
    {
        try
        {
            return PyConvert.ToInt64(_bound[index]);
        }
        catch (Exception e) when (e is PyConversionException or OverflowException)
        {
            throw _function.ArgumentError(index, e);
        }
    }

    /// <summary>A <c>float</c> (or <c>int</c>) argument as <see cref="double"/>.</summary>
    public double GetDouble(int index)
    {
        try
        {
            return PyConvert.ToDouble(_bound[index]);
        }
        catch (Exception e) when (e is PyConversionException or OverflowException)
        {
            throw _function.ArgumentError(index, e);
        }
    }

    /// <summary>Any argument, through the converter of the parameter's type.</summary>
    public T Get<T>(int index, PyConverter<T> converter)
    {
        ArgumentNullException.ThrowIfNull(converter);
        try
        {
            return converter.FromPython(_bound[index]);
        }
        catch (Exception e) when (e is PyConversionException or OverflowException)
        {
            throw _function.ArgumentError(index, e);
        }
    }
}
