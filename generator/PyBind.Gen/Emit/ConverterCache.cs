using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Helpers;

namespace PyBind.Gen.Emit;

/// <summary>
/// The composed converters one generated class uses, each built once: a <c>static readonly</c> field, or for a converter
/// that mentions a method's type parameters, a generic holder class (<c>__PyBindConverter3&lt;T&gt;.Value</c>), so that
/// nothing is allocated per call either way.
/// </summary>
internal sealed class ConverterCache
{
    private readonly Dictionary<(string Type, string Initializer), string> _byDefinition = new();
    private readonly List<(string Name, string Type, string Initializer, string[] TypeParameters, string[] NotNull)> _definitions = [];

    public bool IsEmpty => _definitions.Count == 0;

    /// <summary>An expression for the converter built by <paramref name="initializer"/>, declared on first request.</summary>
    public string Get(string type, string initializer, IEnumerable<string> typeParameters, IEnumerable<string>? notNull = null)
    {
        string[] parameters = typeParameters.Distinct().ToArray();
        if (!_byDefinition.TryGetValue((type, initializer), out string? name))
        {
            name = Names.Prefix + "Converter" + _definitions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _byDefinition.Add((type, initializer), name);
            _definitions.Add((name, type, initializer, parameters, (notNull ?? []).Distinct().ToArray()));
        }

        return parameters.Length == 0 ? name : name + "<" + string.Join(", ", parameters) + ">.Value";
    }

    /// <summary>Writes the fields and holder classes requested so far.</summary>
    public void Write(IndentedTextWriter writer)
    {
        foreach ((string name, string type, string initializer, string[] parameters, string[] notNull) in _definitions)
        {
            if (parameters.Length == 0)
            {
                writer.WriteLine($"private static readonly {type} {name} = {initializer};");
            }
            else
            {
                writer.WriteLine($"private static class {name}<{string.Join(", ", parameters)}>" + string.Concat(notNull.Select(p => " where " + p + " : notnull")));
                using (writer.WriteBlock())
                {
                    writer.WriteLine($"internal static readonly {type} Value = {initializer};");
                }
            }
        }
    }
}
