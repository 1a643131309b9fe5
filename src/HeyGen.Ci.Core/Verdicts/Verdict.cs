using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Core.Verdicts;

/// <summary>The gate's verdict on a run (<c>heygen.verdict/v1</c>), with the reasons a reviewer needs.</summary>
public sealed record Verdict : IVersionedFile
{
    /// <summary>The schema name of this file.</summary>
    public const string SchemaName = "heygen.verdict/v1";

    /// <inheritdoc />
    public string Schema { get; init; } = SchemaName;

    /// <summary>The run id.</summary>
    public required string RunId { get; init; }

    /// <summary>The decision.</summary>
    public required Decision Decision { get; init; }

    /// <summary>The overall anomaly score (the highest endpoint score).</summary>
    public double Score { get; init; }

    /// <summary>The score at or above which the gate fails.</summary>
    public double FailThreshold { get; init; }

    /// <summary>The score at or above which the gate warns.</summary>
    public double WarnThreshold { get; init; }

    /// <summary>One line that says why, for a headline.</summary>
    public required string Headline { get; init; }

    /// <summary>Every reason, most important first.</summary>
    public IReadOnlyList<VerdictReason> Reasons { get; init; } = [];

    /// <summary>The candidate run's counts by outcome.</summary>
    public RunSummary? Candidate { get; init; }

    /// <summary>What the candidate was compared with.</summary>
    public required BaselineInfo Baseline { get; init; }

    /// <summary>Per-endpoint scores, model and judge side by side.</summary>
    public IReadOnlyList<EndpointVerdict> Endpoints { get; init; } = [];

    /// <summary>Scenarios that failed and then passed on a re-run: reported apart from regressions.</summary>
    public IReadOnlyList<string> FlakyScenarios { get; init; } = [];

    /// <summary>The model that scored the run.</summary>
    public ModelInfo? Model { get; init; }

    /// <summary>Response fields masked as noise (asserted by shape only), by JSON path.</summary>
    public IReadOnlyList<string> MaskedFields { get; init; } = [];

    /// <summary>Secrets turned into parameters, by parameter name only.</summary>
    public IReadOnlyList<string> SecretParameters { get; init; } = [];
}
