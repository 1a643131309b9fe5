using System.Text;
using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Steps.Runner;

/// <summary>
/// Deterministic sharding: a scenario belongs to shard <c>(FNV-1a-32(UTF-8 of its id) mod count) + 1</c>. The id
/// is stable across runs and machines, so every job of a CI matrix picks the same disjoint slice.
/// </summary>
public static class ShardSelector
{
    /// <summary>The one-based shard of <paramref name="scenarioId"/> among <paramref name="count"/>.</summary>
    public static int ShardOf(string scenarioId, int count)
    {
        ArgumentNullException.ThrowIfNull(scenarioId);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);

        return (int)(Fnv1a(scenarioId) % (uint)count) + 1;
    }

    /// <summary>Whether <paramref name="scenarioId"/> belongs to <paramref name="shard"/>.</summary>
    public static bool Contains(this ShardInfo shard, string scenarioId)
    {
        ArgumentNullException.ThrowIfNull(shard);

        return shard.Count == 1 || ShardOf(scenarioId, shard.Count) == shard.Index;
    }

    /// <summary>Parses <c>i/n</c> (one-based, <c>1 ≤ i ≤ n</c>); null when it is not that.</summary>
    public static ShardInfo? Parse(string text)
    {
        var parts = (text ?? string.Empty).Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var index) && int.TryParse(parts[1], out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new ShardInfo(index, count);
        }

        return null;
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }
}
