using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using PyBind.Gen.Emit;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;

namespace PyBind.Gen;

public sealed partial class PyBindGenerator
{
    /// <summary>
    /// Writes the generated files of one binding from its model alone (no Roslyn semantic API here): the lowering in
    /// <see cref="BindingEmitter"/>, run as a pipeline step so that its output (text, compared by value) is cached.
    /// </summary>
    internal static class Emitter
    {
        /// <summary>
        /// Generated infrastructure members start with this prefix. Python-derived names never start with an
        /// underscore (<see cref="Naming.CSharpNames"/>), so these cannot collide with a bound member.
        /// </summary>
        public const string InfrastructurePrefix = EmittedNames.Prefix;

        public static GeneratedBinding Generate(BindingSpec binding, CancellationToken cancellationToken)
        {
            try
            {
                return BindingEmitter.Emit(binding, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new GeneratedBinding(
                    binding.Module.Name,
                    EquatableArray<GeneratedFile>.Empty,
                    EquatableArray.Create(InternalError($"writing the binding of '{binding.Module.Name}'", null, e)));
            }
        }

        public static void Emit(SourceProductionContext context, GeneratedBinding binding)
        {
            foreach (GeneratedFile file in binding.Files)
            {
                try
                {
                    context.AddSource(file.HintName, file.Text);
                }
                catch (ArgumentException e)
                {
                    // A hint name Roslyn refuses would fail the whole generator (CS8785); the other files still count.
                    context.ReportDiagnostic(InternalError($"adding the file '{file.HintName}' of '{binding.ModuleName}'", null, e).ToDiagnostic());
                }
            }
        }

        public static string HintName(TargetTypeSpec target) => BindingEmitter.SafeHintName(target.FullyQualifiedMetadataName) + ".g.cs";
    }
}
