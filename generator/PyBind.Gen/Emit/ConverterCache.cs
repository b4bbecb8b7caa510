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
    private readonly List<(string Name, string Type, string Initializer, string[] TypeParameters, string Constraints)> _definitions = [];

    public bool IsEmpty => _definitions.Count == 0;

    /// <summary>An expression for the converter built by <paramref name="initializer"/> for <paramref name="type"/>, declared on first request.</summary>
    public string Get(string converterType, string initializer, CsType type)
    {
        if (!_byDefinition.TryGetValue((converterType, initializer), out string? name))
        {
            name = EmittedNames.Prefix + "Converter" + _definitions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _byDefinition.Add((converterType, initializer), name);
            _definitions.Add((name, converterType, initializer, type.TypeParameters.Distinct().ToArray(), ConstraintClauses(type.TypeParameters, [type])));
        }

        string[] parameters = type.TypeParameters.Distinct().ToArray();
        return parameters.Length == 0 ? name : name + "<" + string.Join(", ", parameters) + ">.Value";
    }

    /// <summary>
    /// The <c>where</c> clauses the type parameters <paramref name="parameters"/> need where <paramref name="types"/> use them:
    /// <c>notnull</c> for dictionary keys, and the type constraints of constrained type parameters.
    /// </summary>
    public static string ConstraintClauses(IEnumerable<string> parameters, IEnumerable<CsType> types)
    {
        CsType[] all = types.ToArray();
        var notNull = new HashSet<string>(all.SelectMany(t => t.NotNullTypeParameters), System.StringComparer.Ordinal);
        var constraints = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (TypeParameterType constrained in all.SelectMany(t => t.ConstrainedTypeParameters))
        {
            constraints[constrained.Name] = constrained.Constraint!.Syntax;
        }

        var clauses = new System.Text.StringBuilder();
        foreach (string parameter in parameters.Distinct())
        {
            bool isNotNull = notNull.Contains(parameter);
            bool hasConstraint = constraints.TryGetValue(parameter, out string? constraint);
            if (isNotNull || hasConstraint)
            {
                clauses.Append(" where ").Append(parameter).Append(" : ")
                    .Append(isNotNull ? "notnull" : string.Empty)
                    .Append(isNotNull && hasConstraint ? ", " : string.Empty)
                    .Append(hasConstraint ? constraint : string.Empty);
            }
        }

        return clauses.ToString();
    }

    /// <summary>Writes the fields and holder classes requested so far.</summary>
    public void Write(IndentedTextWriter writer)
    {
        foreach ((string name, string type, string initializer, string[] parameters, string constraints) in _definitions)
        {
            if (parameters.Length == 0)
            {
                writer.WriteLine($"private static readonly {type} {name} = {initializer};");
            }
            else
            {
                writer.WriteLine($"private static class {name}<{string.Join(", ", parameters)}>" + constraints);
                using (writer.WriteBlock())
                {
                    writer.WriteLine($"internal static readonly {type} Value = {initializer};");
                }
            }
        }
    }
}
