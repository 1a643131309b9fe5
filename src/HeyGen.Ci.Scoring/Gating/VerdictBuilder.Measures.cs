using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Verdicts;
using HeyGen.Ci.Scoring.Features;
using HeyGen.Ci.Scoring.Judge;
using HeyGen.Ci.Scoring.Scores;

namespace HeyGen.Ci.Scoring.Gating;

internal sealed partial class VerdictBuilder
{
    private void SchemaReasons()
    {
        var usual = baselines.SelectMany(b => b.Scenarios)
            .SelectMany(s => s.Exchanges.Select((e, i) => (s.Id, i, e)))
            .SelectMany(x => x.e.Differences.Select(d => Key(x.Id, x.i, d)))
            .ToHashSet(StringComparer.Ordinal);

        var changes = candidate.Scenarios
            .SelectMany(s => s.Exchanges.Select((e, i) => (s.Id, i, e)))
            .SelectMany(x => x.e.Differences
                .Where(d => d.Kind != DifferenceKind.Changed && !usual.Contains(Key(x.Id, x.i, d)))
                .Select(d => (x.e.Endpoint, Difference: d)))
            .GroupBy(c => c.Endpoint, StringComparer.Ordinal);
        foreach (var group in changes)
        {
            var differences = group.Select(g => g.Difference).DistinctBy(d => (d.Path, d.Kind)).ToList();
            var paths = string.Join(", ", differences.Take(4).Select(d
                => $"{d.Path} {d.Kind.ToString().ToLowerInvariant()}"));
            Add(Decision.Fail, "schema-change", $"The response of {group.Key} changed shape: {paths}.",
                endpoint: group.Key, measure: "schema", observed: $"{differences.Count} schema change(s)",
                allowed: "none", whereToLook: WhereToLook.Differences(group.Key, differences));
        }
    }

    private void ModelReasons()
    {
        var unanswered = Unanswered();
        foreach (var endpoint in scores.Endpoints.Where(e => e.Score >= thresholds.WarnScore))
        {
            // A target that never answered measured nothing: its score says the environment broke, not the change.
            if (unanswered.Contains(endpoint.Endpoint))
            {
                Add(Decision.Inconclusive, "inconclusive",
                    $"{endpoint.Endpoint} could not be measured: no request to it got a response from the candidate.",
                    endpoint: endpoint.Endpoint, measure: "transport", observed: "no response",
                    allowed: "a response", whereToLook: "Check that the candidate started and its address is right; "
                        + "the run's transport errors say what happened.");
                continue;
            }

            var fail = endpoint.Score >= thresholds.FailScore;
            var limit = fail ? thresholds.FailScore : thresholds.WarnScore;
            var top = string.Join(", ", endpoint.Contributors.Select(c => $"{c.Measure} {c.Contribution:P0}"));
            Add(fail ? Decision.Fail : Decision.Warn, "anomaly",
                $"{endpoint.Endpoint} scored {F(endpoint.Score)} ({(fail ? "fails" : "warns")} at {F(limit)}); "
                + $"top contributors: {top}.", endpoint: endpoint.Endpoint, measure: "model-score",
                observed: F(endpoint.Score), allowed: $"< {F(thresholds.WarnScore)}", whereToLook: ModelHint(endpoint));
        }
    }

    // Endpoints the candidate called without a single response: connection refused, reset or timed out.
    private HashSet<string> Unanswered() => candidate.Scenarios
        .SelectMany(s => s.Exchanges)
        .GroupBy(e => e.Endpoint, StringComparer.Ordinal)
        .Where(g => g.All(e => e.TransportError is not null || e.Status == 0))
        .Select(g => g.Key)
        .ToHashSet(StringComparer.Ordinal);

    private void JudgeReasons()
    {
        foreach (var endpoint in scores.Endpoints)
        {
            foreach (var test in endpoint.Tests.Where(t => EndpointJudge.IsSignificant(t, thresholds.Alpha)))
            {
                var location = test.Measure == EndpointJudge.Latency;
                var what = location ? "median latency moved" : "latency spread (median absolute deviation) grew to";
                Add(location ? Decision.Fail : Decision.Warn, "judge",
                    $"{endpoint.Endpoint}: {what} {Ms(test.Effect)} ms, beyond the {Ms(test.Allowed ?? 0)} ms "
                    + $"that matter ({test.Test}, p = {test.PValue:0.####}, "
                    + $"n = {test.Samples} vs {test.BaselineSamples}).",
                    endpoint: endpoint.Endpoint, measure: test.Measure, observed: $"{Ms(test.Effect)} ms",
                    allowed: $"< {Ms(test.Allowed ?? 0)} ms", whereToLook: LatencyHint(endpoint));
            }
        }
    }

    private void RunReasons()
    {
        // A line or two more than usual is noise; at least three more, and twice the usual count, is news.
        if (scores.Run is { ErrorLines: { } lines, BaselineErrorLines: { } usual }
            && lines >= Math.Ceiling(usual) + Math.Max(3, Math.Ceiling(usual)))
        {
            var allowed = Math.Ceiling(usual) + Math.Max(3, Math.Ceiling(usual)) - 1;
            Add(Decision.Warn, "anomaly", $"The system under test logged {lines} error lines (baseline {F(usual)}).",
                measure: "error-log-lines", observed: $"{lines} lines", allowed: $"≤ {allowed} lines",
                whereToLook: WhereToLook.ErrorLog(scores.Run));
        }

        if (scores.Baseline.Kind == "recording")
        {
            Add(Decision.Pass, "inconclusive", "No baseline run: latency, log lines and resources are reported, "
                + "not judged; shapes and statuses are compared with the recording.", measure: "latency");
        }
    }

    private string? ModelHint(EndpointScore endpoint)
    {
        var top = endpoint.Contributors.FirstOrDefault()?.Measure;
        var index = top is null ? -1 : FeatureSet.Names.ToList().IndexOf(top);

        return index switch
        {
            FeatureSet.LatencyLogRatio or FeatureSet.LatencyExcess or FeatureSet.TimeToHeadersLogRatio
                => LatencyHint(endpoint),
            FeatureSet.SizeLogRatio => WhereToLook.Size(endpoint),
            >= FeatureSet.StatusClassChanged and <= FeatureSet.TransportError => StatusHint(endpoint.Endpoint),
            >= FeatureSet.FirstDifference and < FeatureSet.ErrorLogLines => DifferenceHint(endpoint.Endpoint),
            _ => top is null ? null : $"{endpoint.Endpoint}: {top} moved most",
        };
    }

    private string LatencyHint(EndpointScore endpoint)
    {
        var others = scores.Endpoints.Count(e => e.Endpoint != endpoint.Endpoint && Shifted(e));

        return WhereToLook.Latency(endpoint, others == 0);
    }

    private static bool Shifted(EndpointScore e)
        => e is { LatencyP50Ms: { } p, BaselineLatencyP50Ms: { } b, AllowedShiftMs: { } allowed } && p - b >= allowed;

    private string? StatusHint(string endpoint)
    {
        var exchange = candidate.Scenarios.SelectMany(s => s.Exchanges)
            .FirstOrDefault(e => e.Endpoint == endpoint && (e.Status == 0 || (e.ExpectedStatus is { } x
                && x != e.Status)));

        return exchange is null ? null : WhereToLook.Status(endpoint, exchange.Status, exchange.ExpectedStatus,
            scores.Run);
    }

    private string? DifferenceHint(string endpoint)
    {
        var differences = candidate.Scenarios.SelectMany(s => s.Exchanges)
            .Where(e => e.Endpoint == endpoint).SelectMany(e => e.Differences).DistinctBy(d => (d.Path,
                d.Kind)).ToList();

        return differences.Count == 0 ? null : WhereToLook.Differences(endpoint, differences);
    }

    private static string Key(string scenario, int index, BodyDifference d) => $"{scenario}#{index}#{d.Path}#{d.Kind}";

    private static string Ms(double v) => Math.Round(v).ToString("0",
        System.Globalization.CultureInfo.InvariantCulture);
}
