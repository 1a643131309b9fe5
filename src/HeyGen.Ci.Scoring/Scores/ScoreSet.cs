using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Verdicts;

namespace HeyGen.Ci.Scoring.Scores;

/// <summary>
/// The scores of one run (<c>heygen.scores/v1</c>, <c>scores.json</c>): every exchange's feature vector and
/// model score, the per-endpoint aggregates with their top contributors, and the statistical judge's tests.
/// </summary>
public sealed record ScoreSet : IVersionedFile
{
    /// <summary>The schema name of this file.</summary>
    public const string SchemaName = "heygen.scores/v1";

    /// <inheritdoc />
    public string Schema { get; init; } = SchemaName;

    /// <summary>The run id.</summary>
    public required string RunId { get; init; }

    /// <summary>The feature-vector version, <c>features/v1</c>.</summary>
    public required string FeatureVersion { get; init; }

    /// <summary>The feature names in vector order.</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>What the candidate was compared with.</summary>
    public required BaselineInfo Baseline { get; init; }

    /// <summary>The model that scored the run and the provider it ran on.</summary>
    public required ModelInfo Model { get; init; }

    /// <summary>The thresholds the judge used.</summary>
    public required ScoringThresholds Thresholds { get; init; }

    /// <summary>The baseline mean of each feature (for contributions).</summary>
    public IReadOnlyList<double> BaselineMean { get; init; } = [];

    /// <summary>The scale of each feature: its baseline standard deviation, raised to its floor.</summary>
    public IReadOnlyList<double> BaselineScale { get; init; } = [];

    /// <summary>Every candidate exchange, scored.</summary>
    public IReadOnlyList<ScoredExchange> Exchanges { get; init; } = [];

    /// <summary>Per-endpoint aggregates, highest score first.</summary>
    public IReadOnlyList<EndpointScore> Endpoints { get; init; } = [];

    /// <summary>Run-level measures of the system under test against the baseline.</summary>
    public RunMeasures? Run { get; init; }

    /// <summary>Measures that were not judged, and why (no run baseline, too few samples).</summary>
    public IReadOnlyList<string> Inconclusive { get; init; } = [];
}
