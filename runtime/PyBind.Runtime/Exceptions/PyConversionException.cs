using System;

namespace PyBind;

/// <summary>
/// A value could not be converted between Python and .NET: a Python <c>str</c> where a <see cref="long"/> was wanted,
/// an <c>int</c> too large for the target, a .NET value Python has no equivalent for.
/// </summary>
public sealed class PyConversionException : InvalidCastException
{
    /// <summary>Creates the exception.</summary>
    public PyConversionException(string message, string clrTypeName, string pythonTypeName, string? context = null, Exception? innerException = null)
        : this(message, clrTypeName, pythonTypeName, context, remedy: null, innerException)
    {
    }

    private PyConversionException(string message, string clrTypeName, string pythonTypeName, string? context, string? remedy, Exception? innerException)
        : base(Format(message, context, remedy), innerException)
    {
        ClrTypeName = clrTypeName;
        PythonTypeName = pythonTypeName;
        Context = context;
        Detail = message;
        Remedy = remedy;
    }

    /// <summary>The .NET type involved (<c>System.Int64</c>).</summary>
    public string ClrTypeName { get; }

    /// <summary>The Python type involved (<c>str</c>, <c>numpy.ndarray</c>).</summary>
    public string PythonTypeName { get; }

    /// <summary>Where the conversion happened, e.g. <c>the return value of math.sqrt()</c>; null when unknown.</summary>
    public string? Context { get; }

    private string Detail { get; }

    private string? Remedy { get; }

    /// <summary>The same error, saying where it happened (generated bindings name the function and parameter).</summary>
    public PyConversionException WithContext(string context) => new(Detail, ClrTypeName, PythonTypeName, context, Remedy, InnerException);

    /// <summary>The same error, saying where it happened and what to do about it.</summary>
    internal PyConversionException WithContext(string context, string remedy) => new(Detail, ClrTypeName, PythonTypeName, context, remedy, InnerException);

    private static string Format(string message, string? context, string? remedy)
    {
        string located = context is null ? message : $"{context}: {message}";
        return remedy is null ? located : $"{located}. {remedy}";
    }
}
