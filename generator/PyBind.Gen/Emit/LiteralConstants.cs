using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using static PyBind.Gen.Emit.XmlDocText;

namespace PyBind.Gen.Emit;

/// <summary>One set of string <c>Literal</c> values, as a static class of constants.</summary>
/// <param name="Name">The class's name: the stub's alias (<c>_OrderKACF</c> → <c>OrderKACF</c>), else the first parameter's.</param>
/// <param name="Source">Where the set was declared, for the documentation: the alias (<c>numpy._OrderKACF</c>) or the first parameter (<c>side</c>).</param>
/// <param name="Constants">Each value's constant name and the value, in the stub's order.</param>
internal sealed record LiteralSet(string Name, string Source, IReadOnlyList<KeyValuePair<string, string>> Constants)
{
    public IEnumerable<string> Values => Constants.Select(c => c.Value);
}

/// <summary>
/// The string <c>Literal</c> parameter types of one module (<c>norm: Literal["backward", "ortho", "forward"]</c>), each
/// distinct set of values once, as a class of string constants inside the module class's <c>Literals</c> class, so that
/// completion offers the allowed values (<c>Np.Fft.Literals.NormKind.Ortho</c>). Parameters stay <c>string</c>: a plain
/// string still compiles, and overloads told apart by their <c>Literal</c> values keep working as before.
/// </summary>
internal sealed class LiteralConstants
{
    /// <summary>The nested class holding a module's sets.</summary>
    public const string ContainerName = "Literals";

    private readonly Dictionary<string, LiteralSet> _byValues = new(StringComparer.Ordinal);
    private readonly List<LiteralSet> _sets = [];

    private LiteralConstants(string className) => ClassName = className;

    /// <summary>The <c>Literals</c> class's full name, <c>global::App.Np.Fft.Literals</c>.</summary>
    public string ClassName { get; }

    /// <summary>
    /// The sets of every parameter of a module's functions and of its classes' methods and constructors, in stub order;
    /// none where the module has a member of the container's name.
    /// </summary>
    public static LiteralConstants Collect(ModuleSpec module, string moduleClassName)
    {
        var constants = new LiteralConstants(moduleClassName + "." + ContainerName);
        if (module.Functions.Any(f => f.Name == ContainerName) || module.Classes.Any(c => c.Name == ContainerName) || module.Constants.Any(c => c.Name == ContainerName)
            || module.Submodules.Any(m => m.Name == ContainerName))
        {
            return constants;
        }

        foreach (FunctionSpec function in module.Functions)
        {
            constants.AddAll(function.Signatures);
        }

        foreach (ClassSpec cls in module.Classes)
        {
            constants.AddClass(cls);
        }

        return constants;
    }

    public bool IsEmpty => _sets.Count == 0;

    /// <summary>The <c>Literals</c> class with one nested class per set.</summary>
    public void Write(IndentedTextWriter writer, string moduleName)
    {
        writer.WriteLine();
        writer.WriteLine($"/// <summary>The values the string <c>Literal</c> parameters of <c>{Escape(moduleName)}</c> allow, as constants (a plain string works too).</summary>");
        writer.WriteLine("public static class " + ContainerName);
        using (writer.WriteBlock())
        {
            for (int i = 0; i < _sets.Count; i++)
            {
                LiteralSet set = _sets[i];
                if (i > 0)
                {
                    writer.WriteLine();
                }

                writer.WriteLine($"/// <summary><c>{Escape(set.Source)}</c>: {Escape(DescribeValues(set.Values))}.</summary>");
                writer.WriteLine("public static class " + set.Name);
                using (writer.WriteBlock())
                {
                    foreach (KeyValuePair<string, string> constant in set.Constants)
                    {
                        string literal = BindingEmitter.Literal(constant.Value);
                        writer.WriteLine($"/// <summary><c>{Escape(literal)}</c></summary>");
                        writer.WriteLine($"public const string {constant.Key} = {literal};");
                    }
                }
            }
        }
    }

    /// <summary>The values as C# string literals, comma-separated.</summary>
    private static string DescribeValues(IEnumerable<string> values) => string.Join(", ", values.Select(BindingEmitter.Literal));

    /// <summary>
    /// What a parameter's documentation says of its string <c>Literal</c> values (escaped XML): the values, and the class of
    /// constants naming them where there is one; null for another type, or more values than a tooltip shows.
    /// </summary>
    public string? Describe(PyTypeSpec? type)
    {
        if (type is null || Find(type, alias: null) is not { } found || found.Values.Length > MaxDocumentedValues)
        {
            return null;
        }

        string where = _byValues.TryGetValue(Key(found.Values), out LiteralSet? set) ? $" (<see cref=\"{ClassName}.{set.Name}\"/>)" : string.Empty;
        return $"<para>One of {Escape(DescribeValues(found.Values))}{where}.</para>";
    }

    private const int MaxDocumentedValues = 16;

    private void AddClass(ClassSpec cls)
    {
        AddAll(cls.Constructors);
        foreach (FunctionSpec method in cls.Methods.Concat(cls.SpecialMethods))
        {
            AddAll(method.Signatures);
        }

        foreach (ClassSpec nested in cls.NestedClasses)
        {
            AddClass(nested);
        }
    }

    private void AddAll(IEnumerable<SignatureSpec> signatures)
    {
        foreach (SignatureSpec signature in signatures)
        {
            foreach (ParameterSpec parameter in signature.Parameters)
            {
                Add(parameter);
            }
        }
    }

    private void Add(ParameterSpec parameter)
    {
        if (Find(parameter.Type, alias: null) is not { } found || _byValues.ContainsKey(Key(found.Values)))
        {
            return;
        }

        (string? alias, string[] values) = found;

        string[] names = values.Select(ConstantName).ToArray();
        if (!values.All(IsKeyword) || names.Any(n => n.Length == 0) || names.Distinct(StringComparer.Ordinal).Count() != names.Length)
        {
            // Values no identifiers tell apart (numpy's dtype codes '<f8', '>f8'), or text rather than option keywords:
            // the parameter's documentation lists them (Describe).
            return;
        }

        string baseName = alias is not null ? ConstantName(alias.Substring(alias.LastIndexOf('.') + 1)) : ConstantName(parameter.PythonName);
        if (baseName.Length == 0)
        {
            return;
        }

        string name = baseName;
        for (int i = 2; name == ContainerName || _sets.Any(s => s.Name == name); i++)
        {
            name = baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // A member may not take its enclosing class's name (CS0542).
        var constants = values.Select((v, i) => new KeyValuePair<string, string>(names[i] == name ? names[i] + "_" : names[i], v)).ToList();
        var set = new LiteralSet(name, alias ?? parameter.PythonName, constants);
        _sets.Add(set);
        _byValues.Add(Key(values), set);
    }

    /// <summary>
    /// A parameter type's string values (at least two; None aside) and the alias that names them, through aliases and
    /// <c>Optional</c>; null for anything else.
    /// </summary>
    private static (string? Alias, string[] Values)? Find(PyTypeSpec type, string? alias) => type switch
    {
        PyOptionalType optional => Find(optional.Type, alias),
        PyAliasType aliasType => Find(aliasType.Target, aliasType.FullName),
        PyLiteralType literal when literal.Values.All(v => v is PyStringLiteral or PyNoneLiteral) =>
            literal.Values.OfType<PyStringLiteral>().Select(v => v.Value).ToArray() is { Length: >= 2 } values ? (alias, values) : null,
        _ => null,
    };

    /// <summary>An option keyword (<c>same_kind</c>, <c>r+</c>, <c>linear-ramp</c>): letters, digits and <c>_ - + .</c> only.</summary>
    private static bool IsKeyword(string value) =>
        value.Length > 0 && value.All(c => c < 128 && (char.IsLetterOrDigit(c) || c is '_' or '-' or '+' or '.'));

    private static string Key(string[] values) => string.Join("\u0000", values);

    /// <summary>A value as a PascalCase identifier (<c>"same_kind"</c> → <c>SameKind</c>, <c>"r+"</c> → <c>R</c>); empty if it has no letters or digits.</summary>
    private static string ConstantName(string value)
    {
        var name = new StringBuilder(value.Length);
        bool upper = true;
        foreach (char c in value)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (name.Length > 0 && char.IsDigit(name[0]))
        {
            name.Insert(0, '_');
        }

        return name.ToString();
    }
}
