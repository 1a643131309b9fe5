using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Verdicts;
using HeyGen.Ci.Scoring.Features;
using HeyGen.Ci.Scoring.Judge;
using HeyGen.Ci.Scoring.Models;

namespace HeyGen.Ci.Scoring.Scores;

/// <summary>Assembles <see cref="ScoreSet"/>: exchanges, endpoint aggregates with contributors, judge tests.</summary>
internal sealed class ScoreSetBuilder(BaselineProfile baseline, ScoringThresholds thresholds, DefaultModel fitted)
{
    private const int TopContributors = 3;

    public ScoreSet Build(
        RunResult candidate, IReadOnlyList<ExchangeFeatures> rows, float[] scores, float[]? recon, ModelInfo model)
    {
        var exchanges = rows.Select((r, i) => new ScoredExchange
        {
            Scenario = r.ScenarioId,
            Exchange = r.ExchangeIndex,
            Endpoint = r.Endpoint,
            Features = r.Values,
            Score = scores[i],
            ReconError = recon?[i],
        }).ToList();

        var endpoints = rows.Select((r, i) => (Row: r, Score: (double)scores[i]))
            .GroupBy(p => p.Row.Endpoint, StringComparer.Ordinal)
            .Select(g => Endpoint(g.Key, [.. g]))
            .OrderByDescending(e => e.Score)
            .ThenBy(e => e.Endpoint, StringComparer.Ordinal)
            .ToList();

        return new ScoreSet
        {
            RunId = candidate.RunId,
            FeatureVersion = FeatureSet.Version,
            Features = FeatureSet.Names,
            Baseline = baseline.Info,
            Model = model,
            Thresholds = thresholds,
            BaselineMean = [.. fitted.Mean.Select(v => (double)v)],
            BaselineScale = [.. fitted.Scale.Select(v => (double)v)],
            Exchanges = exchanges,
            Endpoints = endpoints,
            Run = RunMeasures(candidate),
            Inconclusive = Inconclusive(endpoints),
        };
    }

    private EndpointScore Endpoint(string endpoint, IReadOnlyList<(ExchangeFeatures Row, double Score)> samples)
    {
        baseline.Endpoints.TryGetValue(endpoint, out var reference);
        var answered = samples.Where(s => s.Row.Exchange.Status > 0).Select(s => s.Row.Exchange).ToList();
        var latencies = answered.Select(e => e.LatencyMs).ToList();
        var timed = baseline.HasTiming && reference is not null && !double.IsNaN(reference.LatencyP50);

        return new EndpointScore
        {
            Endpoint = endpoint,
            Samples = samples.Count,
            BaselineSamples = reference?.Latencies.Length ?? 0,
            Score = Stats.Median(samples.Select(s => s.Score)),
            MaxScore = samples.Max(s => s.Score),
            LatencyP50Ms = latencies.Count > 0 ? Stats.Median(latencies) : null,
            BaselineLatencyP50Ms = timed ? reference!.LatencyP50 : null,
            NoiseShiftMs = timed ? reference!.NoiseShiftMs : null,
            AllowedShiftMs = timed ? thresholds.AllowedLatencyShift(reference!.LatencyP50,
                reference.NoiseShiftMs) : null,
            ResponseBytesP50 = answered.Count > 0 ? Stats.Median(answered.Select(e => (double)e.ResponseBytes)) : null,
            BaselineResponseBytesP50 = BaselineSize(samples, reference),
            Contributors = Contributors(samples),
            Tests = new EndpointJudge(thresholds).Test(latencies, reference, baseline.HasTiming),
        };
    }

    private double? BaselineSize(IReadOnlyList<(ExchangeFeatures Row, double Score)> samples,
        EndpointBaseline? reference)
    {
        if (reference?.SizeP50 is { } size)
        {
            return size;
        }

        var recorded = samples.Select(s => baseline.Requests.GetValueOrDefault(
            BaselineProfile.RequestKey(s.Row.ScenarioId, s.Row.ExchangeIndex))?.SizeP50).OfType<double>().ToList();

        return recorded.Count > 0 ? Stats.Median(recorded) : null;
    }

    // Each feature's share of the squared standardized deviation of the endpoint's median vector.
    private List<ScoreContributor> Contributors(IReadOnlyList<(ExchangeFeatures Row, double Score)> samples)
    {
        var width = FeatureSet.Count;
        var medians = new double[width];
        var shares = new double[width];
        for (var j = 0; j < width; j++)
        {
            medians[j] = Stats.Median(samples.Select(s => (double)s.Row.Values[j]));
            var z = (medians[j] - fitted.Mean[j]) / fitted.Scale[j];
            shares[j] = z * z;
        }

        var total = shares.Sum();
        if (total <= 0)
        {
            return [];
        }

        return [.. Enumerable.Range(0, width)
            .Where(j => shares[j] / total >= 0.05)
            .OrderByDescending(j => shares[j])
            .Take(TopContributors)
            .Select(j => new ScoreContributor(FeatureSet.Names[j], medians[j], fitted.Mean[j], shares[j] / total))];
    }

    private RunMeasures? RunMeasures(RunResult candidate)
    {
        if (candidate.SystemUnderTest is not { } system)
        {
            return null;
        }

        return new RunMeasures
        {
            ErrorLines = system.Logs.ErrorLines,
            BaselineErrorLines = baseline.ErrorLines,
            CpuPercent = system.Resources?.CpuPercentMean,
            BaselineCpuPercent = baseline.CpuPercent,
            MemoryMiB = system.Resources?.MemoryMiBMean,
            BaselineMemoryMiB = baseline.MemoryMiB,
            LastLines = system.Logs.LastLines,
        };
    }

    private List<string> Inconclusive(IReadOnlyList<EndpointScore> endpoints)
    {
        var notes = new List<string>();
        if (!baseline.HasTiming)
        {
            notes.Add("latency, error log lines, cpu and memory: no baseline run, so they are reported, not judged");
        }

        notes.AddRange(endpoints
            .SelectMany(e => e.Tests.Where(t => t.Inconclusive is not null && baseline.HasTiming)
                .Select(t => $"{e.Endpoint} {t.Measure}: {t.Inconclusive}"))
            .Distinct(StringComparer.Ordinal));

        return notes;
    }
}
