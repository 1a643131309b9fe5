namespace HeyGen.Ci.Core.Model;

/// <summary>A place in a recording: the file, and the HAR entry index or the access log line.</summary>
/// <param name="File">The file path as given by the user.</param>
/// <param name="Entry">The zero-based HAR entry index, when the place is a HAR entry.</param>
/// <param name="Line">The one-based line number, when known (access logs always; HAR files where tracked).</param>
public sealed record SourceLocation(string File, int? Entry = null, int? Line = null)
{
    /// <inheritdoc />
    public override string ToString() => (Entry, Line) switch
    {
        ({ } entry, { } line) => $"{File}:{line} (entry {entry})",
        ({ } entry, null) => $"{File} (entry {entry})",
        (null, { } line) => $"{File}:{line}",
        _ => File,
    };
}
