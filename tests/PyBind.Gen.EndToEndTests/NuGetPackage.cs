using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace PyBind.Gen.EndToEndTests;

/// <summary>A .nupkg opened for reading: its files, its manifest, and the assemblies inside it.</summary>
internal sealed class NuGetPackage : IDisposable
{
    private readonly ZipArchive _archive;

    public NuGetPackage(string path)
    {
        _archive = ZipFile.OpenRead(path);
        Files = _archive.Entries.Select(e => e.FullName).Where(IsContent).Order(StringComparer.Ordinal).ToArray();
        ZipArchiveEntry nuspec = _archive.Entries.Single(e => !e.FullName.Contains('/', StringComparison.Ordinal) && e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = nuspec.Open();
        Metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    /// <summary>The package's files, without NuGet's own bookkeeping (the manifest, [Content_Types].xml, _rels/, package/).</summary>
    public string[] Files { get; }

    /// <summary>The manifest's <c>metadata</c> element.</summary>
    public XElement Metadata { get; }

    public string Id => Value("id");

    public string Version => Value("version");

    /// <summary>The dependencies of one framework's group, as (id, version range) pairs.</summary>
    public (string Id, string Version)[] Dependencies(string targetFramework) =>
        Children(Children(Metadata, "dependencies").Single(), "group")
            .Single(group => (string?)group.Attribute("targetFramework") == targetFramework)
            .Elements()
            .Select(dependency => ((string)dependency.Attribute("id")!, (string)dependency.Attribute("version")!))
            .ToArray();

    /// <summary>The frameworks the manifest has a dependency group for.</summary>
    public string[] DependencyFrameworks =>
        Children(Children(Metadata, "dependencies").Single(), "group").Select(group => (string)group.Attribute("targetFramework")!).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Reads the assembly at <paramref name="path"/> in the package.</summary>
    public T ReadAssembly<T>(string path, Func<PEReader, T> read)
    {
        using var copy = new MemoryStream();
        using (Stream stream = _archive.GetEntry(path)!.Open())
            stream.CopyTo(copy);
        copy.Position = 0;
        using var reader = new PEReader(copy);
        return read(reader);
    }

    /// <summary>The string argument of the assembly's attribute of type <paramref name="attributeName"/> (<c>TargetFrameworkAttribute</c>).</summary>
    public static string AssemblyAttribute(PEReader assembly, string attributeName)
    {
        MetadataReader metadata = assembly.GetMetadataReader();
        foreach (CustomAttributeHandle handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            CustomAttribute attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
                continue;
            EntityHandle type = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
            if (type.Kind != HandleKind.TypeReference || !metadata.StringComparer.Equals(metadata.GetTypeReference((TypeReferenceHandle)type).Name, attributeName))
                continue;
            BlobReader value = metadata.GetBlobReader(attribute.Value);
            value.ReadUInt16(); // the prolog
            return value.ReadSerializedString()!;
        }
        throw new InvalidOperationException($"The assembly has no {attributeName}.");
    }

    /// <summary>Whether the assembly carries precompiled native code (ReadyToRun).</summary>
    public static bool IsReadyToRun(PEReader assembly) => assembly.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;

    public void Dispose() => _archive.Dispose();

    private string Value(string name) => Children(Metadata, name).Single().Value;

    // The manifest's elements are in NuGet's namespace, whose version varies.
    private static System.Collections.Generic.IEnumerable<XElement> Children(XElement parent, string name) =>
        parent.Elements().Where(e => e.Name.LocalName == name);

    private static bool IsContent(string path) =>
        !(path.EndsWith(".nuspec", StringComparison.Ordinal) && !path.Contains('/', StringComparison.Ordinal))
        && path != "[Content_Types].xml" && !path.StartsWith("_rels/", StringComparison.Ordinal) && !path.StartsWith("package/", StringComparison.Ordinal);
}
