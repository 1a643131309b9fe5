using System.Runtime.InteropServices;
using HeyGen.Ci.Cli.Commands;
using HeyGen.Ci.Cli.Console;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HeyGen.Ci.Cli;

/// <summary>The <c>heygen</c> command line: one verb per stage, and <c>ci</c> for all of them.</summary>
internal static class HeyGenApp
{
    /// <summary>Runs the command line; SIGINT and SIGTERM become cancellation, which exits 130.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);

        var exitCode = await RunAsync(args, cancellation.Token).ConfigureAwait(false);

        return cancellation.IsCancellationRequested && exitCode != ExitCodes.Success ? ExitCodes.Cancelled : exitCode;

        void Cancel(PosixSignalContext context)
        {
            // Keep the process alive so cleanup runs; the command observes the token and exits 130.
            context.Cancel = true;
            cancellation.Cancel();
        }
    }

    /// <summary>
    /// Runs the command line with a caller's token; used by tests and by <see cref="RunAsync(string[])"/>.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        // In a CI log there is no terminal width: keep sentences on one line rather than wrapping at 80 columns.
        if (System.Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 160);
        }

        var app = new CommandApp();
        app.Configure(Configure);

        try
        {
            return await app.RunAsync(args, cancellationToken).ConfigureAwait(false);
        }
        catch (CommandParseException ex)
        {
            ConsoleExtensions.StandardError.WriteDiagnostic(DiagnosticCodes.InvalidArgument.Create(ex.Message));
            return ExitCodes.Usage;
        }
        catch (CommandRuntimeException ex)
        {
            ConsoleExtensions.StandardError.WriteDiagnostic(DiagnosticCodes.InvalidArgument.Create(ex.Message));
            return ExitCodes.Usage;
        }
    }

    private static void Configure(IConfigurator config)
    {
        config.SetApplicationName("heygen");
        config.PropagateExceptions();
        config.Settings.StrictParsing = true;

        config.AddCommand<AnalyseCommand>("analyse")
            .WithDescription("Find the behaviour in recordings: routes, flows, correlations, noise, secrets.");
        config.AddCommand<GenerateCommand>("generate")
            .WithDescription("Generate Reqnroll feature files from recorded sessions.");
        config.AddCommand<RunCommand>("run")
            .WithDescription("Run feature files against an address, an image or a Dockerfile; record observations.");
        config.AddCommand<MergeCommand>("merge")
            .WithDescription("Combine the result files of shards into one.");
        config.AddCommand<ScoreCommand>("score")
            .WithDescription("Score a run against its baseline with an ONNX model and a statistical judge.");
        config.AddCommand<GateCommand>("gate")
            .WithDescription("Turn scores and failures into a verdict: pass, warn, fail or inconclusive.");
        config.AddCommand<CommentCommand>("comment")
            .WithDescription("Publish the report to the pull request, or write comment.md when not in a pull request.");
        config.AddCommand<SweepCommand>("sweep")
            .WithDescription("Remove containers, images and networks that killed runs left behind (by label).");
        config.AddCommand<CiCommand>("ci")
            .WithDescription("The whole job: ingest, analyse, generate, run in Docker, score, gate, report, publish.");
    }
}
