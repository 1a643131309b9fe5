using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Steps.Runner;

namespace HeyGen.Ci.Steps.Tests.Runner;

public sealed class ShardSelectorTests
{
    [Fact]
    public void Shards_AreDisjointCompleteAndStable()
    {
        var ids = Enumerable.Range(1, 500).Select(i => $"f{i % 7}.feature:{i}").ToArray();

        var shards = Enumerable.Range(1, 4).Select(i => ids.Where(id => new ShardInfo(i, 4).Contains(id)).ToArray()).ToArray();

        Assert.Equal(ids.Length, shards.Sum(s => s.Length));
        Assert.Equal(ids.Order(), shards.SelectMany(s => s).Order());
        Assert.All(shards, s => Assert.InRange(s.Length, 90, 160));
        // Pinned values: the hash is part of the contract, so every machine picks the same shard.
        Assert.Equal(3, ShardSelector.ShardOf("checkout.feature:12", 8));
        Assert.Equal(1, ShardSelector.ShardOf("checkout.feature:12", 1));
    }

    [Theory]
    [InlineData("2/8", 2, 8)]
    [InlineData("1/1", 1, 1)]
    public void Parse_ReadsIndexOverCount(string text, int index, int count)
        => Assert.Equal(new ShardInfo(index, count), ShardSelector.Parse(text));

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("2")]
    [InlineData("a/b")]
    public void Parse_RejectsWhatIsNotAShard(string text) => Assert.Null(ShardSelector.Parse(text));
}
