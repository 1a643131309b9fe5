using HeyGen.Ci.Core.Json;

namespace HeyGen.Ci.Cli.Ci;

/// <summary>What <c>heygen ci</c> did (<c>ci.json</c>, schema <c>heygen.ci/v1</c>): stages, timings, files.</summary>
internal sealed record CiRecord : IVersionedFile
{
    /// <summary>The schema name of this file.</summary>
    public const string SchemaName = "heygen.ci/v1";

    /// <inheritdoc />
    public string Schema { get; init; } = SchemaName;

    /// <summary>The run id.</summary>
    public required string RunId { get; init; }

    /// <summary>The decision, when the gate ran.</summary>
    public string? Decision { get; init; }

    /// <summary>The exit code the command ended with.</summary>
    public int ExitCode { get; init; }

    /// <summary>Wall time of the whole command.</summary>
    public double TotalMs { get; init; }

    /// <summary>Every stage in order.</summary>
    public IReadOnlyList<StageTiming> Stages { get; init; } = [];

    /// <summary>Whether the system under test ran in Docker or as a local process.</summary>
    public required string Mode { get; init; }

    /// <summary>Files a person or a later step will want, by name: report, verdict, comment, results.</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();
}
