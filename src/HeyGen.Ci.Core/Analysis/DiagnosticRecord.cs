using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>A diagnostic as <c>analysis.json</c> stores it.</summary>
/// <param name="Code">The code, <c>HGCI0101</c>.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Message">What was wrong and what to do.</param>
/// <param name="File">The file it concerns.</param>
/// <param name="Line">The one-based line.</param>
/// <param name="Entry">The zero-based HAR entry.</param>
public sealed record DiagnosticRecord(
    string Code, DiagnosticSeverity Severity, string Message, string? File, int? Line, int? Entry)
{
    /// <summary>The record of a reported diagnostic.</summary>
    public static DiagnosticRecord From(Diagnostic diagnostic)
        => new(diagnostic.Code, diagnostic.Severity, diagnostic.Message, diagnostic.File, diagnostic.Line,
            diagnostic.Entry);
}
