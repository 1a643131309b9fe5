using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Analysis;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Core.Verdicts;
using HeyGen.Ci.Scoring.Features;
using HeyGen.Ci.Scoring.Scores;

namespace HeyGen.Ci.Scoring.Gating;

/// <summary>
/// <c>heygen gate</c>: turns a run's scores, its scenario outcomes and the judge's tests into a verdict (pass,
/// warn, fail or inconclusive) with the reasons a reviewer needs.
/// </summary>
public sealed class Gate
{
    /// <summary>Reads scores.json and the result files of <see cref="GateRequest.Run"/> and decides.</summary>
    public async Task<Verdict> GateAsync(GateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request.Thresholds);
        var scores = await HeyGenJson.ReadAsync<ScoreSet>(request.Run.ScoresFile, ScoreSet.SchemaName,
            cancellationToken)
            .ConfigureAwait(false);
        if (scores.FeatureVersion != FeatureSet.Version)
        {
            var message = $"'{request.Run.ScoresFile}' was scored with {scores.FeatureVersion}, but this build "
                + $"gates {FeatureSet.Version}; run heygen score again with this build.";
            throw new HeyGenException(DiagnosticCodes.FeatureVersionMismatch.Create(message, request.Run.ScoresFile));
        }

        var candidate = await HeyGenJson.ReadAsync<RunResult>(
            request.Run.ResultFile("candidate"), RunResult.SchemaName, cancellationToken).ConfigureAwait(false);
        var baselines = new List<RunResult>();
        foreach (var source in scores.Baseline.Sources.Where(File.Exists))
        {
            baselines.Add(await HeyGenJson.ReadAsync<RunResult>(source, RunResult.SchemaName, cancellationToken)
                .ConfigureAwait(false));
        }

        var verdict = new VerdictBuilder(scores, candidate, baselines, request.Thresholds).Build();
        verdict = await WithAnalysisNamesAsync(verdict, request.Run, cancellationToken).ConfigureAwait(false);
        if (request.WriteFile)
        {
            await HeyGenJson.WriteAsync(request.Run.VerdictFile, verdict, cancellationToken).ConfigureAwait(false);
        }

        return verdict;
    }

    // The reviewer sees which fields were asserted by shape only and which secrets became parameters, by name
    // only; both come from the analysis that generated the features, when the run folder has it.
    private static async Task<Verdict> WithAnalysisNamesAsync(
        Verdict verdict, RunFolder run, CancellationToken cancellationToken)
    {
        if (!File.Exists(run.AnalysisFile))
        {
            return verdict;
        }

        var analysis = await HeyGenJson.ReadAsync<BehaviourAnalysis>(
            run.AnalysisFile, BehaviourAnalysis.SchemaName, cancellationToken).ConfigureAwait(false);

        return verdict with
        {
            MaskedFields = [.. analysis.MaskedFields.Select(f => $"{f.Endpoint} {f.Path}").Distinct().Order()],
            SecretParameters = [.. analysis.Secrets.Select(s => s.Name).Distinct().Order()],
        };
    }

    /// <summary>Refuses thresholds that cannot be meant: a code HGCI6006 error saying which and why.</summary>
    public static void Validate(ScoringThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var problem = thresholds switch
        {
            { FailScore: var f } when !double.IsFinite(f) || f <= 0
                => $"the fail threshold is {f}; give a positive number",
            { WarnScore: var w } when !double.IsFinite(w) || w <= 0
                => $"the warn threshold is {w}; give a positive number",
            { WarnScore: var w, FailScore: var f } when w > f =>
                $"the warn threshold ({w}) is above the fail threshold ({f}); warn at or below where it fails",
            { Alpha: var a } when !(a > 0 && a < 1) => $"the significance level is {a}; give a number between 0 and 1",
            { MinSamples: var m } when m < 2 => $"the minimum sample size is {m}; a test needs at least 2",
            _ => null,
        };
        if (problem is not null)
        {
            var diagnostic = DiagnosticCodes.ThresholdsInvalid.Create($"Invalid gate thresholds: {problem}.");
            throw new HeyGenException(diagnostic, exitCode: ExitCodes.Usage);
        }
    }
}
