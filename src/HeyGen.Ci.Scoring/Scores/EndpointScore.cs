using HeyGen.Ci.Core.Verdicts;

namespace HeyGen.Ci.Scoring.Scores;

/// <summary>One endpoint's aggregate: the median of its exchanges' scores, what moved, and the judge's tests.</summary>
public sealed record EndpointScore
{
    /// <summary>The endpoint, <c>GET /products/{productId}</c>.</summary>
    public required string Endpoint { get; init; }

    /// <summary>Candidate exchanges on the endpoint.</summary>
    public int Samples { get; init; }

    /// <summary>Baseline exchanges on the endpoint.</summary>
    public int BaselineSamples { get; init; }

    /// <summary>The median of the exchanges' scores, so one slow request alone does not carry the endpoint.</summary>
    public double Score { get; init; }

    /// <summary>The highest exchange score.</summary>
    public double MaxScore { get; init; }

    /// <summary>The candidate's median latency.</summary>
    public double? LatencyP50Ms { get; init; }

    /// <summary>The baseline's median latency; absent without a run baseline.</summary>
    public double? BaselineLatencyP50Ms { get; init; }

    /// <summary>How far the baseline runs' medians lay apart.</summary>
    public double? NoiseShiftMs { get; init; }

    /// <summary>The latency shift that matters on this endpoint.</summary>
    public double? AllowedShiftMs { get; init; }

    /// <summary>The candidate's median response size.</summary>
    public double? ResponseBytesP50 { get; init; }

    /// <summary>The baseline's (or recording's) median response size.</summary>
    public double? BaselineResponseBytesP50 { get; init; }

    /// <summary>The features that contributed most to the score, largest first.</summary>
    public IReadOnlyList<ScoreContributor> Contributors { get; init; } = [];

    /// <summary>The judge's tests.</summary>
    public IReadOnlyList<JudgeTest> Tests { get; init; } = [];
}
