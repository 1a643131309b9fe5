using HeyGen.Ci.Cli.Console;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>
/// The base of every <c>heygen</c> command: coded errors become <c>error HGCI…</c> lines and their exit code,
/// cancellation becomes exit 130, and anything unexpected is an internal error rather than a stack trace.
/// </summary>
/// <typeparam name="TSettings">The command's settings.</typeparam>
internal abstract class HeyGenCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : CommandSettings
{
    /// <summary>The console for people: progress and summaries.</summary>
    protected IAnsiConsole Console { get; } = AnsiConsole.Console;

    /// <summary>Where diagnostics go.</summary>
    protected IAnsiConsole Errors { get; } = ConsoleExtensions.StandardError;

    /// <inheritdoc />
    public sealed override async Task<int> ExecuteAsync(
        CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(settings, cancellationToken).ConfigureAwait(false);
        }
        catch (HeyGenException ex)
        {
            Errors.WriteDiagnostic(ex.Diagnostic);
            return ex.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var message = "Cancelled; what this command started was cleaned up.";
            Errors.WriteDiagnostic(DiagnosticCodes.Cancelled.Create(message));
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var message = $"Unexpected {ex.GetType().Name}: {ex.Message}. "
                + "This is a bug; please report it with the command line.";
            Errors.WriteDiagnostic(DiagnosticCodes.InternalError.Create(message));
            Errors.WriteLine(ex.ToString(), new Style(Color.Grey));
            return ExitCodes.Findings;
        }
    }

    /// <summary>Does the command's work and returns its exit code.</summary>
    protected abstract Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken);

    /// <summary>Reports a usage error (exit code 2).</summary>
    protected int Usage(string message)
    {
        Errors.WriteDiagnostic(DiagnosticCodes.InvalidArgument.Create(message));
        return ExitCodes.Usage;
    }
}
