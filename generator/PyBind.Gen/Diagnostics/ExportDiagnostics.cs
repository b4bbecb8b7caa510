using Microsoft.CodeAnalysis;

namespace PyBind.Gen.Diagnostics;

/// <summary>
/// The diagnostics of <c>[PyExport]</c> (PYB01xx), in the same catalogue conventions as the bindings' (listed in
/// <c>AnalyzerReleases.*.md</c>; the description says how to fix the problem).
/// </summary>
internal static class ExportDiagnostics
{
    private const string Category = "PyBind.Export";

    public static readonly DiagnosticDescriptor NotStatic = new(
        id: "PYB0101",
        title: "A [PyExport] class must be static",
        messageFormat: "'{0}' is exported to Python as module '{1}' and must be declared 'static'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A Python module is a namespace of functions and values: [PyExport] exports a static class's static members. Declare the class 'static', or register an object at run time with Python.RegisterModule(name, target).");

    public static readonly DiagnosticDescriptor InvalidModuleName = new(
        id: "PYB0102",
        title: "Invalid Python module name",
        messageFormat: "'{0}' is not a Python module name",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[PyExport] takes the name Python code imports: dot-separated identifiers such as \"host\" or \"host.tools\".");

    public static readonly DiagnosticDescriptor NotAccessible = new(
        id: "PYB0103",
        title: "A [PyExport] class must be visible to its assembly",
        messageFormat: "'{0}' cannot be exported: it is not visible to its whole assembly (or it is generic)",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated module calls the class's members from outside it. Make the class, and every class around it, public or internal, and not generic.");

    public static readonly DiagnosticDescriptor MemberSkipped = new(
        id: "PYB0104",
        title: "Member not exported",
        messageFormat: "'{0}' is not exported to Python: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The member has no Python equivalent in the generated module. Give it parameters Python can pass (no ref/out/pointer/span parameters, no type parameters), or wrap it in a method that has them.");

    public static readonly DiagnosticDescriptor NameCollision = new(
        id: "PYB0105",
        title: "Two exported members have the same Python name",
        messageFormat: "'{0}' and '{1}' are both exported as '{2}' in module '{3}'; '{1}' is left out",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Python spells .NET names in snake_case (AddTwo -> add_two, ADD_TWO -> add_two), so two members can meet. Rename one of them.");

    public static readonly DiagnosticDescriptor ConstantNameTaken = new(
        id: "PYB0106",
        title: "A constant's upper-case name is a class's",
        messageFormat: "The constant '{0}' is not also exported as '{1}' in module '{2}': that is the name of the class '{1}' its members use",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A constant is exported under PEP 8's upper-case spelling too (EarthRadiusKm -> EARTH_RADIUS_KM), unless a class the module's members use has that name: the class keeps it. Python still reaches the constant by its snake_case and exact names; rename the constant or the class to have both.");
}
