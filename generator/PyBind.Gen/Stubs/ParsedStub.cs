using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;

namespace PyBind.Gen.Stubs;

/// <summary>
/// A stub file: the module it describes (from its header, known at once), and its model and diagnostics, read the
/// first time they are needed and then kept. The pipeline's stub step only opens each file, so that the index step,
/// which needs them all, reads them on every core (Roslyn runs a step's items one after another); an edited stub
/// is a new value, read when compared or indexed, while an unchanged one keeps the model it read before.
/// </summary>
/// <remarks>
/// Cacheability: equal when the path and module name are, and the texts are, or else what reading them gives is (a
/// comment changes where members are, which diagnostics need, but not the model, so no binding is written again).
/// What reading gives is a function of the text alone, so when it is read does not change what it is.
/// </remarks>
internal sealed class ParsedStub : IEquatable<ParsedStub>
{
    private readonly SourceText? _text;
    private readonly object _gate = new();
    private Content? _content;
    private Dictionary<string, TextSpan>? _definitions;

    public ParsedStub(string path, string moduleName, SourceText text)
    {
        Path = path;
        ModuleName = moduleName;
        _text = text;
    }

    private ParsedStub(string path, string moduleName, Content content)
    {
        Path = path;
        ModuleName = moduleName;
        _content = content;
    }

    public string Path { get; }

    public string ModuleName { get; }

    /// <summary>The length of the text (how long reading it takes).</summary>
    public int Length => _text?.Length ?? 0;

    /// <summary>The model, or <see langword="null"/> when the stub is unusable (an unsupported dialect, an unreadable file).</summary>
    public ModuleSpec? Module => Read(CancellationToken.None).Module;

    public EquatableArray<DiagnosticInfo> Diagnostics => Read(CancellationToken.None).Diagnostics;

    /// <summary>A stub that cannot be read, for the reason given.</summary>
    public static ParsedStub Unusable(string path, string moduleName, DiagnosticInfo reason) =>
        new(path, moduleName, new Content(null, EquatableArray.Create(reason)));

    /// <summary>Reads the stub unless it was read already (once, whichever thread asks first; a cancelled read is not kept).</summary>
    public Content Read(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _content) is Content content)
        {
            return content;
        }

        lock (_gate)
        {
            if (_content is null)
            {
                Volatile.Write(ref _content, StubReader.ReadBody(Path, ModuleName, _text!, cancellationToken));
            }

            return _content!;
        }
    }

    public bool Equals(ParsedStub? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Path == other.Path
                && ModuleName == other.ModuleName
                && ((_text is not null && other._text is not null && _text.ContentEquals(other._text))
                    || Read(CancellationToken.None) == other.Read(CancellationToken.None))));

    public override bool Equals(object? obj) => obj is ParsedStub other && Equals(other);

    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Path) * 31) + StringComparer.Ordinal.GetHashCode(ModuleName);

    /// <summary>
    /// Where <paramref name="pythonPath"/> (<c>module.Class.name</c>) is defined in this stub, or <see langword="null"/>
    /// when it is not (or the stub could not be read).
    /// </summary>
    public LocationInfo? DefinitionOf(string pythonPath)
    {
        Dictionary<string, TextSpan>? definitions = Volatile.Read(ref _definitions);
        if (definitions is null)
        {
            // Built on the first diagnostic placed in this stub; two threads building it at once build the same.
            definitions = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
            foreach (MemberDefinition definition in Read(CancellationToken.None).Definitions)
            {
                definitions[definition.PythonPath] = definition.NameSpan;
            }

            Volatile.Write(ref _definitions, definitions);
        }

        return _text is not null && definitions.TryGetValue(pythonPath, out TextSpan span) ? LocationInfo.InText(Path, _text, span) : null;
    }

    /// <summary>What reading the stub gives.</summary>
    /// <param name="Module">The model, or <see langword="null"/> when the stub's dialect version is not supported.</param>
    /// <param name="Definitions">Where each member is defined. Not part of the model, so that a comment which moves
    /// members leaves the binding to be written as it was; but part of the stub's value, so that the diagnostics
    /// placed on members move with them.</param>
    internal sealed record Content(ModuleSpec? Module, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<MemberDefinition> Definitions = default);
}
