using System;
using Xunit;

namespace PyBind.Gen.IntegrationTests.Infrastructure;

/// <summary>
/// A test that passes a C# delegate where Python takes a callable. The conversion is the runtime's
/// <c>PyConvert.ToPython(object?)</c> accepting a <see cref="Delegate"/>, which the interop branch adds; until the
/// runtime has it, these tests are skipped with that reason (they are not silently dropped).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DelegateFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> s_missingReason = new(FindMissingReason);

    public DelegateFactAttribute()
    {
        if (s_missingReason.Value is { } reason)
            Skip = reason;
    }

    private static string? FindMissingReason()
    {
        try
        {
            Func<long, long> increment = x => x + 1;
            using PyObject function = PyObject.From((object)increment);
            return null;
        }
        catch (PyConversionException)
        {
            return "AWAITING INTEROP: this PyBind.Runtime cannot convert a delegate to a Python callable (PyConvert.ToPython(Delegate) comes with the interop branch)";
        }
    }
}
