using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PyBind.Gen.Diagnostics;

/// <summary>
/// Where a diagnostic points, as plain data. A <see cref="Location"/> in a source tree holds the tree, and through
/// it the compilation, so pipeline values keep only the path and spans and rebuild a location when reporting.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location? location)
    {
        if (location is null || location == Location.None)
        {
            return null;
        }

        FileLinePositionSpan lineSpan = location.GetLineSpan();
        return new LocationInfo(lineSpan.Path ?? string.Empty, location.SourceSpan, lineSpan.Span);
    }

    /// <summary>A span of an additional file such as a stub, whose text is at hand.</summary>
    public static LocationInfo InText(string filePath, SourceText text, TextSpan span) =>
        new(filePath, span, text.Lines.GetLinePositionSpan(span));
}
