using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Verdicts;

namespace HeyGen.Ci.Scoring.Features;

/// <summary>
/// The baseline a candidate is compared with, per endpoint and per request. Built from baseline runs (their
/// spread is the noise), or from the recording alone, which knows shapes, statuses and sizes but no timing.
/// </summary>
internal sealed class BaselineProfile
{
    private static readonly int DifferenceKinds = Enum.GetValues<DifferenceKind>().Length;

    private BaselineProfile(BaselineInfo info, IReadOnlyList<RunResult> runs)
    {
        Info = info;
        Runs = runs;
    }

    public BaselineInfo Info { get; }

    /// <summary>The baseline runs; empty for a recording baseline.</summary>
    public IReadOnlyList<RunResult> Runs { get; }

    /// <summary>Whether latency and resources can be judged (a run baseline exists).</summary>
    public bool HasTiming => Runs.Count > 0;

    public Dictionary<string, EndpointBaseline> Endpoints { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RequestBaseline> Requests { get; } = new(StringComparer.Ordinal);

    public double? ErrorLines { get; private set; }

    public double? CpuPercent { get; private set; }

    public double? MemoryMiB { get; private set; }

    /// <summary>
    /// Fewer stats samples than this and a run's CPU and memory means are left out: a run of a few seconds gets one
    /// or two samples, taken while the runtime is still warming up, and those differ several-fold between runs of
    /// the same image.
    /// </summary>
    public const int MinResourceSamples = 3;

    /// <summary>The resource use of <paramref name="run"/> when enough samples were taken to mean
    /// something.</summary>
    public static ResourceUsage? MeasuredResources(RunResult run)
        => run.SystemUnderTest?.Resources is { } usage && usage.Samples >= MinResourceSamples ? usage : null;

    public static string RequestKey(string scenarioId, int exchangeIndex) => $"{scenarioId}#{exchangeIndex}";

    /// <summary>A baseline from runs of the base branch's build (labels or files named in <paramref
    /// name="info"/>).</summary>
    public static BaselineProfile FromRuns(BaselineInfo info, IReadOnlyList<RunResult> runs)
    {
        var profile = new BaselineProfile(info, runs);
        var measured = runs.SelectMany(MeasuredExchanges).ToList();
        foreach (var group in measured.GroupBy(m => m.Exchange.Endpoint, StringComparer.Ordinal))
        {
            profile.Endpoints[group.Key] = EndpointOf(group.Key, [.. group]);
        }

        foreach (var group in measured.GroupBy(m => m.Key, StringComparer.Ordinal))
        {
            profile.Requests[group.Key] = RequestOf(group.Select(m => m.Exchange).ToList());
        }

        profile.ErrorLines = MeanOf(runs, r => (double?)r.SystemUnderTest?.Logs.ErrorLines);
        profile.CpuPercent = MeanOf(runs, r => MeasuredResources(r)?.CpuPercentMean);
        profile.MemoryMiB = MeanOf(runs, r => MeasuredResources(r)?.MemoryMiBMean);

        return profile;
    }

    /// <summary>A baseline from the recording only: each exchange's recorded status and size, nothing timed.</summary>
    public static BaselineProfile FromRecording(RunResult candidate)
    {
        var profile = new BaselineProfile(new BaselineInfo("recording", ["recording"], false), []);
        foreach (var scenario in candidate.Scenarios)
        {
            for (var i = 0; i < scenario.Exchanges.Count; i++)
            {
                var exchange = scenario.Exchanges[i];
                var size = exchange.RecordedResponseBytes is { } bytes ? (double)bytes : (double?)null;
                profile.Requests[RequestKey(scenario.Id, i)] =
                    new RequestBaseline(exchange.ExpectedStatus, size, new double[DifferenceKinds]);
            }
        }

        return profile;
    }

    /// <summary>Counts of each difference kind of one exchange.</summary>
    public static double[] DifferenceCounts(ExchangeObservation exchange)
    {
        var counts = new double[DifferenceKinds];
        foreach (var difference in exchange.Differences)
        {
            counts[(int)difference.Kind]++;
        }

        return counts;
    }

    private static IEnumerable<(string Key, ExchangeObservation Exchange,
        RunResult Run)> MeasuredExchanges(RunResult run)
    {
        foreach (var scenario in run.Scenarios)
        {
            for (var i = 0; i < scenario.Exchanges.Count; i++)
            {
                yield return (RequestKey(scenario.Id, i), scenario.Exchanges[i], run);
            }
        }
    }

    private static EndpointBaseline EndpointOf(
        string endpoint, IReadOnlyList<(string Key, ExchangeObservation Exchange, RunResult Run)> samples)
    {
        var answered = samples.Where(s => s.Exchange.TransportError is null && s.Exchange.Status > 0).ToList();
        var latencies = answered.Select(s => s.Exchange.LatencyMs).ToArray();
        var perRun = answered.GroupBy(s => s.Run).Select(g => Stats.Median(g.Select(s
            => s.Exchange.LatencyMs))).ToList();

        return new EndpointBaseline
        {
            Endpoint = endpoint,
            Latencies = latencies,
            LatencyP50 = latencies.Length == 0 ? double.NaN : Stats.Median(latencies),
            TimeToHeadersP50 = answered.Count == 0 ? double.NaN : Stats.Median(answered.Select(s
                => s.Exchange.TimeToHeadersMs)),
            NoiseShiftMs = perRun.Count < 2 ? 0 : perRun.Max() - perRun.Min(),
            Status = Stats.Mode(answered.Select(s => s.Exchange.Status)),
            SizeP50 = answered.Count == 0 ? null : Stats.Median(answered.Select(s => (double)s.Exchange.ResponseBytes)),
            DifferenceMedians = MedianCounts(samples.Select(s => s.Exchange).ToList()),
        };
    }

    private static RequestBaseline RequestOf(IReadOnlyList<ExchangeObservation> samples)
    {
        var answered = samples.Where(s => s.TransportError is null && s.Status > 0).ToList();
        var size = answered.Count == 0 ? (double?)null : Stats.Median(answered.Select(s => (double)s.ResponseBytes));

        return new RequestBaseline(Stats.Mode(answered.Select(s => s.Status)), size, MedianCounts(samples));
    }

    private static double[] MedianCounts(IReadOnlyList<ExchangeObservation> samples)
    {
        var counts = samples.Select(DifferenceCounts).ToList();
        var medians = new double[DifferenceKinds];
        for (var k = 0; k < DifferenceKinds && counts.Count > 0; k++)
        {
            medians[k] = Stats.Median(counts.Select(c => c[k]));
        }

        return medians;
    }

    private static double? MeanOf(IReadOnlyList<RunResult> runs, Func<RunResult, double?> value)
    {
        var values = runs.Select(value).Where(v => v is not null).Select(v => v!.Value).ToList();

        return values.Count == 0 ? null : values.Average();
    }
}
