using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Helpers;
using static PyBind.Gen.PyBindGenerator;

namespace PyBind.Gen.Stubs;

/// <summary>Collects the diagnostics of one stub, located in the stub file, with the module name filled in.</summary>
internal sealed class StubDiagnostics(string filePath, SourceText text, string moduleName)
{
    private readonly List<DiagnosticInfo> _items = [];

    public string ModuleName => moduleName;

    public bool HasErrors { get; private set; }

    public void Malformed(TextSpan span, string message) => Add(DiagnosticDescriptors.MalformedStub, span, moduleName, message);

    public void Ignored(TextSpan span, string construct) => Add(DiagnosticDescriptors.ConstructIgnored, span, construct);

    public void Degraded(TextSpan span, string member, string reason) => Add(DiagnosticDescriptors.MemberDegraded, span, member, reason);

    public void Skipped(TextSpan span, string member, string reason) => Add(DiagnosticDescriptors.MemberSkipped, span, member, reason);

    public void UnsupportedVersion(TextSpan span, string version) =>
        Add(DiagnosticDescriptors.UnsupportedDialectVersion, span, moduleName, version, StubReader.SupportedDialectVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();

    private void Add(DiagnosticDescriptor descriptor, TextSpan span, params string[] args)
    {
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
        _items.Add(DiagnosticInfo.Create(descriptor, LocationInfo.InText(filePath, text, span), args));
    }
}
