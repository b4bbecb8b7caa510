using System;
using System.Text;

namespace PyBind;

/// <summary>
/// A Python exception seen from .NET; the class mirrors Python's <c>BaseException</c>, and the builtin subclasses
/// (<see cref="PyValueError"/>, <see cref="PyKeyError"/>, …) mirror Python's hierarchy, so a <c>catch</c> works the way an
/// <c>except</c> would. Modules' own exception classes are generated and registered in <see cref="PythonExceptionRegistry"/>.
/// </summary>
public class PythonException : Exception
{
    // Null for an exception made in .NET until it has been raised in Python and come back; see PythonErrors.Raise.
    private PyObject? _exception;

    // What the runtime was doing when Python raised this (the function it called), and what the user can do about it;
    // both only in Message, never in PythonMessage, which stays str() of the Python exception.
    private string? _context;
    private string? _remedy;

    /// <summary>Creates an exception to raise in Python from .NET code (for example in a callback).</summary>
    public PythonException(string message)
        : base(message)
    {
        PythonTypeName = PythonExceptionRegistry.PythonNameOf(GetType());
        PythonMessage = message;
        PythonTraceback = string.Empty;
    }

    /// <summary>Wraps an exception raised by Python; <see cref="Exception.InnerException"/> is the one it was raised from (<c>__cause__</c>, or <c>__context__</c>).</summary>
    protected internal PythonException(PythonErrorInfo info)
        : base(FormatMessage(info?.TypeName, info?.Message), info?.Cause)
    {
        ArgumentNullException.ThrowIfNull(info);
        PythonTypeName = info.TypeName;
        PythonMessage = info.Message;
        PythonTraceback = info.Traceback;
        _exception = info.Exception;
    }

    /// <summary>
    /// <c>Type: message</c> as Python shows it; for an exception raised by a call the runtime made, followed by the
    /// function it called (<c>(raised in a call to math.sqrt())</c>), and where the runtime knows one, what to do about it.
    /// </summary>
    public override string Message
    {
        get
        {
            if (_context is null && _remedy is null)
                return base.Message;
            var text = new StringBuilder(base.Message);
            if (_context is not null)
                text.Append(" (").Append(_context).Append(')');
            if (_remedy is not null)
                text.Append(". ").Append(_remedy);
            return text.ToString();
        }
    }

    /// <summary>The qualified Python type name: <c>ValueError</c>, <c>numpy.linalg.LinAlgError</c>.</summary>
    public string PythonTypeName { get; }

    /// <summary><c>str()</c> of the Python exception.</summary>
    public string PythonMessage { get; }

    /// <summary>The traceback as Python prints it (<c>traceback.format_exception</c>); empty for one created in .NET that never went through Python.</summary>
    public string PythonTraceback { get; private set; }

    /// <summary>
    /// The live Python exception object (a new reference), or <c>null</c> when this exception was created in .NET and
    /// has not been raised in Python (or is being raised there right now).
    /// </summary>
    public PyObject? GetPythonException() => _exception?.NewReference();

    /// <summary>
    /// Hands the Python exception over to Python, which is about to raise it again (this exception passed through a
    /// callback). Python then holds this .NET exception; holding the Python one here as well would make a reference
    /// cycle across the two runtimes that neither collector can break. The caller holds the GIL.
    /// </summary>
    internal PyObject? DetachPythonException()
    {
        PyObject? exception = _exception;
        _exception = null;
        return exception;
    }

    /// <summary>
    /// Says where the runtime met this exception (<paramref name="context"/>, e.g. <c>raised in a call to math.sqrt()</c>)
    /// and, optionally, what to do; the first context given stays (the innermost call is the informative one).
    /// </summary>
    internal void AddContext(string? context, string? remedy = null)
    {
        _context ??= context;
        _remedy ??= remedy;
    }

    /// <summary>Takes the Python exception back when this exception comes out of Python again; the caller holds the GIL.</summary>
    internal void AttachPythonException(PyObject exception, string traceback)
    {
        _exception = exception;
        if (traceback.Length > 0)
            PythonTraceback = traceback;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        if (PythonTraceback.Length == 0)
            return base.ToString();
        var text = new StringBuilder(base.ToString());
        text.AppendLine().AppendLine("--- Python traceback ---").Append(PythonTraceback.TrimEnd());
        return text.ToString();
    }

    private static string FormatMessage(string? typeName, string? message)
        => string.IsNullOrEmpty(message) ? typeName ?? string.Empty : $"{typeName}: {message}";
}

/// <summary>What the runtime learned about a Python exception; handed to the constructors of exception classes.</summary>
public sealed class PythonErrorInfo
{
    internal PythonErrorInfo(string typeName, string message, string traceback, PyObject exception, Exception? cause)
    {
        TypeName = typeName;
        Message = message;
        Traceback = traceback;
        Exception = exception;
        Cause = cause;
    }

    /// <summary>The qualified Python type name.</summary>
    public string TypeName { get; }

    /// <summary><c>str()</c> of the exception.</summary>
    public string Message { get; }

    /// <summary>The formatted traceback.</summary>
    public string Traceback { get; }

    internal PyObject Exception { get; }

    /// <summary>The exception this one was raised from (the inner exception), or null.</summary>
    internal Exception? Cause { get; }
}
