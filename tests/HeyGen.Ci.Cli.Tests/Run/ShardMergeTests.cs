using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Steps.Runner;

namespace HeyGen.Ci.Cli.Tests.Run;

public sealed class ShardMergeTests : IDisposable
{
    private readonly RunFolder _folder = new(Directory.CreateTempSubdirectory("heygen-merge-").FullName);

    [Fact]
    public async Task MergeAsync_ShardMissing_IsHGCI7503NamingIt()
    {
        await WriteAsync(new ShardInfo(1, 3), "a.feature:3");
        await WriteAsync(new ShardInfo(3, 3), "a.feature:9");

        var error = await Assert.ThrowsAsync<HeyGenException>(
            () => ShardMerge.MergeAsync(_folder, "candidate", default));

        Assert.Equal("HGCI7503", error.Diagnostic.Code);
        Assert.Contains("Shard 2/3 has no result file", error.Diagnostic.Message);
    }

    [Fact]
    public async Task MergeAsync_ScenarioInTwoShards_IsHGCI7504()
    {
        await WriteAsync(new ShardInfo(1, 2), "a.feature:3");
        await WriteAsync(new ShardInfo(2, 2), "a.feature:3");

        var error = await Assert.ThrowsAsync<HeyGenException>(
            () => ShardMerge.MergeAsync(_folder, "candidate", default));

        Assert.Equal("HGCI7504", error.Diagnostic.Code);
        Assert.Contains("'a.feature:3'", error.Diagnostic.Message);
    }

    [Fact]
    public async Task MergeAsync_ShardsOfDifferentCounts_IsHGCI7505()
    {
        await WriteAsync(new ShardInfo(1, 2), "a.feature:3");
        await WriteAsync(new ShardInfo(2, 3), "a.feature:9");

        var error = await Assert.ThrowsAsync<HeyGenException>(
            () => ShardMerge.MergeAsync(_folder, "candidate", default));

        Assert.Equal("HGCI7505", error.Diagnostic.Code);
    }

    [Fact]
    public async Task MergeAsync_CompleteSet_OrdersScenariosByFileAndLine()
    {
        await WriteAsync(new ShardInfo(1, 2), "b.feature:3", "a.feature:12");
        await WriteAsync(new ShardInfo(2, 2), "a.feature:4");

        var merged = await ShardMerge.MergeAsync(_folder, "candidate", default);

        Assert.Equal(["a.feature:4", "a.feature:12", "b.feature:3"], merged.Scenarios.Select(s => s.Id));
        Assert.Equal(ShardInfo.Whole, merged.Shard);
    }

    public void Dispose() => Directory.Delete(_folder.Root, recursive: true);

    private Task WriteAsync(ShardInfo shard, params string[] ids)
    {
        var result = new RunResult
        {
            RunId = _folder.Id,
            Label = "candidate",
            Target = "http://127.0.0.1:1/",
            StartedAt = DateTimeOffset.UnixEpoch,
            FinishedAt = DateTimeOffset.UnixEpoch,
            Shard = shard,
            Scenarios = [.. ids.Select(id => new ScenarioResult
            {
                Id = id,
                Feature = "F",
                FeatureFile = id.Split(':')[0],
                Line = int.Parse(id.Split(':')[1]),
                Name = id,
                Outcome = Outcome.Passed,
            })],
        };

        return HeyGenJson.WriteAsync(ShardMerge.ShardFile(_folder, "candidate", shard), result, default);
    }
}
