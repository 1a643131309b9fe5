using HeyGen.Ci.Cli.Console;
using HeyGen.Ci.Core.Diagnostics;
using Spectre.Console;

namespace HeyGen.Ci.Cli.Ci;

/// <summary>Prints diagnostics as they are reported and remembers whether any was an error.</summary>
internal sealed class ConsoleSink(IAnsiConsole console) : IDiagnosticSink
{
    private int _errors;

    /// <summary>Whether an error was reported.</summary>
    public bool HasErrors => Volatile.Read(ref _errors) > 0;

    /// <inheritdoc />
    public void Report(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            Interlocked.Increment(ref _errors);
        }

        try
        {
            console.WriteDiagnostic(diagnostic);
        }
        catch (IOException)
        {
            // Reporting never throws into the stage: a closed console loses the line, not the run.
        }
    }
}
