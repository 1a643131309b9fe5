namespace HeyGen.Ci.Core.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing was lost.</summary>
    Info,

    /// <summary>Something was skipped or guessed; the rest went on.</summary>
    Warning,

    /// <summary>Input was rejected or a stage could not do its work.</summary>
    Error,
}
