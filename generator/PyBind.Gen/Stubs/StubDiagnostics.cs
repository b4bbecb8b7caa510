using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Helpers;

namespace PyBind.Gen.Stubs;

/// <summary>
/// Collects the diagnostics of one stub, located in the stub file, with the module name filled in; and where each
/// member is defined, for the diagnostics found later, while its binding is written.
/// </summary>
internal sealed class StubDiagnostics(string filePath, SourceText text, string moduleName)
{
    private readonly List<DiagnosticInfo> _items = [];
    private readonly List<MemberDefinition> _definitions = [];

    public string ModuleName => moduleName;

    public bool HasErrors { get; private set; }

    public void Malformed(TextSpan span, string message) => Add(DiagnosticDescriptors.MalformedStub, span, moduleName, message);

    public void Ignored(TextSpan span, string construct) => Add(DiagnosticDescriptors.ConstructIgnored, span, construct);

    public void Degraded(TextSpan span, string member, string reason) => Add(DiagnosticDescriptors.MemberDegraded, span, member, reason);

    public void Skipped(TextSpan span, string member, string reason) => Add(DiagnosticDescriptors.MemberSkipped, span, member, reason);

    public void UnsupportedVersion(TextSpan span, string version) =>
        Add(DiagnosticDescriptors.UnsupportedDialectVersion, span, moduleName, version, StubReader.SupportedDialectVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Records that the member <paramref name="pythonPath"/> (<c>module.Class.name</c>) is defined at <paramref name="nameSpan"/>.</summary>
    public void Defined(TextSpan nameSpan, string pythonPath) => _definitions.Add(new MemberDefinition(pythonPath, nameSpan));

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();

    public EquatableArray<MemberDefinition> Definitions() => _definitions.ToEquatableArray();

    private void Add(DiagnosticDescriptor descriptor, TextSpan span, params string[] args)
    {
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
        _items.Add(DiagnosticInfo.Create(descriptor, LocationInfo.InText(filePath, text, span), args));
    }
}

/// <summary>Where a member of a stub is defined: the name in its <c>def</c>, <c>class</c> or assignment.</summary>
/// <remarks>An offset only: the lines of a stub are counted when a diagnostic is placed in it, not for every stub read.</remarks>
internal sealed record MemberDefinition(string PythonPath, TextSpan NameSpan);
