using System.Text.Json;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Analysis;
using HeyGen.Ci.Core.Ingest;
using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Runs;
using Spectre.Console;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>
/// <c>heygen analyse</c>: finds route templates, flows, correlations, masked fields and secrets in
/// recordings,
/// prints them and writes <c>analysis.json</c> and <c>flows.mmd</c>.
/// </summary>
internal sealed class AnalyseCommand : HeyGenCommand<AnalyseSettings>
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(AnalyseSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Sessions.Length == 0)
        {
            return Usage("give the recordings to analyse with --sessions <file|folder>");
        }

        var printer = new DiagnosticPrinter(Errors);
        var analysis = await Progress.RunAsync(Errors, "Analysing recordings", () => RecordingAnalysis.AnalyseAsync(
            settings.Sessions, new IngestOptions(), settings.KeepStaticAssets, printer, cancellationToken))
            .ConfigureAwait(false);

        var folder = settings.Out ?? RunFolder.Create(RunFolder.DefaultRunsRoot(Environment.CurrentDirectory),
            TimeProvider.System).Root;
        var written = await RecordingAnalysis.WriteAsync(analysis, folder, cancellationToken).ConfigureAwait(false);

        if (settings.Json)
        {
            Console.Profile.Out.Writer.Write(JsonSerializer.Serialize(analysis, HeyGenJson.Options) + "\n");
        }
        else
        {
            AnalysisSummary.Write(Console, analysis, written, printer);
        }

        return printer.Errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
