using HeyGen.Ci.Core.Runs;

namespace HeyGen.Ci.Scoring.Gating;

/// <summary>What to gate: a run folder that <c>heygen score</c> has scored, and the thresholds.</summary>
public sealed record GateRequest
{
    /// <summary>The run folder; its <c>scores.json</c> and <c>results/candidate.json</c> are read.</summary>
    public required RunFolder Run { get; init; }

    /// <summary>The thresholds; the model score ones are <c>--fail-threshold</c> and <c>--warn-threshold</c>.</summary>
    public ScoringThresholds Thresholds { get; init; } = ScoringThresholds.Default;

    /// <summary>Whether to write <c>verdict.json</c> into the run folder.</summary>
    public bool WriteFile { get; init; } = true;
}
