using HeyGen.Ci.Cli.Console;
using HeyGen.Ci.Core.Diagnostics;
using Spectre.Console;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>Prints diagnostics as they come, in the compiler's form, and counts the inputs they
/// rejected.</summary>
internal sealed class DiagnosticPrinter(IAnsiConsole errors) : IDiagnosticSink
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _rejected = new(StringComparer.Ordinal);

    /// <summary>How many errors were reported.</summary>
    public int Errors { get; private set; }

    /// <summary>How many warnings were reported.</summary>
    public int Warnings { get; private set; }

    /// <summary>The input files an error concerned.</summary>
    public int RejectedInputs => _rejected.Count;

    /// <inheritdoc />
    public void Report(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                Errors++;
                _rejected.Add(diagnostic.File ?? string.Empty);
            }

            Warnings += diagnostic.Severity == DiagnosticSeverity.Warning ? 1 : 0;
            errors.WriteDiagnostic(diagnostic);
        }
    }
}
