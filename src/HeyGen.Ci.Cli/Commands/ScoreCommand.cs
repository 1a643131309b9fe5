using System.Globalization;
using HeyGen.Ci.Cli.Console;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Scoring;
using HeyGen.Ci.Scoring.Inference;
using HeyGen.Ci.Scoring.Scores;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace HeyGen.Ci.Cli.Commands;

/// <summary><c>heygen score</c>: scores a run against its baseline; writes model.onnx and scores.json.</summary>
internal sealed class ScoreCommand : HeyGenCommand<ScoreSettings>
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(ScoreSettings settings, CancellationToken cancellationToken)
    {
        var run = RunFolders.Existing(settings.Run!);
        var diagnostics = new DiagnosticBag();
        var request = new ScoreRequest
        {
            Run = run,
            ModelFile = settings.Model,
            BaselineFiles = settings.Baseline,
            Runtime = new ScoringRuntimeOptions
            {
                Provider = settings.Provider == "cpu"
                    ? ExecutionProviderPreference.Cpu : ExecutionProviderPreference.Auto,
            },
            Diagnostics = diagnostics,
        };

        using var logging = CommandLogging.Create();
        using var pipeline = new ScoringPipeline(logging.CreateLogger("HeyGen.Ci.Scoring"));
        var scores = await pipeline.ScoreAsync(request, cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in diagnostics.Items)
        {
            Errors.WriteDiagnostic(diagnostic);
        }

        Summarise(scores, run);

        return ExitCodes.Success;
    }

    private void Summarise(ScoreSet scores, RunFolder run)
    {
        var baseline = scores.Baseline.Kind == "recording"
            ? "the recording (latency and resources not judged)"
            : $"{scores.Baseline.Kind}, {scores.Baseline.Sources.Count} file(s)";
        var model = $"{scores.Model.Kind} on {scores.Model.Provider}";
        var counts = $"{scores.Exchanges.Count} exchanges on {scores.Endpoints.Count} endpoints";
        Console.MarkupLineInterpolated($"Scored {counts} against {baseline}; model {model}.");
        foreach (var endpoint in scores.Endpoints.Take(3))
        {
            var top = endpoint.Contributors.FirstOrDefault()?.Measure ?? "-";
            Console.MarkupLineInterpolated(
                $"  {endpoint.Score.ToString("0.00", CultureInfo.InvariantCulture),6}  {endpoint.Endpoint}  ({top})");
        }

        Console.MarkupLineInterpolated($"Wrote {run.ScoresFile} and {run.ModelFile}.");
    }
}
