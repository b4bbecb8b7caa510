using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using PyBind.Gen.Naming;
using PyBind.Gen.Stubs;

namespace PyBind.Gen;

public sealed partial class PyBindGenerator
{
    /// <summary>
    /// The transforms of the pipeline: where symbols and additional files are turned into equatable models.
    /// Symbols do not leave this class.
    /// </summary>
    private static class Parser
    {
        public static bool IsStub(AdditionalText file) => StubReader.IsStub(file.Path);

        /// <summary>Opens a stub; the index step reads them all (<see cref="ParsedStub"/>).</summary>
        public static ParsedStub OpenStub(AdditionalText file, CancellationToken cancellationToken)
        {
            var fileStart = new LocationInfo(file.Path, default, default);
            try
            {
                SourceText? text = file.GetText(cancellationToken);
                return text is not null
                    ? StubReader.Open(file.Path, text)
                    : Unusable(file, DiagnosticInfo.Create(DiagnosticDescriptors.MalformedStub, fileStart, ModuleNameOf(file), "the file could not be read"));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Unusable(file, InternalError($"reading the stub '{file.Path}'", fileStart, e));
            }
        }

        private static ParsedStub Unusable(AdditionalText file, DiagnosticInfo reason) =>
            ParsedStub.Unusable(file.Path, ModuleNameOf(file), reason);

        private static string ModuleNameOf(AdditionalText file) => System.IO.Path.GetFileNameWithoutExtension(file.Path);

        public static Result<BindingRequest?> ParseTarget(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            LocationInfo? location = LocationInfo.From(context.Attributes.FirstOrDefault()?.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation())
                ?? LocationInfo.From(context.TargetSymbol.Locations.FirstOrDefault());
            try
            {
                return ParseTarget((INamedTypeSymbol)context.TargetSymbol, (ClassDeclarationSyntax)context.TargetNode, context.Attributes[0], location, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new Result<BindingRequest?>(null, EquatableArray.Create(InternalError($"reading the [PyImport] class '{context.TargetSymbol.Name}'", location, e)));
            }
        }

        private static Result<BindingRequest?> ParseTarget(
            INamedTypeSymbol symbol,
            ClassDeclarationSyntax declaration,
            AttributeData attribute,
            LocationInfo? location,
            CancellationToken cancellationToken)
        {
            // PyImportAnalyzer reports what is wrong with the declaration (in the editor too); the build reports it once.
            if (PyImportDeclaration.Problems(symbol, declaration, attribute, cancellationToken).Any())
            {
                return new Result<BindingRequest?>(null, EquatableArray<DiagnosticInfo>.Empty);
            }

            return new Result<BindingRequest?>(new BindingRequest(TargetOf(symbol), PyImportDeclaration.ModuleName(attribute)!, location), EquatableArray<DiagnosticInfo>.Empty);
        }

        private static TargetTypeSpec TargetOf(INamedTypeSymbol symbol)
        {
            var containingTypes = new List<ContainingTypeSpec>();
            for (INamedTypeSymbol? containing = symbol.ContainingType; containing is not null; containing = containing.ContainingType)
            {
                containingTypes.Insert(0, new ContainingTypeSpec(
                    DeclarationKeyword(containing),
                    containing.Name,
                    containing.TypeParameters.Select(t => t.Name).ToEquatableArray(),
                    containing.IsStatic));
            }

            return new TargetTypeSpec(
                symbol.ContainingNamespace.IsGlobalNamespace ? string.Empty : symbol.ContainingNamespace.ToDisplayString(),
                containingTypes.ToEquatableArray(),
                symbol.Name,
                symbol.TypeParameters.Select(t => t.Name).ToEquatableArray(),
                symbol.DeclaredAccessibility,
                FullyQualifiedMetadataName(symbol),
                EffectiveAccessibility(symbol));
        }

        /// <summary>The stubs, each carried one in place of the additional file of its module.</summary>
        public static ImmutableArray<ParsedStub> PreferCarried(ImmutableArray<ParsedStub> files, ImmutableArray<ParsedStub> carried)
        {
            if (carried.IsEmpty)
            {
                return files;
            }

            var carriedModules = new HashSet<string>(carried.Select(s => s.ModuleName), StringComparer.Ordinal);
            return files.Where(s => !carriedModules.Contains(s.ModuleName)).Concat(carried).ToImmutableArray();
        }

        /// <summary>
        /// The [PyImport] classes of the program's precompiled bindings (<c>&lt;Assembly&gt;.PyBindings</c>, a reference),
        /// with their modules: none in a build, which compiles either the bindings or the program that references them.
        /// </summary>
        public static EquatableArray<BindingRequest> FindPrecompiledTargets(Compilation compilation, CancellationToken cancellationToken)
        {
            string bindingsName = compilation.AssemblyName + ".PyBindings";
            var found = new List<BindingRequest>();
            foreach (MetadataReference reference in compilation.References)
            {
                if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol { Name: var name } assembly || name != bindingsName)
                {
                    continue;
                }

                var namespaces = new Stack<INamespaceSymbol>();
                namespaces.Push(assembly.GlobalNamespace);
                while (namespaces.Count > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    INamespaceSymbol ns = namespaces.Pop();
                    foreach (INamespaceSymbol inner in ns.GetNamespaceMembers())
                    {
                        namespaces.Push(inner);
                    }

                    foreach (INamedTypeSymbol type in ns.GetTypeMembers())
                    {
                        AttributeData? import = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == CompilationTypeNames.PyImportAttribute);
                        if (import is not null && PyImportDeclaration.ModuleName(import) is { } module)
                        {
                            found.Add(new BindingRequest(TargetOf(type), module, null));
                        }
                    }
                }
            }

            return found.OrderBy(r => r.Target.FullyQualifiedMetadataName, StringComparer.Ordinal).ToEquatableArray();
        }

        /// <summary>
        /// The declared requests, then the rebound ones whose module and class no declaration in the compilation binds
        /// (a class the editor's source now binds to another module is that module's).
        /// </summary>
        public static IEnumerable<Result<BindingRequest?>> AddRebound(ImmutableArray<Result<BindingRequest?>> declared, EquatableArray<BindingRequest> rebound)
        {
            var declaredModules = new HashSet<string>(declared.Select(r => r.Value?.ModuleName).Where(m => m is not null)!, StringComparer.Ordinal);
            var declaredClasses = new HashSet<string>(declared.Select(r => r.Value?.Target.FullyQualifiedMetadataName).Where(m => m is not null)!, StringComparer.Ordinal);
            return declared.Concat(rebound
                .Where(r => !declaredModules.Contains(r.ModuleName) && !declaredClasses.Contains(r.Target.FullyQualifiedMetadataName))
                .Select(r => new Result<BindingRequest?>(r, EquatableArray<DiagnosticInfo>.Empty)));
        }

        public static BindingCatalog CreateCatalog(ImmutableArray<BindingTarget?> targets, StubIndex index, CancellationToken cancellationToken)
        {
            try
            {
                return BindingCatalog.Create(targets.Where(t => t is not null).Select(t => t!).ToImmutableArray(), index, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Bind reports the failure per request; an empty catalog binds nothing.
                return new BindingCatalog(EquatableArray<BindingTree>.Empty, BindingEnvironment.Empty, e.GetType().Name + ": " + e.Message);
            }
        }

        /// <summary>What the referenced runtime and the compiler offer; a small equatable value, so the steps after it are cached across edits.</summary>
        public static RuntimeFeatures FindRuntimeFeatures(Compilation compilation)
        {
            RuntimeFeatures features = RuntimeFeatures.None;
            if (compilation.GetTypeByMetadataName(CompilationTypeNames.PyObject) is { } pyObject && pyObject.GetMembers("AsTask").Length > 0)
            {
                features |= RuntimeFeatures.Async;
            }

            // The attribute is an error before C# 13, and needs the type (.NET 9's, or a polyfill the project can see).
            if (compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp13 }
                && compilation.GetTypeByMetadataName(CompilationTypeNames.OverloadResolutionPriorityAttribute) is { } priority
                && compilation.IsSymbolAccessibleWithin(priority, compilation.Assembly))
            {
                features |= RuntimeFeatures.OverloadResolutionPriority;
            }

            return features;
        }

        /// <summary>Joins a request with its place in the catalog; renames caused by the class's own name are reported here.</summary>
        public static Result<BindingSpec?> Bind(BindingRequest request, BindingCatalog catalog, RuntimeFeatures features, EquatableArray<string> precompiledClasses, CancellationToken cancellationToken)
        {
            try
            {
                if (catalog.Failure is string failure)
                {
                    return new Result<BindingSpec?>(null, EquatableArray.Create(
                        DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, request.AttributeLocation, "arranging the bindings", failure)));
                }

                BindingTree? tree = catalog.Find(request.Target);
                if (tree is null)
                {
                    // No stub (PyImportAnalyzer reports it), or a stub whose dialect is not supported (which has said why).
                    return new Result<BindingSpec?>(null, EquatableArray<DiagnosticInfo>.Empty);
                }

                cancellationToken.ThrowIfCancellationRequested();
                var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();
                foreach (BoundModuleSpec module in tree.Modules.Where(m => m.DefinesClasses || m.Path.IsEmpty))
                {
                    diagnostics.AddRange(module.Module.Renames
                        .Select(r => DiagnosticInfo.Create(DiagnosticDescriptors.MemberRenamed, request.AttributeLocation, r.PythonPath, r.Name, r.TakenName, r.Scope,
                            r.InheritedHolder is null ? string.Empty : " by the inherited '" + r.InheritedHolder + "'")));
                }

                diagnostics.AddRange(tree.MissingSubmodules.Select(m => DiagnosticInfo.Create(
                    DiagnosticDescriptors.MemberSkipped, request.AttributeLocation, m, "there is no stub for the submodule (add its .pyi to the AdditionalFiles)")));
                return new Result<BindingSpec?>(new BindingSpec(request.Target, tree.Modules, catalog.Environment, features, tree.Ancestors, tree.Referenced, precompiledClasses.Contains(request.Target.FullyQualifiedMetadataName)), diagnostics.ToEquatableArray());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new Result<BindingSpec?>(null, EquatableArray.Create(InternalError($"binding module '{request.ModuleName}'", request.AttributeLocation, e)));
            }
        }

        /// <summary>Public when the class and every type around it are public; internal when reachable from the whole assembly.</summary>
        private static Accessibility EffectiveAccessibility(INamedTypeSymbol symbol)
        {
            Accessibility result = Accessibility.Public;
            for (INamedTypeSymbol? type = symbol; type is not null; type = type.ContainingType)
            {
                switch (type.DeclaredAccessibility)
                {
                    case Accessibility.Public:
                        break;
                    case Accessibility.Internal or Accessibility.ProtectedOrInternal:
                        result = result == Accessibility.Public ? Accessibility.Internal : result;
                        break;
                    default:
                        return Accessibility.Private;
                }
            }

            return result;
        }

        private static string DeclarationKeyword(INamedTypeSymbol type) => type switch
        {
            { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
            { IsRecord: true } => "record",
            { TypeKind: TypeKind.Struct } => "struct",
            { TypeKind: TypeKind.Interface } => "interface",
            _ => "class",
        };

        /// <summary><c>App.Outer+Np`1</c>: unique per type, so hint names built from it never collide.</summary>
        private static string FullyQualifiedMetadataName(INamedTypeSymbol symbol)
        {
            string name = symbol.MetadataName;
            for (INamedTypeSymbol? containing = symbol.ContainingType; containing is not null; containing = containing.ContainingType)
            {
                name = containing.MetadataName + "+" + name;
            }

            // Metadata names, not display strings: `namespace App.@class` is the namespace "App.class".
            for (INamespaceSymbol ns = symbol.ContainingNamespace; !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
            {
                name = ns.MetadataName + "." + name;
            }

            return name;
        }
    }
}
