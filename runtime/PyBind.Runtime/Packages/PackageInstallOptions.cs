namespace PyBind;

/// <summary>How <see cref="PythonPackages.InstallAsync(System.Collections.Generic.IEnumerable{string}, PackageInstallOptions, System.IProgress{string}?, System.Threading.CancellationToken)"/> may install.</summary>
public sealed class PackageInstallOptions
{
    /// <summary>
    /// Install even when the running interpreter is not a virtual environment (a system or user-wide Python, one
    /// that PEP 668 marks externally managed included), changing it for every program that uses it. Off by default.
    /// </summary>
    public bool AllowSystemInterpreter { get; set; }
}
