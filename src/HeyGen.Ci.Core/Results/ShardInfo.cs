namespace HeyGen.Ci.Core.Results;

/// <summary>Which slice of the scenarios a run covered: <c>--shard 2/8</c> is index 2 of count 8 (one-based).</summary>
/// <param name="Index">The one-based shard index.</param>
/// <param name="Count">The number of shards.</param>
public sealed record ShardInfo(int Index, int Count)
{
    /// <summary>The whole set: shard 1 of 1.</summary>
    public static ShardInfo Whole { get; } = new(1, 1);

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}
