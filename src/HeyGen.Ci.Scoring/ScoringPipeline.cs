using System.Security.Cryptography;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Verdicts;
using HeyGen.Ci.Scoring.Features;
using HeyGen.Ci.Scoring.Inference;
using HeyGen.Ci.Scoring.Models;
using HeyGen.Ci.Scoring.Scores;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HeyGen.Ci.Scoring;

/// <summary>
/// <c>heygen score</c>: turns a run's observations into feature vectors, fits the default model from the
/// baseline (or loads a team's own), scores every exchange with ONNX Runtime and runs the statistical judge.
/// Loaded models keep their session for the life of the pipeline.
/// </summary>
public sealed class ScoringPipeline : IDisposable
{
    private const int BatchRows = 65_536;

    // A fitted default model differs from run to run; a long-lived pipeline keeps only the last few sessions.
    private const int KeptSessions = 8;

    private readonly ILogger _logger;
    private readonly Dictionary<string, OnnxScorer> _scorers = new(StringComparer.Ordinal);

    /// <summary>Creates a pipeline that logs through <paramref name="logger"/>.</summary>
    public ScoringPipeline(ILogger? logger = null)
    {
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Scores the candidate run of <see cref="ScoreRequest.Run"/> and writes model.onnx and
    /// scores.json.</summary>
    public async Task<ScoreSet> ScoreAsync(ScoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var candidate = await HeyGenJson.ReadAsync<RunResult>(
            request.Run.ResultFile("candidate"), RunResult.SchemaName, cancellationToken).ConfigureAwait(false);
        var profile = await BaselineLoader.LoadAsync(request, candidate, cancellationToken).ConfigureAwait(false);

        var extractor = new FeatureExtractor(profile, request.Thresholds);
        var rows = extractor.Extract(candidate);
        var baselineRows = profile.Runs.SelectMany(extractor.Extract).Select(r => r.Values).ToList();
        var fitted = DefaultModelFitter.Fit(baselineRows);

        var (model, kind, source) = await ModelBytesAsync(request, fitted, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var scorer = ScorerFor(model, source, request.Runtime);
        var (scores, recon) = Score(scorer, rows);

        var set = new ScoreSetBuilder(profile, request.Thresholds, fitted).Build(
            candidate, rows, scores, recon, new ModelInfo(request.Run.ModelFile, kind, scorer.Provider,
                FeatureSet.Version));
        if (request.WriteFiles)
        {
            await File.WriteAllBytesAsync(request.Run.ModelFile, model, cancellationToken).ConfigureAwait(false);
            await HeyGenJson.WriteAsync(request.Run.ScoresFile, set, cancellationToken).ConfigureAwait(false);
        }

        return set;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var scorer in _scorers.Values)
        {
            scorer.Dispose();
        }

        _scorers.Clear();
    }

    private static async Task<(byte[] Model, string Kind, string Source)> ModelBytesAsync(
        ScoreRequest request, DefaultModel fitted, CancellationToken cancellationToken)
    {
        if (request.ModelFile is null)
        {
            return (DefaultModelWriter.Write(fitted), "default", request.Run.ModelFile);
        }

        var path = Path.GetFullPath(request.ModelFile);
        if (!File.Exists(path))
        {
            var message = $"The model file '{path}' does not exist; give the path of an ONNX model, or leave "
                + "--model out to fit the default model from the baseline.";
            throw new HeyGenException(DiagnosticCodes.ModelUnreadable.Create(message, path));
        }

        return (await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), "custom", path);
    }

    private OnnxScorer ScorerFor(byte[] model, string source, ScoringRuntimeOptions runtime)
    {
        var key = Convert.ToHexString(SHA256.HashData(model)) + "/" + runtime.GetHashCode();
        if (!_scorers.TryGetValue(key, out var scorer))
        {
            if (_scorers.Count >= KeptSessions)
            {
                Dispose();
            }

            scorer = OnnxScorer.Load(model, source, runtime, _logger);
            _scorers[key] = scorer;
        }

        return scorer;
    }

    private static (float[] Scores, float[]? Recon) Score(OnnxScorer scorer, IReadOnlyList<ExchangeFeatures> rows)
    {
        var width = FeatureSet.Count;
        var scores = new float[rows.Count];
        var recon = scorer.HasReconstruction ? new float[rows.Count] : null;
        for (var start = 0; start < rows.Count; start += BatchRows)
        {
            var count = Math.Min(BatchRows, rows.Count - start);
            var input = new float[count * width];
            for (var i = 0; i < count; i++)
            {
                rows[start + i].Values.CopyTo(input, i * width);
            }

            scorer.Score(input, count, scores.AsSpan(start, count), recon is null ? [] : recon.AsSpan(start, count));
        }

        var bad = Array.FindIndex(scores, s => !float.IsFinite(s));
        if (bad >= 0)
        {
            var message = $"The model '{scorer.Source}' returned {scores[bad]} for exchange {rows[bad].ExchangeIndex} "
                + $"of scenario '{rows[bad].ScenarioId}'; scores must be finite numbers.";
            throw new HeyGenException(DiagnosticCodes.ModelScoresInvalid.Create(message, scorer.Source));
        }

        return (scores, recon);
    }
}
