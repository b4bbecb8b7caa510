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

        var next = new Queue<string>(names);
        return module with
        {
            Submodules = module.Submodules.Select(s => s with { Name = next.Dequeue() }).ToEquatableArray(),
            ReExports = module.ReExports.Select(r => r with { Name = next.Dequeue() }).ToEquatableArray(),
            Constants = module.Constants.Select(c => c with { Name = next.Dequeue() }).ToEquatableArray(),
            Functions = module.Functions.Select(f => NameFunction(f, next.Dequeue(), module.Name, renames)).ToEquatableArray(),
            Classes = module.Classes.Select(c => NameClass(c, next.Dequeue(), module.Name, renames)).ToEquatableArray(),
            Renames = renames.ToEquatableArray(),
        };
    }

    /// <summary>The top-level C# names of a module, for checking whether the enclosing type's name is among them.</summary>
    public static IEnumerable<string> TopLevelNames(ModuleSpec module) =>
        module.Submodules.Select(s => s.Name)
            .Concat(module.ReExports.Select(r => r.Name))
            .Concat(module.Constants.Select(c => c.Name))
            .Concat(module.Functions.Select(f => f.Name))
            .Concat(module.Classes.Select(c => c.Name));

    /// <summary>
    /// A re-export may be a class or anything else; which, only the source module's stub knows. Names spelled like a
    /// class (a leading capital) keep the class rule, the others get the member rule.
    /// </summary>
    private static string ReExportCandidate(string pythonName) =>
        char.IsUpper(pythonName[0]) ? CSharpNames.ToTypeName(pythonName) : CSharpNames.ToPascalCase(pythonName);

    private static ClassSpec NameClass(ClassSpec cls, string name, string scopePath, List<RenameSpec> renames)
    {
        string path = scopePath + "." + cls.PythonName;
        IEnumerable<string> reserved = ReservedNames.Common
            .Concat(cls.Kind == ClassKind.Exception ? ReservedNames.Exception : [])
            .Concat(ReservedNames.ForSpecialMethods(cls.SpecialMethods.Select(m => m.PythonName)))
            .Concat([name]);
        var scope = new Scope(path, renames);
        var next = new Queue<string>(scope.Resolve(
            cls.Methods.Select(m => Member(m.PythonName, CSharpNames.ToPascalCase(m.PythonName)))
                .Concat(cls.Properties.Select(p => Member(p.PythonName, CSharpNames.ToPascalCase(p.PythonName))))
                .Concat(cls.NestedClasses.Select(c => Member(c.PythonName, CSharpNames.ToTypeName(c.PythonName)))),
            reserved));

        EnumSpec? enumSpec = cls.Enum;
        if (enumSpec is not null)
        {
            var memberNames = new Queue<string>(scope.Resolve(enumSpec.Members.Select(m => Member(m.PythonName, CSharpNames.ToPascalCase(m.PythonName))), []));
            enumSpec = enumSpec with { Members = enumSpec.Members.Select(m => m with { Name = memberNames.Dequeue() }).ToEquatableArray() };
        }

        return cls with
        {
            Name = name,
            Methods = cls.Methods.Select(m => NameFunction(m, next.Dequeue(), path, renames)).ToEquatableArray(),
            Properties = cls.Properties.Select(p => p with { Name = next.Dequeue() }).ToEquatableArray(),
            NestedClasses = cls.NestedClasses.Select(c => NameClass(c, next.Dequeue(), path, renames)).ToEquatableArray(),
            Constructors = cls.Constructors.Select(s => NameParameters(s, path + ".__init__", renames)).ToEquatableArray(),
            SpecialMethods = cls.SpecialMethods.Select(m => NameFunction(m, m.PythonName, path, renames)).ToEquatableArray(),
            Enum = enumSpec,
        };
    }

    private static FunctionSpec NameFunction(FunctionSpec function, string name, string scopePath, List<RenameSpec> renames)
    {
        string path = scopePath + "." + function.PythonName;
        return function with
        {
            Name = name,
            Signatures = function.Signatures.Select(s => NameParameters(s, path, renames)).ToEquatableArray(),
        };
    }

    private static SignatureSpec NameParameters(SignatureSpec signature, string functionPath, List<RenameSpec> renames)
    {
        var next = new Queue<string>(new Scope(functionPath, renames, isSignature: true).Resolve(
            signature.Parameters.Select(p => Member(p.PythonName, CSharpNames.ToCamelCase(p.PythonName))),
            []));
        return signature with { Parameters = signature.Parameters.Select(p => p with { Name = next.Dequeue() }).ToEquatableArray() };
    }

    private static NameRequest Member(string pythonName, string candidate) => new(pythonName, candidate);

    /// <summary>One naming scope: resolves its requests and records the renames with their Python paths.</summary>
    private sealed class Scope(string path, List<RenameSpec> renames, bool isSignature = false)
    {
        public List<string> Resolve(IEnumerable<NameRequest> members, IEnumerable<string> reserved)
        {
            NameRequest[] requests = members.ToArray();
            string[] names = NameScope.Resolve(requests, reserved, out IReadOnlyList<NameChange> changes);
            foreach (NameChange change in changes)
            {
                string pythonName = requests[change.Index].PythonName;
                string memberPath = isSignature ? path + "(" + pythonName + ")" : path + "." + pythonName;
                renames.Add(new RenameSpec(memberPath, names[change.Index], change.TakenName, path));
            }

            return names.ToList();
        }
    }
}
