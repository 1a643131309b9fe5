namespace HeyGen.Ci.Scoring;

/// <summary>
/// The thresholds of scoring and gating, all configurable (the <c>thresholds</c> section of <c>heygen.json</c>
/// has these names). Statistical significance alone never fails a gate: a shift must also be practically large.
/// </summary>
public sealed record ScoringThresholds
{
    /// <summary>The defaults documented in docs/scoring.md.</summary>
    public static ScoringThresholds Default { get; } = new();

    /// <summary>An endpoint whose model score reaches this fails the gate (the score is ≈1 on the baseline).</summary>
    public double FailScore { get; init; } = 3.0;

    /// <summary>An endpoint whose model score reaches this warns.</summary>
    public double WarnScore { get; init; } = 2.0;

    /// <summary>The judge's significance level for a test.</summary>
    public double Alpha { get; init; } = 0.01;

    /// <summary>Fewer samples than this on either side and a test is inconclusive.</summary>
    public int MinSamples { get; init; } = 5;

    /// <summary>A latency shift must reach this fraction of the baseline median…</summary>
    public double LatencyShiftRelative { get; init; } = 0.20;

    /// <summary>…and this many milliseconds, beyond the noise floor, to matter.</summary>
    public double LatencyShiftMs { get; init; } = 25;

    /// <summary>A spread (median absolute deviation) must grow by this factor, and by the absolute shift, to
    /// matter.</summary>
    public double SpreadRatio { get; init; } = 2.0;

    /// <summary>The latency shift that matters for an endpoint with this baseline median and noise floor.</summary>
    public double AllowedLatencyShift(double baselineMedianMs, double noiseShiftMs)
        => Math.Max(LatencyShiftRelative * baselineMedianMs, LatencyShiftMs) + noiseShiftMs;
}
