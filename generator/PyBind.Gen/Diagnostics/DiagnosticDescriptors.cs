using Microsoft.CodeAnalysis;

namespace PyBind.Gen.Diagnostics;

/// <summary>
/// The PYB diagnostics catalogue of the bindings (PYB00xx). Every ID is listed in <c>AnalyzerReleases.*.md</c>; an ID,
/// once shipped, keeps its meaning. The description is the help text: it says how to fix the problem.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string UsageCategory = "PyBind.Usage";
    private const string StubCategory = "PyBind.Stubs";
    private const string BindingCategory = "PyBind.Binding";

    /// <summary>The IDs a code fix handles, and the property naming the C# spelling: constants, so the fixes' assembly
    /// compiles them in and never loads this one.</summary>
    public const string PythonMemberNameId = "PYB0013";
    public const string PythonParameterNameId = "PYB0014";
    public const string KeywordArgumentOfKwargsId = "PYB0015";
    public const string CSharpNameProperty = "CSharpName";

    /// <summary>For PYB0015: a dictionary the <c>**kwargs</c> parameter takes, as the call's position can name it (<c>Dictionary&lt;string, long&gt;</c>).</summary>
    public const string KeywordDictionaryTypeProperty = "KeywordDictionaryType";

    public static readonly DiagnosticDescriptor TargetNotStaticPartial = new(
        id: "PYB0001",
        title: "A [PyImport] class must be static partial",
        messageFormat: "'{0}' binds Python module '{1}' and must be declared 'static partial': write '{2}'",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator adds the module's functions, classes and constants to the class as static members, in a second partial declaration. Declare it as 'public static partial class Np;'.");

    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = new(
        id: "PYB0002",
        title: "A type that contains a [PyImport] class must be partial",
        messageFormat: "'{0}' contains the [PyImport] class '{1}' and must be declared 'partial': add 'partial' to its declaration",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated members are added through partial declarations of the [PyImport] class and of every type around it. Add 'partial' to each containing type.");

    public static readonly DiagnosticDescriptor InvalidModuleName = new(
        id: "PYB0003",
        title: "Invalid Python module name",
        messageFormat: "'{0}' is not a Python module name: write the name a Python user imports, such as \"numpy\" or \"os.path\"",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[PyImport] takes the name a Python user would import: dot-separated identifiers such as \"numpy\" or \"os.path\", without '.py', slashes or spaces.");

    public static readonly DiagnosticDescriptor StubNotFound = new(
        id: "PYB0004",
        title: "No normalized stub for the Python module",
        messageFormat: "No normalized stub was found for Python module '{0}' (expected an AdditionalFiles item '{0}.pyi'): build the project with a Python that has '{0}' installed (the build writes the stub, or says why it cannot; in an editor, the stub watcher writes it once the file is saved)",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator reads the module's API from a normalized stub. Build with a Python that has the module installed so the PyBind.Gen build step writes the stub, or generate it with the PyBind.Gen introspection tool, or write one by hand (see stubs-cache/README.md), and add it to the project as <AdditionalFiles Include=\"stubs/<module>.pyi\" />.");

    public static readonly DiagnosticDescriptor MalformedStub = new(
        id: "PYB0005",
        title: "Malformed stub",
        messageFormat: "Stub of module '{0}' is malformed: {1}",
        category: StubCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The stub is not valid normalized-stub syntax at the reported line and column; the rest of the stub is still bound. Regenerate the stub, or fix it by hand following stubs-cache/README.md.");

    public static readonly DiagnosticDescriptor UnsupportedDialectVersion = new(
        id: "PYB0006",
        title: "Unsupported stub dialect version",
        messageFormat: "Stub of module '{0}' is written in dialect version '{1}'; this generator reads version {2}",
        category: StubCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The stub was produced by a different version of PyBind.Gen. Regenerate the stubs with the introspection tool of the PyBind.Gen version the project uses, or update the PyBind.Gen package.");

    public static readonly DiagnosticDescriptor DuplicateStub = new(
        id: "PYB0007",
        title: "More than one stub for a module",
        messageFormat: "Module '{0}' has more than one stub; '{1}' is used and '{2}' is ignored",
        category: StubCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Each module is bound from one stub. The one whose path sorts first (ordinal) is used. Remove the other from the AdditionalFiles items.");

    public static readonly DiagnosticDescriptor ConstructIgnored = new(
        id: "PYB0008",
        title: "Stub construct outside the dialect ignored",
        messageFormat: "{0} is not part of the normalized stub dialect and was ignored",
        category: StubCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The stub contains valid .pyi syntax that normalized stubs do not use (conditionals, star imports, unknown decorators…). It does not affect the binding; regenerating the stub removes it.");

    public static readonly DiagnosticDescriptor MemberDegraded = new(
        id: "PYB0009",
        title: "Member bound with a less precise type",
        messageFormat: "'{0}' is bound less precisely: {1}",
        category: BindingCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The member still gets a binding, with PyObject (or object) where the stub's type could not be expressed in C#. Results can be converted with As<T>().");

    public static readonly DiagnosticDescriptor MemberSkipped = new(
        id: "PYB0010",
        title: "Member not bound",
        messageFormat: "'{0}' is not bound: {1}",
        category: BindingCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The member has no C# binding. It stays reachable dynamically through PyObject.GetAttr.");

    public static readonly DiagnosticDescriptor MemberRenamed = new(
        id: "PYB0011",
        title: "Member renamed to avoid a name collision",
        messageFormat: "Python '{0}' is bound as '{1}' because '{2}' is already taken in '{3}'{4}",
        category: BindingCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Two Python names map to the same C# name, or a name clashes with the enclosing type or with a member every binding inherits that generated code or .NET relies on (ToString, Equals, GetHashCode, Dispose, As, Count — the .NET length, Python's len() —, every PyObject property…). A Python method may take the name of one of PyObject's protocol helpers (Contains, GetAttr, Repr, Call…), which it then hides on its class. The name that keeps its spelling exactly wins, then the first in ordinal order; the others get '_', then '_2', '_3'….");

    public static readonly DiagnosticDescriptor InternalError = new(
        id: "PYB0012",
        title: "PyBind.Gen internal error",
        messageFormat: "PyBind.Gen failed while {0}: {1}",
        category: BindingCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "This is a bug in PyBind.Gen, not in your code. Please report it with the message and the stub involved; the rest of the project is still generated.");

    public static readonly DiagnosticDescriptor PythonMemberName = new(
        id: PythonMemberNameId,
        title: "Python's spelling of a bound member",
        messageFormat: "'{0}' is Python's name; in C# it is '{1}' ({2})",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Bindings spell Python names the C# way: functions, methods, attributes, constants and submodules in PascalCase (linspace → Linspace, COLOR_BGR2GRAY → ColorBgr2gray), classes with an upper-case first letter (ndarray → Ndarray); a name taken twice gets '_' (count → Count_). Write the C# name the message gives.");

    public static readonly DiagnosticDescriptor PythonParameterName = new(
        id: PythonParameterNameId,
        title: "Python's spelling of a keyword argument",
        messageFormat: "'{0}' is Python's name; in C# the parameter is '{1}' ({2})",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Bindings spell Python parameters in camelCase (max_rows → maxRows), with C# keywords escaped (out → @out). Write the C# name the message gives.");

    public static readonly DiagnosticDescriptor KeywordArgumentOfKwargs = new(
        id: KeywordArgumentOfKwargsId,
        title: "A keyword argument that only **kwargs takes",
        messageFormat: "'{0}' is not a parameter of '{1}': Python's **kwargs go in its '{2}' dictionary, as {2}: new Dictionary<string, {3}> {{ [\"{0}\"] = value }}",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A Python function's **kwargs is one parameter of the C# method, a dictionary of names to values: the keyword arguments the function does not name go in it, under their Python names.");
}
