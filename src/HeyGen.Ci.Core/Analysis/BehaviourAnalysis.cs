using HeyGen.Ci.Core.Json;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>
/// What the analysis found in recorded sessions (<c>analysis.json</c>, schema <c>heygen.analysis/v1</c>):
/// route templates, the flow graph, values that flow from responses into later requests, masked fields,
/// secret parameters, the sessions, what was left out of scenarios and the diagnostics on the way.
/// </summary>
public sealed record BehaviourAnalysis : IVersionedFile
{
    /// <summary>The schema name of this file.</summary>
    public const string SchemaName = "heygen.analysis/v1";

    /// <inheritdoc />
    public string Schema { get; init; } = SchemaName;

    /// <summary>The recording files read, in the order read.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>Every session found, ordered by id.</summary>
    public IReadOnlyList<SessionSummary> Sessions { get; init; } = [];

    /// <summary>The endpoints (method and route template), ordered by template then method.</summary>
    public IReadOnlyList<RouteSummary> Routes { get; init; } = [];

    /// <summary>Transitions between endpoints across all sessions.</summary>
    public FlowGraph Flows { get; init; } = new();

    /// <summary>Values a response issued that later requests of the same session used.</summary>
    public IReadOnlyList<CorrelationSummary> Correlations { get; init; } = [];

    /// <summary>Response fields and headers that change from run to run: asserted by type, never by
    /// value.</summary>
    public IReadOnlyList<MaskedField> MaskedFields { get; init; } = [];

    /// <summary>Secrets found in requests and the environment parameters that stand for them.</summary>
    public IReadOnlyList<SecretParameter> Secrets { get; init; } = [];

    /// <summary>How many exchanges were left out of scenarios, by reason.</summary>
    public LeftOutCounts LeftOut { get; init; } = new();

    /// <summary>The diagnostics reported while reading and analysing.</summary>
    public IReadOnlyList<DiagnosticRecord> Diagnostics { get; init; } = [];
}
