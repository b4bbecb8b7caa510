using PyBind.Gen.Helpers;

namespace PyBind.Gen.Exports;

// The model of a [PyExport] class: equatable values only (strings, records, EquatableArray), so the incremental
// pipeline caches the emission; no symbol or syntax node survives the parser.

/// <summary>One <c>[PyExport]</c> class: the module tree it exports and the classes its members use.</summary>
/// <param name="RegistrarName">The generated class that declares the module to the runtime (unique per exported class).</param>
/// <param name="Classes">The classes of the compilation that exported members take or return, for the stub and as module attributes.</param>
internal sealed record ExportSpec(string RegistrarName, ExportModuleSpec Root, EquatableArray<ExportClassSpec> Classes);

/// <summary>A module: the class itself, or a nested static class as a submodule.</summary>
/// <param name="PythonName">The full Python name (<c>host.sub</c>).</param>
/// <param name="DotNetName">The class's own name (<c>Sub</c>), which resolves in its parent too.</param>
/// <param name="GlobalName">The class as C# names it from anywhere (<c>global::App.Host.Sub</c>).</param>
internal sealed record ExportModuleSpec(
    string PythonName,
    string DotNetName,
    string GlobalName,
    string? Doc,
    EquatableArray<ExportFunctionSpec> Functions,
    EquatableArray<ExportValueSpec> Values,
    EquatableArray<ExportModuleSpec> Submodules)
{
    /// <summary>The last part of <see cref="PythonName"/>.</summary>
    public string ShortName => PythonName.Substring(PythonName.LastIndexOf('.') + 1);
}

/// <summary>A method: a module function, or a method or constructor of a used class (in the stub only).</summary>
internal sealed record ExportFunctionSpec(
    string PythonName,
    string DotNetName,
    EquatableArray<ExportParameterSpec> Parameters,
    ExportTypeSpec Returns,
    bool AllowThreads,
    bool IsStatic,
    string? Doc);

/// <summary>A parameter; an optional one has its default as C# (for the call) and as Python (for the stub).</summary>
internal sealed record ExportParameterSpec(string Name, string PythonName, ExportTypeSpec Type, string? CSharpDefault, string? PythonDefault);

/// <summary>A constant (converted once), or a property or field (read on every access, assignable when <paramref name="Writable"/>).</summary>
internal sealed record ExportValueSpec(string PythonName, string DotNetName, ExportTypeSpec Type, bool IsConstant, bool Writable, bool IsStatic, string? Doc)
{
    /// <summary>A module constant's PEP 8 spelling (<c>EARTH_RADIUS_KM</c>), a third name of the same value; null where it is one of the other two or taken.</summary>
    public string? ConstantName { get; init; }
}

/// <summary>A class of the compilation that exported members use: Python sees it as its .NET proxy; the stub describes it.</summary>
internal sealed record ExportClassSpec(
    string PythonName,
    string GlobalName,
    string? Doc,
    EquatableArray<ExportFunctionSpec> Constructors,
    EquatableArray<ExportFunctionSpec> Methods,
    EquatableArray<ExportValueSpec> Values);

/// <summary>How a value of one C# type crosses: its Python annotation, and how an argument of it is read.</summary>
/// <param name="CSharp">The type as C# names it from anywhere (<c>long</c>, <c>global::System.Collections.Generic.List&lt;long&gt;</c>).</param>
/// <param name="Python">The annotation in the stub (<c>int</c>, <c>list[int]</c>, <c>Point | None</c>).</param>
/// <param name="Read">How an argument is read.</param>
/// <param name="Converter">A C# expression of the <c>PyConverter</c> used by <see cref="ExportRead.Converter"/> and <see cref="ExportRead.Copy"/> (and by containers of this type).</param>
internal sealed record ExportTypeSpec(string CSharp, string Python, ExportRead Read, string Converter)
{
    public static readonly ExportTypeSpec Void = new("void", "None", ExportRead.Converter, string.Empty);

    /// <summary>The annotation of a returned value, where it is more precise than a parameter's (a <c>List&lt;T&gt;</c> takes any iterable, returns a <c>list</c>).</summary>
    public string PythonResult { get; init; } = Python;

    /// <summary>The type as a declaration writes it, nullable annotations included (<c>string?</c>).</summary>
    public string Declared { get; init; } = CSharp;

    public bool IsVoid => CSharp == "void";
}

/// <summary>How a Python argument becomes the parameter's value.</summary>
internal enum ExportRead
{
    /// <summary>Through <see cref="ExportTypeSpec.Converter"/>.</summary>
    Converter,

    /// <summary><c>int</c> read directly as <see cref="long"/> (the common case, no converter call).</summary>
    Int64,

    /// <summary><c>float</c> read directly as <see cref="double"/>.</summary>
    Double,

    /// <summary>An enum, from its <c>int</c> value.</summary>
    Enum,

    /// <summary>A concrete collection (<c>List&lt;T&gt;</c>, <c>Dictionary&lt;K, V&gt;</c>, <c>HashSet&lt;T&gt;</c>): the interface's converter, copied into a new one.</summary>
    Copy,
}
