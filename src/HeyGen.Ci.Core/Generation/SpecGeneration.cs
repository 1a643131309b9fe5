using System.Globalization;
using HeyGen.Ci.Core.Analysis;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Ingest;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Generation;

/// <summary>
/// Generates Reqnroll feature files from recordings: analyses them in two streaming passes, then reads them
/// once more keeping only the sessions chosen to represent each flow, and writes one feature per area.
/// Deterministic: the same recordings give the same bytes.
/// </summary>
public static class SpecGeneration
{
    /// <summary>Generates, writes the features and <c>analysis.json</c>, and says what changed.</summary>
    /// <param name="request">Inputs, output folder and options.</param>
    /// <param name="diagnostics">Receives what was wrong with the input and what could not be
    /// generated.</param>
    /// <param name="cancellationToken">Stops the generation; files already written stay.</param>
    public static async Task<GenerationResult> GenerateAsync(
        GenerationRequest request, IDiagnosticSink diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var files = RecordingReader.ExpandInputs(request.Inputs, diagnostics);
        var options = new AnalysisOptions { KeepStaticAssets = request.KeepStaticAssets };
        var source = RecordingAnalysis.Source(files, request.Ingest);
        var outcome = await BehaviourAnalyser.AnalyseAsync(source, files, options, diagnostics, cancellationToken)
            .ConfigureAwait(false);

        var generation = new ForwardingSink(diagnostics);
        ReportInputsWithoutBehaviour(outcome.Analysis, generation);
        var scenarios = await BuildScenariosAsync(outcome, source, options, generation, cancellationToken)
            .ConfigureAwait(false);
        var features = Features(scenarios, outcome.Analysis);
        var analysis = outcome.Analysis with
        {
            Diagnostics = [.. outcome.Analysis.Diagnostics, .. generation.Kept.Select(DiagnosticRecord.From)],
        };

        return await WriteAsync(request, features, analysis, scenarios.Count, generation, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The text of every feature, by file name, for scenarios already built.</summary>
    internal static IReadOnlyList<(string FileName, string Text)> Features(
        IReadOnlyList<FeatureScenario> scenarios, BehaviourAnalysis analysis)
    {
        var sessions = analysis.Sessions.Count(s => s.Steps > 0);

        return scenarios
            .GroupBy(s => s.Area, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key + ".feature",
                FeatureWriter.Write(Document(g.Key, [.. g.OrderBy(s => s.Flow)], sessions))))
            .ToList();
    }

    private static FeatureDocument Document(string area, IReadOnlyList<FeatureScenario> scenarios, int sessions)
    {
        var count = scenarios.Count.ToString(CultureInfo.InvariantCulture);
        var total = sessions.ToString(CultureInfo.InvariantCulture);
        string[] description =
        [
            $"What users did in the {area} area: {count} flows chosen from {total} recorded sessions"
            + " by heygen generate.",
            "Edits are overwritten by the next generation: change the recordings or the options instead.",
        ];

        return new FeatureDocument(area, area + ".feature", description, scenarios);
    }

    private static async Task<List<FeatureScenario>> BuildScenariosAsync(
        AnalysisOutcome outcome, RecordingSource source, AnalysisOptions options, IDiagnosticSink diagnostics,
        CancellationToken cancellationToken)
    {
        var selected = outcome.Flows.Where(f => f.Selected).ToList();
        var wanted = new Dictionary<string, List<Exchange>>(StringComparer.Ordinal);
        foreach (var session in selected.SelectMany(f => f.Sessions.Take(options.MaxExamplesPerOutline)))
        {
            wanted[session] = [];
        }

        await foreach (var exchange in source(ForwardingSink.Silent, cancellationToken).ConfigureAwait(false))
        {
            var host = outcome.Hosts.GetValueOrDefault(exchange.SessionId);
            if (wanted.TryGetValue(exchange.SessionId, out var list)
                && BehaviourAnalyser.KindOf(exchange, host, options.KeepStaticAssets) == ExchangeKind.Behaviour)
            {
                list.Add(exchange);
            }
        }

        return selected
            .Select(f => ScenarioBuilder.Build(f, f.Sessions.Take(options.MaxExamplesPerOutline)
                .Select(s => (IReadOnlyList<Exchange>)wanted[s]).ToList(), outcome.Routes, outcome.Noise,
                    outcome.SecretNames, diagnostics))
            .ToList();
    }

    private static void ReportInputsWithoutBehaviour(BehaviourAnalysis analysis, IDiagnosticSink diagnostics)
    {
        var bySource = analysis.Sessions.GroupBy(s => s.Source, StringComparer.Ordinal);
        foreach (var source in bySource.Where(g => g.All(s => s.Steps == 0)))
        {
            var exchanges = source.Sum(s => s.Exchanges).ToString(CultureInfo.InvariantCulture);
            diagnostics.Report(DiagnosticCodes.NoBehaviour.Create(
                $"None of the {exchanges} exchanges of '{source.Key}' is an API call (only static assets, CORS "
                + "preflights, other hosts or unanswered requests), so no scenario comes from it; pass "
                + "--keep-static-assets to keep assets and documents.", source.Key));
        }
    }

    private static async Task<GenerationResult> WriteAsync(
        GenerationRequest request, IReadOnlyList<(string FileName, string Text)> features, BehaviourAnalysis analysis,
        int scenarios, IDiagnosticSink diagnostics, CancellationToken cancellationToken)
    {
        var analysisFile = Path.GetFullPath(
            request.AnalysisFile ?? Path.Combine(request.OutputFolder, "analysis.json"));
        try
        {
            var (all, written, deleted) = await FeatureFiles.WriteAsync(request.OutputFolder, features, diagnostics,
                cancellationToken).ConfigureAwait(false);
            if (await RecordingAnalysis.WriteJsonAsync(analysis, analysisFile, cancellationToken).ConfigureAwait(false))
            {
                written.Add(analysisFile);
            }

            return new GenerationResult
            {
                FeatureFiles = all,
                WrittenFiles = written,
                DeletedFiles = deleted,
                Analysis = analysis,
                AnalysisFile = analysisFile,
                Scenarios = scenarios,
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new HeyGenException(DiagnosticCodes.OutputNotWritable.Create(
                $"Cannot write the generated files to '{request.OutputFolder}': {ex.Message} Choose a folder you can "
                + "write to with --out.", request.OutputFolder), ex);
        }
    }
}
