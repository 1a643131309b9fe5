using HeyGen.Ci.Core.Diagnostics;
using Microsoft.Build.Utilities;

namespace HeyGen.Ci.MSBuild.Logging;

/// <summary>
/// Passes the product's coded diagnostics to the MSBuild log with their code, file, line and column, so the
/// IDE's error list and CI log parsers link them. Codes from other stages (ingest's HGCI0xxx) keep their code.
/// </summary>
internal sealed class MSBuildDiagnosticSink(TaskLoggingHelper log) : IDiagnosticSink
{
    private int _errors;

    /// <summary>Whether an error was reported through this sink.</summary>
    public bool HasErrors => Volatile.Read(ref _errors) > 0;

    /// <inheritdoc />
    public void Report(Diagnostic diagnostic)
    {
        var message = Message(diagnostic);
        var file = diagnostic.File ?? string.Empty;
        var line = diagnostic.Line ?? 0;
        var column = diagnostic.Column ?? 0;
        var help = diagnostic.Descriptor.HelpPath;

        switch (diagnostic.Severity)
        {
            case DiagnosticSeverity.Error:
                Interlocked.Increment(ref _errors);
                log.LogError(null, diagnostic.Code, help, file, line, column, 0, 0, message);
                break;
            case DiagnosticSeverity.Warning:
                log.LogWarning(null, diagnostic.Code, help, file, line, column, 0, 0, message);
                break;
            default:
                log.LogMessage(null, diagnostic.Code, help, file, line, column, 0, 0,
                    Microsoft.Build.Framework.MessageImportance.Normal, message);
                break;
        }
    }

    // MSBuild positions have lines and columns only; a HAR entry index goes into the text instead.
    private static string Message(Diagnostic diagnostic)
        => diagnostic is { Line: null, Entry: { } entry }
            ? $"(entry {entry}) {diagnostic.Message}"
            : diagnostic.Message;
}
