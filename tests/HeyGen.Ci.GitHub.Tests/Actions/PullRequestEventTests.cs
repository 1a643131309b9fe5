using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.GitHub.Actions;

using HeyGen.Ci.GitHub.Tests.Fakes;

namespace HeyGen.Ci.GitHub.Tests.Actions;

public sealed class PullRequestEventTests : IDisposable
{
    private readonly string _path = Path.GetTempFileName();

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Read_PullRequestPayload_TakesTheHeadShaNotTheMergeCommit()
    {
        File.WriteAllText(_path, EventPayloads.PullRequest(42, "head123", "octo/shop", "octo/shop"));

        var pr = PullRequestEvent.Read(_path, new DiagnosticBag());

        Assert.Equal(new PullRequestEvent(42, "head123", "octo/shop", "octo/shop"), pr);
        Assert.False(pr!.IsFork);
    }

    [Fact]
    public void Read_ForkPayload_IsAFork()
    {
        File.WriteAllText(_path, EventPayloads.PullRequest(5, "abc", "octo/shop", "mallory/shop"));

        Assert.True(PullRequestEvent.Read(_path, new DiagnosticBag())!.IsFork);
    }

    [Fact]
    public void Read_PushPayload_IsNoPullRequest()
    {
        File.WriteAllText(_path, """{"ref":"refs/heads/main","repository":{"full_name":"octo/shop"}}""");
        var sink = new DiagnosticBag();

        Assert.Null(PullRequestEvent.Read(_path, sink));
        Assert.Empty(sink.Items);
    }

    [Fact]
    public void Read_BrokenPayload_IsHGCI3001()
    {
        File.WriteAllText(_path, "{ not json");
        var sink = new DiagnosticBag();

        Assert.Null(PullRequestEvent.Read(_path, sink));
        var diagnostic = Assert.Single(sink.Items);
        Assert.Equal("HGCI3001", diagnostic.Code);
        Assert.Equal(_path, diagnostic.File);
    }

    [Fact]
    public void Environment_RunUrl_IsBuiltFromTheRunnerVariables()
    {
        var environment = ActionsEnvironment.FromVariables(new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true", ["GITHUB_SERVER_URL"] = "https://github.example",
            ["GITHUB_REPOSITORY"] = "octo/shop", ["GITHUB_RUN_ID"] = "991", ["GITHUB_RUN_ATTEMPT"] = "2",
        });

        Assert.True(environment.IsActions);
        Assert.Equal("https://github.example/octo/shop/actions/runs/991/attempts/2", environment.RunUrl!.ToString());
        Assert.EndsWith("#artifacts", environment.ArtifactsUrl!.ToString());
    }
}
