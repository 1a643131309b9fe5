using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Scoring.Inference;

namespace HeyGen.Ci.Scoring;

/// <summary>What to score: a run folder, the baseline to compare with, and the model to use.</summary>
public sealed record ScoreRequest
{
    /// <summary>The run folder; its <c>results/candidate.json</c> is scored.</summary>
    public required RunFolder Run { get; init; }

    /// <summary>A team's own ONNX model; null fits the default model from the baseline.</summary>
    public string? ModelFile { get; init; }

    /// <summary>
    /// Earlier base-branch result files to use as the baseline. When empty, the run folder's
    /// <c>results/baseline.json</c> (and <c>baseline-2.json</c>) is used, and without those the recording.
    /// </summary>
    public IReadOnlyList<string> BaselineFiles { get; init; } = [];

    /// <summary>The judge's thresholds.</summary>
    public ScoringThresholds Thresholds { get; init; } = ScoringThresholds.Default;

    /// <summary>How ONNX Runtime runs the model.</summary>
    public ScoringRuntimeOptions Runtime { get; init; } = ScoringRuntimeOptions.Default;

    /// <summary>Where warnings go (a baseline left out); the rest of the run is still scored.</summary>
    public IDiagnosticSink? Diagnostics { get; init; }

    /// <summary>Whether to write <c>model.onnx</c> and <c>scores.json</c> into the run folder.</summary>
    public bool WriteFiles { get; init; } = true;
}
