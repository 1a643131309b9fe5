namespace HeyGen.Ci.Core.Diagnostics;

/// <summary>A diagnostic the product can report: its code, its default severity and a one-line title.</summary>
/// <param name="Code">The code, <c>HGCI</c> and four digits.</param>
/// <param name="Severity">The severity it is reported with.</param>
/// <param name="Title">A short title, the heading of its page in <c>docs/diagnostics/</c>.</param>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title)
{
    /// <summary>The documentation page, relative to the repository root.</summary>
    public string HelpPath => $"docs/diagnostics/{Code}.md";

    /// <summary>Creates a diagnostic of this kind.</summary>
    /// <param name="message">What was wrong and what to do, in one or two sentences.</param>
    /// <param name="file">The file it concerns, when it concerns one.</param>
    /// <param name="line">The one-based line, when known.</param>
    /// <param name="entry">The zero-based HAR entry index, when it concerns one.</param>
    /// <param name="column">The one-based column, when known.</param>
    public Diagnostic Create(
        string message, string? file = null, int? line = null, int? entry = null, int? column = null)
        => new(this, message, file, line, entry, column);
}
