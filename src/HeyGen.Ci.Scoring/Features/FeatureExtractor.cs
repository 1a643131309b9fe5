using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Scoring.Features;

/// <summary>Turns the exchanges of a run into <see cref="FeatureSet"/> vectors against a baseline.</summary>
internal sealed class FeatureExtractor(BaselineProfile baseline, ScoringThresholds thresholds)
{
    private const float Limit = 50f;

    public IReadOnlyList<ExchangeFeatures> Extract(RunResult run)
    {
        var rows = new List<ExchangeFeatures>();
        var runLevel = RunLevel(run);
        foreach (var scenario in run.Scenarios)
        {
            for (var i = 0; i < scenario.Exchanges.Count; i++)
            {
                var exchange = scenario.Exchanges[i];
                var values = Vector(scenario.Id, i, exchange, runLevel);
                rows.Add(new ExchangeFeatures(scenario.Id, i, exchange.Endpoint, values, exchange));
            }
        }

        return rows;
    }

    private float[] Vector(string scenarioId, int index, ExchangeObservation exchange, (double E, double C,
        double M) run)
    {
        var values = new double[FeatureSet.Count];
        baseline.Endpoints.TryGetValue(exchange.Endpoint, out var endpoint);
        baseline.Requests.TryGetValue(BaselineProfile.RequestKey(scenarioId, index), out var request);

        Timing(values, exchange, endpoint);
        Status(values, exchange, request?.Status ?? endpoint?.Status ?? exchange.ExpectedStatus);
        var size = request?.SizeP50 ?? endpoint?.SizeP50 ?? exchange.RecordedResponseBytes;
        values[FeatureSet.SizeLogRatio] = size is { } s && exchange.Status > 0 ? LogRatio(exchange.ResponseBytes,
            s) : 0;

        var counts = BaselineProfile.DifferenceCounts(exchange);
        var usual = request?.DifferenceMedians ?? endpoint?.DifferenceMedians;
        for (var k = 0; k < counts.Length; k++)
        {
            values[FeatureSet.FirstDifference + k] = Math.Max(0, counts[k] - (usual?[k] ?? 0));
        }

        values[FeatureSet.ErrorLogLines] = run.E;
        values[FeatureSet.CpuLogRatio] = run.C;
        values[FeatureSet.MemoryLogRatio] = run.M;

        return [.. values.Select(v => Math.Clamp((float)v, -Limit, Limit))];
    }

    private void Timing(double[] values, ExchangeObservation exchange, EndpointBaseline? endpoint)
    {
        if (!baseline.HasTiming || endpoint is null || double.IsNaN(endpoint.LatencyP50) || exchange.Status == 0)
        {
            return;
        }

        var p50 = endpoint.LatencyP50;
        var allowed = thresholds.AllowedLatencyShift(p50, endpoint.NoiseShiftMs);
        values[FeatureSet.LatencyLogRatio] = LogRatio(exchange.LatencyMs, p50);
        values[FeatureSet.LatencyExcess] = Math.Max(0, exchange.LatencyMs - p50 - allowed) / allowed;
        values[FeatureSet.TimeToHeadersLogRatio] = double.IsNaN(endpoint.TimeToHeadersP50)
            ? 0
            : LogRatio(exchange.TimeToHeadersMs, endpoint.TimeToHeadersP50);
    }

    private static void Status(double[] values, ExchangeObservation exchange, int? expected)
    {
        values[FeatureSet.TransportError] = exchange.TransportError is null && exchange.Status > 0 ? 0 : 1;
        if (expected is not { } want || exchange.Status == 0)
        {
            return;
        }

        values[FeatureSet.StatusClassChanged] = exchange.Status / 100 != want / 100 ? 1 : 0;
        values[FeatureSet.StatusChanged] = exchange.Status != want ? 1 : 0;
        values[FeatureSet.ServerError] = exchange.Status >= 500 && want < 500 ? 1 : 0;
    }

    private (double ErrorLines, double Cpu, double Memory) RunLevel(RunResult run)
    {
        if (!baseline.HasTiming || run.SystemUnderTest is not { } system)
        {
            return (0, 0, 0);
        }

        var errors = baseline.ErrorLines is { } e ? Math.Log(1 + Math.Max(0, system.Logs.ErrorLines - e)) : 0;
        var resources = BaselineProfile.MeasuredResources(run);
        var cpu = Ratio(resources?.CpuPercentMean, baseline.CpuPercent);
        var memory = Ratio(resources?.MemoryMiBMean, baseline.MemoryMiB);

        return (errors, cpu, memory);
    }

    private static double Ratio(double? value, double? reference)
        => value is { } v && reference is { } r && v > 0 && r > 0 ? Math.Log(v / r) : 0;

    private static double LogRatio(double value, double reference) => Math.Log((value + 1) / (reference + 1));
}
