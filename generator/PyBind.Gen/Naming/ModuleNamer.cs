using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;

namespace PyBind.Gen.Naming;

/// <summary>
/// Assigns every C# name in a <see cref="ModuleSpec"/>, scope by scope from the top down (a class's own name is
/// reserved in its body, so it must be known first), with <see cref="CSharpNames"/> for each kind and
/// <see cref="NameScope"/> for collisions. The one place where names are decided: running it again with the name
/// of the <c>[PyImport]</c> class gives the same result as if that name had been known from the start.
/// </summary>
internal static class ModuleNamer
{
    /// <param name="enclosingTypeName">The C# name of the class the module is bound into, when known; a module member
    /// may not take it (CS0542).</param>
    /// <remarks>Records whose names do not change are reused, not copied: most of a big stub's names never change.</remarks>
    public static ModuleSpec AssignNames(ModuleSpec module, string? enclosingTypeName)
    {
        var renames = new List<RenameSpec>();
        var scope = new Scope(module.Name, renames);
        List<string> names = scope.Resolve(
            module.Submodules.Select(s => Member(s.PythonName, CSharpNames.ToPascalCase(s.PythonName)))
                .Concat(module.ReExports.Select(r => Member(r.PythonName, ReExportCandidate(r.PythonName))))
                .Concat(module.Constants.Select(c => Member(c.PythonName, CSharpNames.ToPascalCase(c.PythonName))))
                .Concat(module.Functions.Select(f => Member(f.PythonName, CSharpNames.ToPascalCase(f.PythonName))))
                .Concat(module.Classes.Select(c => Member(c.PythonName, CSharpNames.ToTypeName(c.PythonName)))),
            enclosingTypeName is null ? ReservedNames.Common : ReservedNames.Common.Add(enclosingTypeName));

        int next = 0;
        return module with
        {
            Submodules = Reuse(module.Submodules, s => s.Name == names[next] ? Advance(ref next, s) : s with { Name = names[next++] }),
            ReExports = Reuse(module.ReExports, r => r.Name == names[next] ? Advance(ref next, r) : r with { Name = names[next++] }),
            Constants = Reuse(module.Constants, c => c.Name == names[next] ? Advance(ref next, c) : c with { Name = names[next++] }),
            Functions = Reuse(module.Functions, f => NameFunction(f, names[next++], module.Name, renames)),
            Classes = Reuse(module.Classes, c => NameClass(c, names[next++], module.Name, renames)),
            Renames = renames.ToEquatableArray(),
        };
    }

    private static T Advance<T>(ref int index, T item)
    {
        index++;
        return item;
    }

    /// <summary>Maps the items; the same array when every item maps to itself (no allocation in the common case).</summary>
    private static EquatableArray<T> Reuse<T>(EquatableArray<T> items, Func<T, T> map)
        where T : class, IEquatable<T>
    {
        T[]? changed = null;
        for (int i = 0; i < items.Count; i++)
        {
            T item = items[i];
            T mapped = map(item);
            if (!ReferenceEquals(mapped, item) && changed is null)
            {
                changed = new T[items.Count];
                for (int j = 0; j < i; j++)
                {
                    changed[j] = items[j];
                }
            }

            if (changed is not null)
            {
                changed[i] = mapped;
            }
        }

        return changed is null ? items : new EquatableArray<T>(System.Collections.Immutable.ImmutableArray.Create(changed));
    }

    /// <summary>The top-level C# names of a module, for checking whether the enclosing type's name is among them.</summary>
    public static IEnumerable<string> TopLevelNames(ModuleSpec module) =>
        module.Submodules.Select(s => s.Name)
            .Concat(module.ReExports.Select(r => r.Name))
            .Concat(module.Constants.Select(c => c.Name))
            .Concat(module.Functions.Select(f => f.Name))
            .Concat(module.Classes.Select(c => c.Name));

    /// <summary>
    /// The names of members added to a module after its own (a class alias's factory, <c>sympy.Matrix</c>): each its
    /// member rule's name unless one of the module's names (or a reserved one) holds it, then the collision suffix.
    /// </summary>
    public static string[] NameAfterMembers(ModuleSpec module, IReadOnlyList<string> pythonNames, string enclosingTypeName) =>
        NameScope.Resolve(
            pythonNames.Select(n => Member(n, CSharpNames.ToPascalCase(n))).ToList(),
            ReservedNames.Common.Concat(TopLevelNames(module)).Append(enclosingTypeName),
            out _);

    /// <summary>
    /// A re-export may be a class or anything else; which, only the source module's stub knows. Names spelled like a
    /// class (a leading capital) keep the class rule, the others get the member rule.
    /// </summary>
    private static string ReExportCandidate(string pythonName) =>
        char.IsUpper(pythonName[0]) ? CSharpNames.ToTypeName(pythonName) : CSharpNames.ToPascalCase(pythonName);

    /// <summary>
    /// The class with members it inherits from bases that are not its C# bases, named in its scope after its own
    /// members, which keep their names: an inherited name that one of them (or a reserved name) already holds gets the
    /// collision rule's suffix.
    /// </summary>
    public static ClassSpec AddInheritedMembers(ClassSpec cls, IReadOnlyList<FunctionSpec> methods, IReadOnlyList<PropertySpec> properties)
    {
        if (methods.Count == 0 && properties.Count == 0)
        {
            return cls;
        }

        IEnumerable<string> reserved = ReservedInClass(cls, cls.Name)
            .Concat(cls.Methods.Select(m => m.Name))
            .Concat(cls.Properties.Select(p => p.Name))
            .Concat(cls.NestedClasses.Select(c => c.Name));
        string[] names = NameScope.Resolve(
            methods.Select(m => Method(m.PythonName))
                .Concat(properties.Select(p => Member(p.PythonName, CSharpNames.ToPascalCase(p.PythonName))))
                .ToList(),
            reserved,
            ForMethodsInClass(cls),
            out _);
        int next = 0;
        return cls with
        {
            Methods = cls.Methods.Concat(methods.Select(m => m with { Name = names[next++] })).ToEquatableArray(),
            Properties = cls.Properties.Concat(properties.Select(p => p with { Name = names[next++] })).ToEquatableArray(),
        };
    }

    /// <summary>The inherited method names a method of the class may take (a wrapper's: some of PyObject's).</summary>
    private static IEnumerable<string> ForMethodsInClass(ClassSpec cls) =>
        cls.Kind == ClassKind.Exception ? [] : ReservedNames.PyObjectMethodsPythonMayTake.Keys;

    private static IEnumerable<string> ReservedInClass(ClassSpec cls, string name) =>
        ReservedNames.Common
            .Concat(cls.Kind == ClassKind.Exception ? ReservedNames.Exception.Concat(ReservedNames.PythonExceptionMembers) : ReservedNames.PyObjectMembers)
            .Concat(ReservedNames.ForSpecialMethods(cls.SpecialMethods.Select(m => m.PythonName)))
            .Concat([name]);

    /// <summary>
    /// The class named as the binding that declares it as <paramref name="name"/> names it: its members' names depend on
    /// its own (a member may not take it), which the module it is bound into may have changed (<c>Expr</c> → <c>Expr_</c>
    /// in a module class <c>Expr</c> keeps its attribute <c>expr</c> as <c>Expr</c>).
    /// </summary>
    public static ClassSpec NameClassAs(ClassSpec cls, string name, string module) => NameClass(cls, name, module, []);

    private static ClassSpec NameClass(ClassSpec cls, string name, string scopePath, List<RenameSpec> renames)
    {
        string path = scopePath + "." + cls.PythonName;
        IEnumerable<string> reserved = ReservedInClass(cls, name);
        var scope = new Scope(path, renames, holderOf: taken => ReservedNames.InheritedHolder(cls.Kind == ClassKind.Exception, taken));
        List<string> names = scope.Resolve(
            cls.Methods.Select(m => Method(m.PythonName))
                .Concat(cls.Properties.Select(p => Member(p.PythonName, CSharpNames.ToPascalCase(p.PythonName))))
                .Concat(cls.NestedClasses.Select(c => Member(c.PythonName, CSharpNames.ToTypeName(c.PythonName)))),
            reserved,
            ForMethodsInClass(cls));

        EnumSpec? enumSpec = cls.Enum;
        if (enumSpec is not null)
        {
            // A C# enum may have a member named like itself or like object's members; an enum whose values do not fit
            // a long is a wrapper class instead, whose member properties follow the class rules (Big.Big: CS0542).
            List<string> memberNames = scope.Resolve(
                enumSpec.Members.Select(m => Member(m.PythonName, CSharpNames.ToPascalCase(m.PythonName))),
                ClassShapes.IsCSharpEnum(cls) ? [] : reserved,
                ClassShapes.IsCSharpEnum(cls) ? [] : ForMethodsInClass(cls));
            int member = 0;
            EquatableArray<EnumMemberSpec> members = Reuse(enumSpec.Members, m => m.Name == memberNames[member] ? Advance(ref member, m) : m with { Name = memberNames[member++] });
            enumSpec = Same(members, enumSpec.Members) ? enumSpec : enumSpec with { Members = members };
        }

        int next = 0;
        EquatableArray<FunctionSpec> methods = Reuse(cls.Methods, m => NameFunction(m, names[next++], path, renames));
        EquatableArray<PropertySpec> properties = Reuse(cls.Properties, p => p.Name == names[next] ? Advance(ref next, p) : p with { Name = names[next++] });
        EquatableArray<ClassSpec> nested = Reuse(cls.NestedClasses, c => NameClass(c, names[next++], path, renames));
        EquatableArray<SignatureSpec> constructors = Reuse(cls.Constructors, s => NameParameters(s, path + ".__init__", renames));
        EquatableArray<FunctionSpec> special = Reuse(cls.SpecialMethods, m => NameFunction(m, m.PythonName, path, renames));
        bool unchanged = cls.Name == name
            && Same(methods, cls.Methods) && Same(properties, cls.Properties) && Same(nested, cls.NestedClasses)
            && Same(constructors, cls.Constructors) && Same(special, cls.SpecialMethods) && ReferenceEquals(enumSpec, cls.Enum);
        return unchanged ? cls : cls with
        {
            Name = name,
            Methods = methods,
            Properties = properties,
            NestedClasses = nested,
            Constructors = constructors,
            SpecialMethods = special,
            Enum = enumSpec,
        };
    }

    private static bool Same<T>(EquatableArray<T> a, EquatableArray<T> b)
        where T : IEquatable<T> => a.Items == b.Items;

    private static FunctionSpec NameFunction(FunctionSpec function, string name, string scopePath, List<RenameSpec> renames)
    {
        string path = scopePath + "." + function.PythonName;
        EquatableArray<SignatureSpec> signatures = Reuse(function.Signatures, s => NameParameters(s, path, renames));
        return function.Name == name && Same(signatures, function.Signatures) ? function : function with { Name = name, Signatures = signatures };
    }

    private static SignatureSpec NameParameters(SignatureSpec signature, string functionPath, List<RenameSpec> renames)
    {
        EquatableArray<ParameterSpec> parameters = signature.Parameters;

        // The common case without the scope machinery: the candidates (already the names) are distinct.
        bool distinct = true;
        for (int i = 0; i < parameters.Count && distinct; i++)
        {
            string candidate = CSharpNames.ToCamelCase(parameters[i].PythonName);
            if (candidate != parameters[i].Name)
            {
                distinct = false;
                break;
            }

            for (int j = 0; j < i; j++)
            {
                if (parameters[j].Name == candidate)
                {
                    distinct = false;
                    break;
                }
            }
        }

        if (distinct)
        {
            return signature;
        }

        List<string> names = new Scope(functionPath, renames, isSignature: true).Resolve(
            parameters.Select(p => Member(p.PythonName, CSharpNames.ToCamelCase(p.PythonName))),
            []);
        int next = 0;
        EquatableArray<ParameterSpec> named = Reuse(parameters, p => p.Name == names[next] ? Advance(ref next, p) : p with { Name = names[next++] });
        return Same(named, parameters) ? signature : signature with { Parameters = named };
    }

    private static NameRequest Member(string pythonName, string candidate) => new(pythonName, candidate);

    private static NameRequest Method(string pythonName) => new(pythonName, CSharpNames.ToPascalCase(pythonName), IsMethod: true);

    /// <summary>One naming scope: resolves its requests and records the renames with their Python paths.</summary>
    /// <param name="holderOf">The inherited member that holds a taken name, where the scope inherits members.</param>
    private sealed class Scope(string path, List<RenameSpec> renames, bool isSignature = false, Func<string, string?>? holderOf = null)
    {
        public List<string> Resolve(IEnumerable<NameRequest> members, IEnumerable<string> reserved, IEnumerable<string>? forMethods = null)
        {
            NameRequest[] requests = members.ToArray();
            string[] names = NameScope.Resolve(requests, reserved, forMethods ?? [], out IReadOnlyList<NameChange> changes);
            foreach (NameChange change in changes)
            {
                string pythonName = requests[change.Index].PythonName;
                string memberPath = isSignature ? path + "(" + pythonName + ")" : path + "." + pythonName;
                renames.Add(new RenameSpec(memberPath, names[change.Index], change.TakenName, path, holderOf?.Invoke(change.TakenName)));
            }

            return names.ToList();
        }
    }
}
