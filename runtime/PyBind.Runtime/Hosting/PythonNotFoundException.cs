using System;

namespace PyBind;

/// <summary>No usable Python was found; the message lists every candidate tried, why each was rejected, and how to fix it.</summary>
public sealed class PythonNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PythonNotFoundException(string message) : base(message) { }
}
