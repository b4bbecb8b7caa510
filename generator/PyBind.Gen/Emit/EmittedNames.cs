namespace PyBind.Gen.Emit;

/// <summary>
/// Every C# name generated code spells out that does not come from Python: the runtime's types (always
/// <c>global::</c>-qualified) and the generated infrastructure members (<c>__PyBind…</c>).
/// </summary>
internal static class EmittedNames
{
    public const string PyObject = "global::PyBind.PyObject";
    public const string PyArrayLike = "global::PyBind.PyArrayLike";
    public const string PyOptional = "global::PyBind.PyOptional";
    public const string PyConvert = "global::PyBind.PyConvert";
    public const string PyConverters = "global::PyBind.PyConverters";
    public const string PyConverter = "global::PyBind.PyConverter";
    public const string PyCollectionKind = "global::PyBind.PyCollectionKind";
    public const string PyConversionException = "global::PyBind.PyConversionException";
    public const string PyOwnership = "global::PyBind.PyOwnership";
    public const string Python = "global::PyBind.Python";
    public const string GilScope = "global::PyBind.GilScope";
    public const string PythonException = "global::PyBind.PythonException";
    public const string PythonErrorInfo = "global::PyBind.PythonErrorInfo";
    public const string PythonExceptionRegistry = "global::PyBind.PythonExceptionRegistry";
    public const string PyBuildRecord = "global::PyBind.Marshalling.PyBuildRecord";
    public const string PyArgs = "global::PyBind.Marshalling.PyArgs";
    public const string PyKeywordNames = "global::PyBind.Marshalling.PyKeywordNames";
    public const string PyModuleMember = "global::PyBind.Marshalling.PyModuleMember";
    public const string PyInternedName = "global::PyBind.Marshalling.PyInternedName";
    public const string PyMarshal = "global::PyBind.Marshalling.PyMarshal";
    /// <summary>The type of <c>**kwargs</c>: the key-value pairs of any dictionary of strings (<c>IEnumerable&lt;KeyValuePair&lt;string, …</c>).</summary>
    public const string KeywordPairs = "global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, ";
    public const string CancellationToken = "global::System.Threading.CancellationToken";

    /// <summary>The prefix of every generated infrastructure member: Python-derived names never start with an underscore.</summary>
    public const string Prefix = "__PyBind";

    /// <summary>The generated helper class, nested in the <c>[PyImport]</c> class (private, reachable from everything nested in it).</summary>
    public const string Helpers = Prefix + "Helpers";

    /// <summary>The class, nested in the <c>[PyImport]</c> class and hidden from completion, that holds the outside bases a binding declares.</summary>
    public const string OutsideBases = Prefix + "Bases";

    /// <summary>A wrapper class's Python class object (a private field of the class).</summary>
    public const string WrapperType = Prefix + "Type";

    /// <summary>What a generated wrapper class implements (explicitly) for the runtime to wrap objects of it.</summary>
    public const string IPyWrapper = "global::PyBind.Marshalling.IPyWrapper";

    /// <summary>What a generated exception class implements (explicitly) for the runtime to create it.</summary>
    public const string IPyExceptionWrapper = "global::PyBind.Marshalling.IPyExceptionWrapper";

    public static string PyConverterOf(string type) => PyConverter + "<" + type + ">";
}
