using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Steps.Tests.Support;

namespace HeyGen.Ci.Cli.Tests.Run;

[Collection(RunCommandCollection.Name)]
public sealed class RunCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("heygen-cli-run-").FullName;

    private string Features => Path.Combine(JsonServer.DataFolder, "features");

    private RunFolder Folder => new(Path.Combine(_root, "run"));

    [Fact]
    public async Task Run_AgainstTheRecordedDatabase_ExitsZeroAndWritesTheRunFolder()
    {
        await using var server = await JsonServer.StartAsync();

        var exit = await HeyGenApp.RunAsync(
            ["run", "--features", Features, "--target", server.Address.ToString(),
            "--run", Folder.Root, "--parallel", "3"],
            CancellationToken.None);

        Assert.Equal(0, exit);
        var result = await HeyGenJson.ReadAsync<RunResult>(
            Folder.ResultFile("candidate"), RunResult.SchemaName, default);
        Assert.Equal(7, result.Summary.Passed);
        Assert.Equal("run", result.RunId);
        foreach (var report in new[] { "cucumber.ndjson", "report.html", "junit.xml" })
        {
            Assert.True(File.Exists(Path.Combine(Folder.ReportsFolder("candidate"), report)), report);
        }
    }

    [Fact]
    public async Task Run_AgainstAChangedDatabase_ExitsOne()
    {
        await using var server = await JsonServer.StartAsync("db.changed.json");

        var exit = await HeyGenApp.RunAsync(
            ["run", "--features", Features, "--target", server.Address.ToString(),
            "--run", Folder.Root, "--label", "baseline"],
            CancellationToken.None);

        Assert.Equal(1, exit);
        var result = await HeyGenJson.ReadAsync<RunResult>(
            Folder.ResultFile("baseline"), RunResult.SchemaName, default);
        Assert.Equal("3 passed, 4 failed", result.Summary.ToClosingLine());
    }

    [Theory]
    [InlineData("--shard", "3/2")]
    [InlineData("--parallel", "0")]
    [InlineData("--target", "not-a-url")]
    [InlineData("--env", "NOEQUALS")]
    public async Task Run_WithABadOption_IsAUsageError(string option, string value)
    {
        var args = new List<string> { "run", "--features", Features, "--run", Folder.Root };
        if (option != "--target")
        {
            args.AddRange(["--target", "http://127.0.0.1:9"]);
        }

        args.AddRange([option, value]);

        Assert.Equal(2, await HeyGenApp.RunAsync([.. args], CancellationToken.None));
    }

    [Fact]
    public async Task Run_ShardsThenMerge_CoverEveryScenarioOnce()
    {
        await using var server = await JsonServer.StartAsync();
        string[] Shard(string shard) =>
            ["run", "--features", Features, "--target", server.Address.ToString(),
            "--run", Folder.Root, "--shard", shard];

        Assert.Equal(0, await HeyGenApp.RunAsync(Shard("1/2"), CancellationToken.None));
        Assert.Equal(0, await HeyGenApp.RunAsync(Shard("2/2"), CancellationToken.None));
        var exit = await HeyGenApp.RunAsync(["merge", "--run", Folder.Root], CancellationToken.None);

        Assert.Equal(0, exit);
        var merged = await HeyGenJson.ReadAsync<RunResult>(
            Folder.ResultFile("candidate"), RunResult.SchemaName, default);
        Assert.Equal(ShardInfo.Whole, merged.Shard);
        Assert.Equal(7, merged.Scenarios.Select(s => s.Id).Distinct().Count());
        Assert.True(File.Exists(Path.Combine(Folder.Root, "results", "candidate.shard-2-of-2.json")));
    }

    [Fact]
    public async Task Merge_WithoutShardFiles_ExitsOne()
        => Assert.Equal(1, await HeyGenApp.RunAsync(["merge", "--run", Folder.Root], CancellationToken.None));

    [Fact]
    public async Task Merge_WithoutRun_IsAUsageError()
        => Assert.Equal(2, await HeyGenApp.RunAsync(["merge"], CancellationToken.None));

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
