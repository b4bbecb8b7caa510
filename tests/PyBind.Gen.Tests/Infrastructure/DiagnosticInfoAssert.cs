using System.Globalization;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Helpers;
using PyBind.Gen.Stubs;
using Xunit;

namespace PyBind.Gen.Tests.Infrastructure;

internal static class DiagnosticInfoAssert
{
    /// <summary>Asserts the stub has exactly one diagnostic, of <paramref name="descriptor"/>, whose message contains <paramref name="messagePart"/>.</summary>
    public static Diagnostic Single(ParsedStub stub, DiagnosticDescriptor descriptor, string messagePart)
    {
        Diagnostic diagnostic = Assert.Single(stub.Diagnostics).ToDiagnostic();
        Assert.Equal(descriptor.Id, diagnostic.Id);
        Assert.Contains(messagePart, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        return diagnostic;
    }

}
