using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace PyBind.Introspection;

/// <summary>
/// <c>pybind-introspect export-stubs</c>: what the PyBind.Gen MSBuild targets run after compiling. The source generator
/// writes the <c>.pyi</c> stubs of each <c>[PyExport]</c> module into the assembly it compiles, as
/// <c>[assembly: AssemblyMetadata("PyBind.ExportStub:host/__init__.pyi", "…")]</c> (a generator may not write files);
/// this reads them from the metadata, without loading the assembly, and writes them out, so that mypy, pyright and
/// editors see the modules. Stubs it wrote before that the assembly no longer has are removed.
/// </summary>
public static class ExportStubsCommand
{
    /// <summary>The assembly metadata key prefix the generator uses (the rest of the key is the stub's path).</summary>
    public const string MetadataPrefix = "PyBind.ExportStub:";

    /// <summary>The help text of the subcommand.</summary>
    public const string Usage = """
        Usage: pybind-introspect export-stubs --assembly <file> --output <dir> [--manifest <file>]

        Writes the .pyi stubs of the [PyExport] modules compiled into an assembly.

        Options:
          --assembly <file>   the compiled assembly
          --output <dir>      where the stubs go (host/__init__.pyi, host/sub.pyi…)
          --manifest <file>   the list of stubs written last time (in obj/): those the assembly no longer has are deleted
        """;

    /// <summary>Runs the subcommand; <paramref name="args"/> excludes the word <c>export-stubs</c>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        Dictionary<string, string> options;
        try
        {
            options = Parse(args);
        }
        catch (FormatException error)
        {
            errors.WriteLine($"error PYB1000: {error.Message}");
            errors.WriteLine(Usage);
            return Program.ExitCodes.UsageError;
        }

        string assembly = options["--assembly"], folder = options["--output"];
        IReadOnlyList<KeyValuePair<string, string>> stubs;
        try
        {
            stubs = Read(assembly);
        }
        catch (Exception error) when (error is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            errors.WriteLine($"{assembly}: error PYB1099: the [PyExport] stubs could not be read from the assembly: {error.Message}");
            return Program.ExitCodes.SomeModulesFailed;
        }

        var written = new List<string>();
        foreach ((string path, string text) in stubs)
        {
            string file = Path.GetFullPath(Path.Combine(folder, path));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            if (!File.Exists(file) || File.ReadAllText(file) != text)
            {
                File.WriteAllText(file, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                output.WriteLine($"wrote {file}");
            }

            written.Add(file);
        }

        if (options.TryGetValue("--manifest", out string? manifest))
        {
            foreach (string stale in File.Exists(manifest) ? File.ReadAllLines(manifest).Except(written, StringComparer.Ordinal) : [])
            {
                File.Delete(stale);
                output.WriteLine($"removed {stale}");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(manifest))!);
            File.WriteAllLines(manifest, written);
        }

        return Program.ExitCodes.Success;
    }

    /// <summary>The stubs in an assembly's metadata, by relative path.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Read(string assembly)
    {
        using FileStream file = File.OpenRead(assembly);
        using var pe = new PEReader(file);
        MetadataReader metadata = pe.GetMetadataReader();
        var stubs = new List<KeyValuePair<string, string>>();
        foreach (CustomAttributeHandle handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            CustomAttribute attribute = metadata.GetCustomAttribute(handle);
            if (!IsAssemblyMetadata(metadata, attribute))
            {
                continue;
            }

            // The value blob of a two-string attribute: the prolog, then both strings.
            BlobReader value = metadata.GetBlobReader(attribute.Value);
            if (value.ReadUInt16() != 1 || value.ReadSerializedString() is not { } key || !key.StartsWith(MetadataPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            string path = key[MetadataPrefix.Length..];
            if (Path.IsPathRooted(path) || path.Split('/').Contains(".."))
            {
                throw new BadImageFormatException($"the stub path '{path}' leaves the output folder");
            }

            stubs.Add(new KeyValuePair<string, string>(path, value.ReadSerializedString() ?? string.Empty));
        }

        return stubs;
    }

    private static bool IsAssemblyMetadata(MetadataReader metadata, CustomAttribute attribute)
    {
        EntityHandle type = attribute.Constructor.Kind switch
        {
            HandleKind.MemberReference => metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            HandleKind.MethodDefinition => metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            _ => default,
        };
        return type.Kind switch
        {
            HandleKind.TypeReference => Named(metadata, metadata.GetTypeReference((TypeReferenceHandle)type).Namespace, metadata.GetTypeReference((TypeReferenceHandle)type).Name),
            HandleKind.TypeDefinition => Named(metadata, metadata.GetTypeDefinition((TypeDefinitionHandle)type).Namespace, metadata.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => false,
        };
    }

    private static bool Named(MetadataReader metadata, StringHandle ns, StringHandle name)
        => metadata.StringComparer.Equals(ns, "System.Reflection") && metadata.StringComparer.Equals(name, "AssemblyMetadataAttribute");

    private static Dictionary<string, string> Parse(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] is not ("--assembly" or "--output" or "--manifest") || i + 1 >= args.Count)
                throw new FormatException($"unexpected argument '{args[i]}'");
            options[args[i]] = args[++i];
        }

        foreach (string required in new[] { "--assembly", "--output" })
        {
            if (!options.ContainsKey(required))
                throw new FormatException($"{required} is required");
        }

        return options;
    }
}
