using System;

namespace PyBind;

/// <summary>pip could not install what was asked; the message quotes pip and says how to fix it.</summary>
public sealed class PackageInstallException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PackageInstallException(string message, string pipOutput) : base(message) => PipOutput = pipOutput;

    /// <summary>Everything pip printed (empty when pip did not run).</summary>
    public string PipOutput { get; }
}
