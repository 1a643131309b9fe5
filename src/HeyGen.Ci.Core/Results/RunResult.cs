using HeyGen.Ci.Core.Json;

namespace HeyGen.Ci.Core.Results;

/// <summary>
/// The result file of one run of the features against one target (<c>heygen.result/v1</c>): every scenario, every
/// step, every exchange observed, and what the system under test did meanwhile.
/// </summary>
public sealed record RunResult : IVersionedFile
{
    /// <summary>The schema name of this file.</summary>
    public const string SchemaName = "heygen.result/v1";

    /// <inheritdoc />
    public string Schema { get; init; } = SchemaName;

    /// <summary>The run id (the run folder's name).</summary>
    public required string RunId { get; init; }

    /// <summary>Which target this is: <c>candidate</c>, <c>baseline</c>, <c>baseline-2</c>, or a name given.</summary>
    public required string Label { get; init; }

    /// <summary>The base address the features ran against.</summary>
    public required string Target { get; init; }

    /// <summary>When the run started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the run finished.</summary>
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>The shard this file covers; 1/1 when the run was not sharded or after a merge.</summary>
    public ShardInfo Shard { get; init; } = ShardInfo.Whole;

    /// <summary>Every scenario that was selected for this shard, in a stable order.</summary>
    public IReadOnlyList<ScenarioResult> Scenarios { get; init; } = [];

    /// <summary>The system under test, when the product started it (Docker or a local process).</summary>
    public SystemUnderTestInfo? SystemUnderTest { get; init; }

    /// <summary>Counts by outcome.</summary>
    public RunSummary Summary => RunSummary.Of(Scenarios);
}
