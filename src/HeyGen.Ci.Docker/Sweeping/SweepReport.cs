namespace HeyGen.Ci.Docker.Sweeping;

/// <summary>What a sweep removed, what it left because its owner still runs, and what it failed to remove.</summary>
public sealed record SweepReport
{
    /// <summary>Removed resources.</summary>
    public IReadOnlyList<SweptResource> Removed { get; init; } = [];

    /// <summary>Resources left alone because the process that owns them is alive (or on another machine).</summary>
    public IReadOnlyList<SweptResource> Kept { get; init; } = [];

    /// <summary>Resources that could not be removed; the reason says why.</summary>
    public IReadOnlyList<SweptResource> Failed { get; init; } = [];
}
