using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PyBind.Introspection;

/// <summary>
/// What the last <c>build</c> run saw, kept in the project's obj folder, so that the next one can tell without
/// starting Python whether anything that shapes the stubs changed: the modules bound, the options, how the
/// interpreter is chosen, and the timestamps of the interpreter, of every folder on its <c>sys.path</c> (installing,
/// upgrading or removing a package changes its site-packages folder) and of the user's own <c>.py</c> files.
/// </summary>
public sealed record BuildState
{
    /// <summary>Bumped when the meaning of a field changes, so an old state is never trusted.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The format of this state.</summary>
    public int Version { get; init; } = CurrentVersion;

    /// <summary>Modules, options and interpreter choice, as one comparable string.</summary>
    public required string Inputs { get; init; }

    /// <summary>The interpreter that made the stubs (<c>sys.executable</c>).</summary>
    public required string Python { get; init; }

    /// <summary>The stub files this tool wrote (hand-written stubs in the folder are not listed and never touched).</summary>
    public required IReadOnlyList<string> Stubs { get; init; }

    /// <summary>Watched paths and their last-write times (UTC ticks).</summary>
    public required IReadOnlyDictionary<string, long> Watched { get; init; }

    /// <summary>Reads a state, or null when there is none or it cannot be trusted.</summary>
    public static BuildState? Read(string path)
    {
        try
        {
            BuildState? state = File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), BuildStateJson.Default.BuildState) : null;
            return state?.Version == CurrentVersion ? state : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the state (atomically, so an interrupted build never leaves half a file).</summary>
    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, BuildStateJson.Default.BuildState));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Whether everything this state depends on is as it was (no Python needed to tell).</summary>
    public bool IsCurrent(string inputs, string stubFolder, out string reason)
    {
        if (!string.Equals(Inputs, inputs, StringComparison.Ordinal))
        {
            reason = "the modules, options or interpreter choice changed";
            return false;
        }

        foreach ((string path, long ticks) in Watched)
        {
            if (LastWrite(path) != ticks)
            {
                reason = $"{path} changed";
                return false;
            }
        }

        string? missing = Stubs.FirstOrDefault(stub => !File.Exists(Path.Combine(stubFolder, stub)));
        reason = missing is null ? "up to date" : $"{missing} is missing";
        return missing is null;
    }

    /// <summary>The last-write time of a file or folder in UTC ticks; 0 when it does not exist.</summary>
    public static long LastWrite(string path)
        => File.Exists(path) ? File.GetLastWriteTimeUtc(path).Ticks
            : Directory.Exists(path) ? Directory.GetLastWriteTimeUtc(path).Ticks
            : 0;
}

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(BuildState))]
internal sealed partial class BuildStateJson : JsonSerializerContext;
