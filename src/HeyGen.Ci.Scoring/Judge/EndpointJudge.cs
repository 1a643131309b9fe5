using HeyGen.Ci.Core.Verdicts;
using HeyGen.Ci.Scoring.Features;

namespace HeyGen.Ci.Scoring.Judge;

/// <summary>
/// The statistical judge beside the model: per endpoint, a rank test for a latency shift and a spread test,
/// each significant only when the effect is also practically large; below the minimum sample size, inconclusive.
/// </summary>
internal sealed class EndpointJudge(ScoringThresholds thresholds)
{
    public const string Latency = "latency";

    public IReadOnlyList<JudgeTest> Test(IReadOnlyList<double> candidate, EndpointBaseline? baseline, bool hasTiming)
    {
        if (!hasTiming || baseline is null)
        {
            var why = hasTiming ? "the endpoint is not on the baseline" : "no baseline run: latency is not judged";
            return [Skipped("mann-whitney", why, candidate.Count, 0), Skipped("brown-forsythe", why,
                candidate.Count, 0)];
        }

        var reference = baseline.Latencies;
        if (candidate.Count < thresholds.MinSamples || reference.Length < thresholds.MinSamples)
        {
            var why = $"too few samples ({candidate.Count} candidate, {reference.Length} baseline; "
                + $"{thresholds.MinSamples} needed on each side)";
            return [Skipped("mann-whitney", why, candidate.Count, reference.Length),
                Skipped("brown-forsythe", why, candidate.Count, reference.Length)];
        }

        return [Location(candidate, baseline), Spread(candidate, reference)];
    }

    /// <summary>Whether a test is significant under these thresholds: p below alpha and the effect at least
    /// allowed.</summary>
    public static bool IsSignificant(JudgeTest test, double alpha)
        => test.PValue is { } p && p < alpha && test.Allowed is { } allowed && test.Effect >= allowed;

    private JudgeTest Location(IReadOnlyList<double> candidate, EndpointBaseline baseline)
    {
        var (u, _, p) = RankTest.MannWhitney(candidate, baseline.Latencies);
        var shift = Stats.Median(candidate) - baseline.LatencyP50;
        var test = new JudgeTest
        {
            Measure = Latency,
            Test = "mann-whitney",
            Statistic = u,
            PValue = p,
            Effect = shift,
            Allowed = thresholds.AllowedLatencyShift(baseline.LatencyP50, baseline.NoiseShiftMs),
            Samples = candidate.Count,
            BaselineSamples = baseline.Latencies.Length,
        };

        return test with { Significant = IsSignificant(test, thresholds.Alpha) };
    }

    private JudgeTest Spread(IReadOnlyList<double> candidate, IReadOnlyList<double> reference)
    {
        var (f, p) = SpreadTest.BrownForsythe(candidate, reference);
        var spread = SpreadTest.MedianAbsoluteDeviation(candidate);
        var baselineSpread = SpreadTest.MedianAbsoluteDeviation(reference);

        // The spread must both grow by the ratio and by the absolute shift that matters for latency.
        var allowed = Math.Max(thresholds.SpreadRatio * baselineSpread, baselineSpread + thresholds.LatencyShiftMs);
        var test = new JudgeTest
        {
            Measure = Latency + "-spread",
            Test = "brown-forsythe",
            Statistic = double.IsFinite(f) ? f : double.MaxValue,
            PValue = p,
            Effect = spread,
            Allowed = allowed,
            Samples = candidate.Count,
            BaselineSamples = reference.Count,
        };

        return test with { Significant = IsSignificant(test, thresholds.Alpha) };
    }

    private static JudgeTest Skipped(string test, string why, int samples, int baselineSamples) => new()
    {
        Measure = test == "mann-whitney" ? Latency : Latency + "-spread",
        Test = test,
        Samples = samples,
        BaselineSamples = baselineSamples,
        Inconclusive = why,
    };
}
