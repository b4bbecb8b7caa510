using System.Linq;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Helpers;

namespace PyBind.Gen.Diagnostics;

/// <summary>
/// A diagnostic as an equatable value, so that it can travel through the incremental pipeline and be replayed from
/// the cache. <see cref="DiagnosticDescriptor"/> implements value equality; the location is plain data.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
        new(descriptor, location, EquatableArray.Create(messageArgs));

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, MessageArgs.Cast<object>().ToArray());
}

/// <summary>A pipeline value paired with the diagnostics found while computing it (CommunityToolkit's <c>Result</c>).</summary>
internal sealed record Result<T>(T Value, EquatableArray<DiagnosticInfo> Diagnostics);
