namespace HeyGen.Ci.Core.Diagnostics;

/// <summary>One coded finding: what was wrong, where, and what to do.</summary>
/// <param name="Descriptor">The kind of finding.</param>
/// <param name="Message">What was wrong and what to do.</param>
/// <param name="File">The file it concerns, when it concerns one.</param>
/// <param name="Line">The one-based line, when known.</param>
/// <param name="Entry">The zero-based HAR entry index, when it concerns one.</param>
/// <param name="Column">The one-based column, when known.</param>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    string Message,
    string? File = null,
    int? Line = null,
    int? Entry = null,
    int? Column = null)
{
    /// <summary>The code, such as <c>HGCI0101</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The severity.</summary>
    public DiagnosticSeverity Severity => Descriptor.Severity;

    /// <summary>
    /// The canonical one-line form, <c>file(line,col): error HGCI0101: message</c>, the shape compilers and
    /// MSBuild use, so editors and CI log parsers can link it.
    /// </summary>
    public override string ToString()
    {
        var severity = Severity.ToString().ToLowerInvariant();
        var where = File is null ? string.Empty : File + Position() + ": ";

        return $"{where}{severity} {Code}: {Message}";
    }

    private string Position() => (Line, Column, Entry) switch
    {
        ({ } line, { } column, _) => $"({line},{column})",
        ({ } line, null, _) => $"({line})",
        (null, _, { } entry) => $"(entry {entry})",
        _ => string.Empty,
    };
}
