using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PyBind.Gen.Exports;

/// <summary>
/// The C# types of exported members as Python sees them: the stub's annotation, and how generated code reads an
/// argument of the type. Converters are composed from the runtime's factories (<c>PyConverters.ArrayOf</c>, <c>Func</c>…),
/// never found by reflection, so the module works under native AOT. Classes of the compilation that members use are
/// collected, to be described in the stub and made attributes of the module.
/// </summary>
internal sealed class ExportTypeMapper(IAssemblySymbol assembly)
{
    private const string Converters = "global::PyBind.PyConverters";

    private static readonly SymbolDisplayFormat Declaration = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    // Bounds the stub when used classes use more classes in turn.
    private const int MaxClasses = 64;

    private readonly Dictionary<INamedTypeSymbol, string> _classes = new(SymbolEqualityComparer.Default);
    private readonly List<INamedTypeSymbol> _order = [];

    /// <summary>The classes of the compilation met so far, in the order they were met, with their Python names.</summary>
    public IReadOnlyList<INamedTypeSymbol> Classes => _order;

    public string ClassName(INamedTypeSymbol type) => _classes[type];

    /// <summary>The crossing of <paramref name="type"/>; null when Python cannot supply or receive such a value.</summary>
    public ExportTypeSpec? Map(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_Void)
        {
            return ExportTypeSpec.Void;
        }

        if (type is IPointerTypeSymbol or IFunctionPointerTypeSymbol or ITypeParameterSymbol or IErrorTypeSymbol || type.IsRefLikeType)
        {
            return null;
        }

        string cs = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        ExportTypeSpec? mapped = type switch
        {
            IArrayTypeSymbol array => MapArray(array, cs),
            INamedTypeSymbol named => MapNamed(named, cs),
            _ => null,
        };
        if (mapped is null)
        {
            return null;
        }

        mapped = mapped with { Declared = type.ToDisplayString(Declaration) };
        return type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated
            ? mapped with { Python = mapped.Python + " | None", PythonResult = mapped.PythonResult + " | None", Read = ExportRead.Converter, Converter = $"{Converters}.OrNone({mapped.Converter})" }
            : mapped;
    }

    private ExportTypeSpec? MapArray(IArrayTypeSymbol array, string cs)
    {
        if (array.Rank != 1)
        {
            return null;
        }

        if (array.ElementType.SpecialType == SpecialType.System_Byte)
        {
            return Simple(cs, "bytes");
        }

        return Map(array.ElementType) is { IsVoid: false } item
            ? new ExportTypeSpec(cs, $"typing.Iterable[{item.Python}]", ExportRead.Converter, $"{Converters}.ArrayOf({item.Converter})") { PythonResult = $"list[{item.PythonResult}]" }
            : null;
    }

    private ExportTypeSpec? MapNamed(INamedTypeSymbol type, string cs)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Int64:
                return new ExportTypeSpec(cs, "int", ExportRead.Int64, For(cs));
            case SpecialType.System_Double:
                return new ExportTypeSpec(cs, "float", ExportRead.Double, For(cs));
            case SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_SByte or SpecialType.System_Byte
                or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64:
                return Simple(cs, "int");
            case SpecialType.System_Single:
                return Simple(cs, "float");
            case SpecialType.System_Boolean:
                return Simple(cs, "bool");
            case SpecialType.System_String or SpecialType.System_Char:
                return Simple(cs, "str");
            case SpecialType.System_Decimal:
                return Simple(cs, "decimal.Decimal");
            case SpecialType.System_DateTime:
                return Simple(cs, "datetime.datetime");
            case SpecialType.System_Object:
                return Simple(cs, "typing.Any");
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return new ExportTypeSpec(cs, "int", ExportRead.Enum, For(cs));
        }

        ITypeSymbol[] arguments = type.IsTupleType ? type.TupleElements.Select(e => e.Type).ToArray() : type.TypeArguments.ToArray();
        ExportTypeSpec?[] items = arguments.Select(Map).ToArray();
        if (items.Any(item => item is null || item.IsVoid || item.Read == ExportRead.Enum))
        {
            return null;
        }

        string[] python = items.Select(item => item!.Python).ToArray();
        string[] converters = items.Select(item => item!.Converter).ToArray();
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return Container(cs, $"{python[0]} | None", "Nullable", converters);
        }

        if (type.IsTupleType)
        {
            return items.Length is 2 or 3 ? Container(cs, $"tuple[{string.Join(", ", python)}]", "TupleOf", converters) : null;
        }

        string definition = type.OriginalDefinition.ToDisplayString();
        return definition switch
        {
            "System.Numerics.BigInteger" => Simple(cs, "int"),
            "System.Numerics.Complex" => Simple(cs, "complex"),
            "System.DateTimeOffset" => Simple(cs, "datetime.datetime"),
            "System.DateOnly" => Simple(cs, "datetime.date"),
            "System.TimeOnly" => Simple(cs, "datetime.time"),
            "System.TimeSpan" => Simple(cs, "datetime.timedelta"),
            "PyBind.PyObject" => Simple(cs, "typing.Any"),
            "System.Collections.Generic.IEnumerable<T>" => Container(cs, $"typing.Iterable[{python[0]}]", "EnumerableOf", converters),
            "System.Collections.Generic.IReadOnlyList<T>" or "System.Collections.Generic.IReadOnlyCollection<T>"
                => Container(cs, $"typing.Sequence[{python[0]}]", "ReadOnlyListOf", converters),
            "System.Collections.Generic.IList<T>" or "System.Collections.Generic.ICollection<T>" => Container(cs, $"list[{python[0]}]", "ListOf", converters),
            "System.Collections.Generic.List<T>"
                => Container(cs, $"typing.Iterable[{python[0]}]", "ArrayOf", converters) with { Read = ExportRead.Copy, PythonResult = $"list[{python[0]}]" },
            "System.Collections.Generic.IDictionary<TKey, TValue>" => Container(cs, $"dict[{python[0]}, {python[1]}]", "DictionaryOf", converters),
            "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>" => Container(cs, $"typing.Mapping[{python[0]}, {python[1]}]", "ReadOnlyDictionaryOf", converters),
            "System.Collections.Generic.Dictionary<TKey, TValue>"
                => Container(cs, $"typing.Mapping[{python[0]}, {python[1]}]", "DictionaryOf", converters) with { Read = ExportRead.Copy, PythonResult = $"dict[{python[0]}, {python[1]}]" },
            "System.Collections.Generic.ISet<T>" => Container(cs, $"set[{python[0]}]", "SetOf", converters),
            "System.Collections.Generic.HashSet<T>" => Container(cs, $"set[{python[0]}]", "SetOf", converters) with { Read = ExportRead.Copy },
            "System.Threading.Tasks.Task" or "System.Threading.Tasks.ValueTask" => Simple(cs, "typing.Awaitable[None]"),
            "System.Threading.Tasks.Task<TResult>" or "System.Threading.Tasks.ValueTask<TResult>" => Simple(cs, $"typing.Awaitable[{python[0]}]"),
            _ when IsDelegate(definition, "System.Func<") && converters.Length <= 5
                => Container(cs, $"typing.Callable[[{string.Join(", ", python.Take(python.Length - 1))}], {python[python.Length - 1]}]", "Func", converters),
            _ when IsDelegate(definition, "System.Action<") && converters.Length <= 4
                => Container(cs, $"typing.Callable[[{string.Join(", ", python)}], None]", "Action", converters),
            "System.Action" => Simple(cs, "typing.Callable[[], None]"),
            _ when type.IsGenericType => Simple(cs, "typing.Any"),
            _ when IsStream(type) => Simple(cs, "typing.BinaryIO"),
            _ => Simple(cs, ClassAnnotation(type)),
        };
    }

    private static bool IsDelegate(string definition, string prefix) => definition.StartsWith(prefix, System.StringComparison.Ordinal);

    private static bool IsStream(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == "System.IO.Stream")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A class of this compilation is described in the stub (and becomes a module attribute); any other is <c>typing.Any</c> there.</summary>
    private string ClassAnnotation(INamedTypeSymbol type)
    {
        if (!SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, assembly) || type.IsStatic || !IsVisible(type))
        {
            return "typing.Any";
        }

        if (_classes.TryGetValue(type, out string? known))
        {
            return known;
        }

        if (_order.Count >= MaxClasses)
        {
            return "typing.Any";
        }

        string name = type.Name;
        for (int suffix = 2; _classes.ContainsValue(name); suffix++)
        {
            name = type.Name + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _classes[type] = name;
        _order.Add(type);
        return name;
    }

    /// <summary>Visible from the whole assembly, and not inside a generic type: generated code can name it.</summary>
    public static bool IsVisible(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType && !SymbolEqualityComparer.Default.Equals(current, type) || current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static string For(string cs) => $"{Converters}.For<{cs}>()";

    private static ExportTypeSpec Simple(string cs, string python) => new(cs, python, ExportRead.Converter, For(cs));

    private static ExportTypeSpec Container(string cs, string python, string factory, string[] converters)
        => new(cs, python, ExportRead.Converter, $"{Converters}.{factory}({string.Join(", ", converters)})");
}
