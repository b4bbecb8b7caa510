using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Helpers;
using PyBind.Gen.Stubs;

namespace PyBind.Gen.Exports;

/// <summary>
/// Turns a <c>[PyExport]</c> class into its equatable model: the module tree (public static methods, properties,
/// fields and constants; nested public static classes as submodules), each name in Python's spelling, and the classes
/// of the compilation its members use. Members Python cannot call are reported (PYB0104) and left out.
/// </summary>
internal static class ExportParser
{
    private const string AllowThreadsAttribute = "PyBind.PyAllowThreadsAttribute";

    public static Result<ExportSpec?> Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var symbol = (INamedTypeSymbol)context.TargetSymbol;
        LocationInfo? location = LocationInfo.From(context.Attributes[0].ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation())
            ?? LocationInfo.From(symbol.Locations.FirstOrDefault());
        try
        {
            return Parse(symbol, context.Attributes[0], context.SemanticModel.Compilation.Assembly, location, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Result<ExportSpec?>(null, EquatableArray.Create(DiagnosticInfo.Create(
                DiagnosticDescriptors.InternalError, location, $"reading the [PyExport] class '{symbol.Name}'", e.GetType().Name + ": " + e.Message)));
        }
    }

    private static Result<ExportSpec?> Parse(INamedTypeSymbol symbol, AttributeData attribute, IAssemblySymbol assembly, LocationInfo? location, CancellationToken cancellationToken)
    {
        string display = symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
        string? module = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        var diagnostics = new List<DiagnosticInfo>();
        if (module is null || !StubReader.IsModuleName(module))
        {
            diagnostics.Add(DiagnosticInfo.Create(ExportDiagnostics.InvalidModuleName, location, module ?? "null"));
        }

        if (!symbol.IsStatic)
        {
            diagnostics.Add(DiagnosticInfo.Create(ExportDiagnostics.NotStatic, LocationInfo.From(symbol.Locations.FirstOrDefault()), display, module ?? string.Empty));
        }

        if (symbol.IsGenericType || !ExportTypeMapper.IsVisible(symbol))
        {
            diagnostics.Add(DiagnosticInfo.Create(ExportDiagnostics.NotAccessible, LocationInfo.From(symbol.Locations.FirstOrDefault()), display));
        }

        if (diagnostics.Count > 0)
        {
            return new Result<ExportSpec?>(null, diagnostics.ToEquatableArray());
        }

        var reader = new Reader(new ExportTypeMapper(assembly), diagnostics, cancellationToken);
        ExportModuleSpec root = reader.Module(symbol, module!);
        EquatableArray<ExportClassSpec> classes = reader.UsedClasses();
        root = reader.LeaveClassNamesToClasses(root, classes);
        string registrar = "PyExport_" + Regex.Replace(symbol.ToDisplayString(), "[^A-Za-z0-9]", "_");
        return new Result<ExportSpec?>(new ExportSpec(registrar, root, classes), diagnostics.ToEquatableArray());
    }

    /// <summary>Reads members with one type mapper, so the classes they use are collected across the whole module tree.</summary>
    private sealed class Reader(ExportTypeMapper types, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        // Where each constant with an upper-case name is declared, by module and .NET name, to report it if a class takes that name.
        private readonly Dictionary<(string Module, string DotNetName), LocationInfo?> _constantLocations = [];

        public ExportModuleSpec Module(INamedTypeSymbol type, string pythonName)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var functions = new List<ExportFunctionSpec>();
            var values = new List<ExportValueSpec>();
            var submodules = new List<ExportModuleSpec>();
            var taken = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (ISymbol member in type.GetMembers().Where(m => m.IsStatic && IsExported(m)))
            {
                switch (member)
                {
                    case IMethodSymbol { MethodKind: MethodKind.Ordinary } method when Claim(taken, method, pythonName):
                        if (Function(method, isStatic: true) is { } function)
                        {
                            functions.Add(function);
                        }

                        break;
                    case IPropertySymbol { IsIndexer: false } or IFieldSymbol { IsImplicitlyDeclared: false } when Claim(taken, member, pythonName):
                        if (Value(member, isStatic: true) is { } value)
                        {
                            values.Add(value.IsConstant ? WithConstantName(value, member, pythonName) : value);
                        }

                        break;
                }
            }

            foreach (INamedTypeSymbol nested in type.GetTypeMembers().Where(t => t.IsStatic && !t.IsGenericType && IsExported(t)))
            {
                if (Claim(taken, nested, pythonName))
                {
                    submodules.Add(Module(nested, pythonName + "." + PythonSpelling.Of(nested.Name)));
                }
            }

            return new ExportModuleSpec(
                pythonName,
                type.Name,
                type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                DocText(type, cancellationToken),
                functions.ToEquatableArray(),
                values.ToEquatableArray(),
                submodules.ToEquatableArray());
        }

        /// <summary>A module constant also answers to PEP 8's spelling (<c>EarthRadiusKm</c> → <c>EARTH_RADIUS_KM</c>), where that is a third name.</summary>
        private ExportValueSpec WithConstantName(ExportValueSpec value, ISymbol member, string module)
        {
            string upper = PythonSpelling.ConstantOf(value.DotNetName);
            if (upper == value.PythonName || upper == value.DotNetName)
            {
                return value;
            }

            _constantLocations[(module, value.DotNetName)] = LocationInfo.From(member.Locations.FirstOrDefault());
            return value with { ConstantName = upper };
        }

        /// <summary>
        /// Leaves out a constant's upper-case name where a class the members use has it (the root module binds the class
        /// and each submodule's stub imports it), and says so (PYB0106). No other member can have it: its snake_case
        /// spelling would be the constant's, which <see cref="Claim"/> already reports.
        /// </summary>
        public ExportModuleSpec LeaveClassNamesToClasses(ExportModuleSpec module, EquatableArray<ExportClassSpec> classes)
        {
            var values = new List<ExportValueSpec>();
            foreach (ExportValueSpec value in module.Values)
            {
                if (value.ConstantName is { } upper && classes.Any(c => c.PythonName == upper))
                {
                    diagnostics.Add(DiagnosticInfo.Create(ExportDiagnostics.ConstantNameTaken, _constantLocations[(module.PythonName, value.DotNetName)], value.DotNetName, upper, module.PythonName));
                    values.Add(value with { ConstantName = null });
                }
                else
                {
                    values.Add(value);
                }
            }

            return module with
            {
                Values = values.ToEquatableArray(),
                Submodules = module.Submodules.Select(s => LeaveClassNamesToClasses(s, classes)).ToEquatableArray(),
            };
        }

        /// <summary>Describes the classes members use, taking in the classes their own members use (up to the mapper's bound).</summary>
        public EquatableArray<ExportClassSpec> UsedClasses()
        {
            var classes = new List<ExportClassSpec>();
            for (int i = 0; i < types.Classes.Count; i++)
            {
                INamedTypeSymbol type = types.Classes[i];
                IEnumerable<ISymbol> members = type.GetMembers().Where(IsExported);
                classes.Add(new ExportClassSpec(
                    types.ClassName(type),
                    type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                    DocText(type, cancellationToken),
                    type.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public)
                        .Select(c => Function(c, isStatic: false, report: false)).OfType<ExportFunctionSpec>()
                        .Select(c => c.Doc == DocText(type, cancellationToken) ? c with { Doc = null } : c).ToEquatableArray(),
                    members.OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary && !IsObjectMethod(m))
                        .Select(m => Function(m, m.IsStatic, report: false)).OfType<ExportFunctionSpec>().ToEquatableArray(),
                    members.Where(m => m is IPropertySymbol { IsIndexer: false } or IFieldSymbol)
                        .Select(m => Value(m, m.IsStatic, report: false)).OfType<ExportValueSpec>().ToEquatableArray()));
            }

            return classes.ToEquatableArray();
        }

        /// <summary><c>ToString</c>, <c>Equals</c>, <c>GetHashCode</c>: Python has <c>str()</c>, <c>==</c> and <c>hash()</c> for them, so the stub leaves them out.</summary>
        private static bool IsObjectMethod(IMethodSymbol method)
            => method.Name is nameof(ToString) or nameof(Equals) or nameof(GetHashCode) && !method.IsStatic;

        private static bool IsExported(ISymbol member) => member.DeclaredAccessibility == Accessibility.Public && member.CanBeReferencedByName;

        /// <summary>Takes the member's Python name in its module; a second member spelled the same is reported and left out.</summary>
        private bool Claim(Dictionary<string, string> taken, ISymbol member, string module)
        {
            string name = PythonSpelling.Of(member.Name);
            if (taken.TryGetValue(name, out string? holder))
            {
                if (holder != member.Name)
                {
                    diagnostics.Add(DiagnosticInfo.Create(ExportDiagnostics.NameCollision, LocationInfo.From(member.Locations.FirstOrDefault()), holder, member.Name, name, module));
                }
                else
                {
                    diagnostics.Add(Skipped(member, "it is an overload, and a Python function has one signature (give the overloads different names)"));
                }

                return false;
            }

            taken[name] = member.Name;
            return true;
        }

        private ExportFunctionSpec? Function(IMethodSymbol method, bool isStatic, bool report = true)
        {
            string? problem = method.IsGenericMethod ? "it has type parameters"
                : method.ReturnsByRef || method.ReturnsByRefReadonly ? "it returns by reference"
                : method.Parameters.FirstOrDefault(p => p.RefKind != RefKind.None) is { } byRef ? $"parameter '{byRef.Name}' is passed by reference"
                : null;
            ExportTypeSpec? returns = problem is null ? types.Map(method.ReturnType) : null;
            if (problem is null && returns is null)
            {
                problem = $"Python cannot receive its return type {method.ReturnType.ToDisplayString()}";
            }

            var parameters = new List<ExportParameterSpec>();
            foreach (IParameterSymbol parameter in problem is null ? method.Parameters : [])
            {
                if (types.Map(parameter.Type) is not { IsVoid: false } type)
                {
                    problem = $"Python cannot pass its parameter '{parameter.Name}' of type {parameter.Type.ToDisplayString()}";
                    break;
                }

                parameters.Add(new ExportParameterSpec(parameter.Name, PythonSpelling.Of(parameter.Name), type, CSharpDefault(parameter, type), PythonDefault(parameter)));
            }

            if (problem is not null)
            {
                if (report)
                {
                    diagnostics.Add(Skipped(method, problem));
                }

                return null;
            }

            bool allowThreads = method.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == AllowThreadsAttribute);
            string name = method.MethodKind == MethodKind.Constructor ? "__init__" : PythonSpelling.Of(method.Name);
            return new ExportFunctionSpec(name, method.Name, parameters.ToEquatableArray(), returns!, allowThreads, isStatic, DocText(method, cancellationToken));
        }

        private ExportValueSpec? Value(ISymbol member, bool isStatic, bool report = true)
        {
            (ITypeSymbol type, bool constant, bool writable) = member switch
            {
                IFieldSymbol field => (field.Type, field.IsConst || field.IsReadOnly, !field.IsConst && !field.IsReadOnly),
                IPropertySymbol property => ((ITypeSymbol)property.Type, false, property.SetMethod is { DeclaredAccessibility: Accessibility.Public or Accessibility.Internal, IsInitOnly: false }),
                _ => (null!, false, false),
            };
            bool readable = member is IFieldSymbol || member is IPropertySymbol { GetMethod.DeclaredAccessibility: Accessibility.Public or Accessibility.Internal };
            if (!readable || types.Map(type) is not { IsVoid: false } mapped)
            {
                if (report)
                {
                    diagnostics.Add(Skipped(member, readable ? $"Python cannot receive its type {type.ToDisplayString()}" : "it has no getter"));
                }

                return null;
            }

            return new ExportValueSpec(PythonSpelling.Of(member.Name), member.Name, mapped, constant, writable, isStatic, DocText(member, cancellationToken));
        }

        private static DiagnosticInfo Skipped(ISymbol member, string reason)
            => DiagnosticInfo.Create(ExportDiagnostics.MemberSkipped, LocationInfo.From(member.Locations.FirstOrDefault()), member.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), reason);
    }

    /// <summary>The default of an optional parameter as a C# expression of its type; null for a required one.</summary>
    private static string? CSharpDefault(IParameterSymbol parameter, ExportTypeSpec type)
    {
        if (!parameter.HasExplicitDefaultValue)
        {
            return null;
        }

        object? value = parameter.ExplicitDefaultValue;
        if (value is null)
        {
            return parameter.Type.IsValueType && parameter.Type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T ? $"default({type.CSharp})" : "null";
        }

        return $"({type.CSharp}){SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false)}";
    }

    /// <summary>The default as the stub writes it: a Python literal, or <c>...</c> where there is none.</summary>
    private static string? PythonDefault(IParameterSymbol parameter)
    {
        if (!parameter.HasExplicitDefaultValue)
        {
            return null;
        }

        return parameter.ExplicitDefaultValue switch
        {
            null => "None",
            bool flag => flag ? "True" : "False",
            string text => PythonString(text),
            char c => PythonString(c.ToString()),
            double d => PythonFloat(d),
            float f => PythonFloat(f),
            IFormattable number when parameter.Type.TypeKind != TypeKind.Enum => number.ToString(null, CultureInfo.InvariantCulture),
            IFormattable number => Convert.ToInt64(number, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            _ => "...",
        };
    }

    /// <summary>A float literal that reads as a float in Python (<c>2.0</c>, not <c>2</c>); <c>...</c> for infinities and NaN.</summary>
    private static string PythonFloat(double value)
    {
        if (double.IsInfinity(value) || double.IsNaN(value))
        {
            return "...";
        }

        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOfAny(['.', 'E', 'e']) < 0 ? text + ".0" : text;
    }

    /// <summary>A Python string literal (single-quoted, escaped) for a stub.</summary>
    internal static string PythonString(string text)
    {
        var literal = new StringBuilder("'");
        foreach (char c in text)
        {
            literal.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return literal.Append('\'').ToString();
    }

    /// <summary>The text of a member's XML <c>&lt;summary&gt;</c> (references by their names), on one line; null without one.</summary>
    internal static string? DocText(ISymbol symbol, CancellationToken cancellationToken)
    {
        string? xml = symbol.GetDocumentationCommentXml(cancellationToken: cancellationToken);
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        try
        {
            XElement? summary = XElement.Parse(xml).Element("summary");
            if (summary is null)
            {
                return null;
            }

            foreach (XElement reference in summary.Descendants().Where(e => e.Name == "see" || e.Name == "paramref" || e.Name == "typeparamref").ToList())
            {
                string target = (string?)reference.Attribute("cref") ?? (string?)reference.Attribute("name") ?? (string?)reference.Attribute("langword") ?? string.Empty;
                reference.ReplaceWith(reference.Value.Length > 0 ? reference.Value : target.Substring(target.IndexOf(':') + 1));
            }

            string text = Regex.Replace(summary.Value, @"\s+", " ").Trim();
            return text.Length == 0 ? null : text;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
