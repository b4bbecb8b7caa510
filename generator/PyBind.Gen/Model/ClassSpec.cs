using PyBind.Gen.Helpers;

namespace PyBind.Gen.Model;

internal enum ClassKind
{
    /// <summary>An ordinary class.</summary>
    Class,

    /// <summary>Derives from <c>BaseException</c>, directly or through classes the stub can see.</summary>
    Exception,

    /// <summary>Derives from <c>enum.Enum</c> or one of its standard subclasses; see <see cref="ClassSpec.Enum"/>.</summary>
    Enum,

    /// <summary>A <c>typing.Protocol</c>: a structural type rather than a concrete class.</summary>
    Protocol,
}

/// <summary>A Python class of the module, with its members.</summary>
/// <param name="QualifiedName">The <c>__qualname__</c> (<c>Outer.Inner</c>); with the module it names the class in annotations.</param>
/// <param name="Bases">The base classes as written (<c>typing.Generic[T]</c> and <c>typing.Protocol</c> included).</param>
/// <param name="TypeParameters">The class's type variables: those of <c>typing.Generic[…]</c>/<c>typing.Protocol[…]</c>, or else
/// the type variables of the bases in order of first appearance (PEP 484).</param>
/// <param name="Constructors">The signatures of <c>__init__</c> (without <c>self</c>), or of <c>__new__</c> (without <c>cls</c>) when the
/// class declares no <c>__init__</c>. Empty when it declares neither: the inherited constructor applies.</param>
/// <param name="Methods">Named methods: instance, class and static.</param>
/// <param name="Properties">Properties, annotated attributes and class variables.</param>
/// <param name="SpecialMethods">Dunder methods other than <c>__init__</c>/<c>__new__</c> (<c>__add__</c>, <c>__getitem__</c>, <c>__len__</c>…).</param>
/// <param name="Enum">The members, when <see cref="Kind"/> is <see cref="ClassKind.Enum"/>.</param>
internal sealed record ClassSpec(
    string PythonName,
    string Name,
    string QualifiedName,
    ClassKind Kind,
    EquatableArray<PyTypeSpec> Bases,
    EquatableArray<string> TypeParameters,
    string? Docstring,
    EquatableArray<SignatureSpec> Constructors,
    EquatableArray<FunctionSpec> Methods,
    EquatableArray<PropertySpec> Properties,
    EquatableArray<FunctionSpec> SpecialMethods,
    EquatableArray<ClassSpec> NestedClasses,
    EnumSpec? Enum,
    bool IsFinal,
    bool IsAbstract);

internal enum PropertyKind
{
    /// <summary><c>@property</c>, with a setter when <see cref="PropertySpec.IsReadOnly"/> is false.</summary>
    Property,

    /// <summary>An instance attribute annotated in the class body, <c>name: T</c>.</summary>
    Attribute,

    /// <summary><c>name: typing.ClassVar[T]</c>: an attribute of the class itself.</summary>
    ClassVariable,
}

/// <summary>A property, attribute or class variable of a class.</summary>
/// <param name="IsReadOnly">A property without setter, or an attribute annotated <c>typing.Final</c>.</param>
/// <param name="IsDeletable">A property with a <c>@name.deleter</c>.</param>
/// <param name="Value">The literal value of a class variable, when the stub records one.</param>
internal sealed record PropertySpec(
    string PythonName,
    string Name,
    PropertyKind Kind,
    PyTypeSpec Type,
    bool IsReadOnly,
    bool IsDeletable,
    PyLiteral? Value,
    string? Docstring);

internal enum EnumKind
{
    Enum,
    IntEnum,
    Flag,
    IntFlag,
    StrEnum,
}

/// <summary>The members of an <c>enum.Enum</c> subclass (<c>NAME = &lt;literal&gt;</c>), in declaration order.</summary>
internal sealed record EnumSpec(EnumKind Kind, EquatableArray<EnumMemberSpec> Members);

/// <param name="Value">The member's value, or <see langword="null"/> when the stub gives <c>...</c> or a non-literal.</param>
internal sealed record EnumMemberSpec(string PythonName, string Name, PyLiteral? Value);
