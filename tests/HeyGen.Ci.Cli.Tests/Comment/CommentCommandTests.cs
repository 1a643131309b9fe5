using HeyGen.Ci.GitHub.Tests.Fakes;

namespace HeyGen.Ci.Cli.Tests.Comment;

public sealed class CommentCommandTests : IAsyncLifetime
{
    private FakeGitHubApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeGitHubApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Comment_OutsideActions_WritesCommentFileAndSaysSo()
    {
        using var run = await RunFolderFixture.CreateAsync();

        var (code, stdout, stderr) = await HeyGenProcess.RunAsync(
            ["comment", "--run", run.Run.Root], new Dictionary<string, string> { ["GITHUB_TOKEN"] = _api.WriteToken });

        Assert.Equal(0, code);
        Assert.Contains("info HGCI5006", stderr);
        // The console wraps long diagnostics at its width; read them as one line.
        Assert.Contains("not a GitHub Actions job", System.Text.RegularExpressions.Regex.Replace(stderr, @"\s+", " "));
        Assert.StartsWith("<!-- heygen-ci:report=heygen-ci -->", File.ReadAllText(run.Run.CommentFile));
        Assert.Contains("## ❌ HeyGen CI: fail", File.ReadAllText(run.Run.ReportFile));
        Assert.Contains("comment.md", stdout);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task Comment_PublishWithApiUrl_CreatesTheCommentOnTheGivenPullRequest()
    {
        using var run = await RunFolderFixture.CreateAsync();

        var (code, stdout, stderr) = await HeyGenProcess.RunAsync(
            ["comment", "--run", run.Run.Root, "--publish", "--api-url", _api.ApiUrl.ToString(),
                "--repository", "octo/shop", "--pr", "12", "--token-env", "SHOP_TOKEN", "--report-name", "api"],
            new Dictionary<string, string> { ["SHOP_TOKEN"] = _api.WriteToken });

        Assert.True(code == 0, stderr);
        var comment = Assert.Single(_api.Comments(12));
        Assert.StartsWith("<!-- heygen-ci:report=api -->", comment.Body);
        Assert.Contains($"Pull-request comment {comment.Id} created", stdout);
    }

    [Fact]
    public async Task Comment_PublishWithoutApiUrl_IsAUsageError()
    {
        using var run = await RunFolderFixture.CreateAsync();

        var (code, _, stderr) = await HeyGenProcess.RunAsync(
            ["comment", "--run", run.Run.Root, "--publish", "--repository", "octo/shop", "--pr", "12"],
            new Dictionary<string, string> { ["GITHUB_TOKEN"] = _api.WriteToken });

        Assert.Equal(2, code);
        Assert.Contains("error HGCI2001", stderr);
        Assert.Contains("--api-url", stderr);
    }

    [Fact]
    public async Task Comment_NoVerdict_IsHGCI2004()
    {
        using var run = await RunFolderFixture.CreateAsync(withVerdict: false);

        var (code, _, stderr) = await HeyGenProcess.RunAsync(
            ["comment", "--run", run.Run.Root], new Dictionary<string, string>());

        Assert.Equal(1, code);
        Assert.Contains("error HGCI2004", stderr);
        Assert.Contains("verdict.json", stderr);
    }

    [Fact]
    public async Task Comment_BadReportName_IsHGCI5005()
    {
        using var run = await RunFolderFixture.CreateAsync();

        var (code, _, stderr) = await HeyGenProcess.RunAsync(
            ["comment", "--run", run.Run.Root, "--report-name", "two words"], new Dictionary<string, string>());

        Assert.Equal(2, code);
        Assert.Contains("error HGCI5005", stderr);
    }

    [Fact]
    public async Task Comment_InActionsWithAForkToken_GivesANoticeAndExitsZero()
    {
        using var run = await RunFolderFixture.CreateAsync();
        File.WriteAllText(run.File("event.json"), EventPayloads.PullRequest(4, "abc1234", "octo/shop", "octo/shop"));

        var (code, stdout, stderr) = await HeyGenProcess.RunAsync(
            ["comment", "--run", run.Run.Root], Actions(run, _api.ReadOnlyToken));

        Assert.Equal(0, code);
        Assert.Contains("warning HGCI5001", stderr);
        Assert.Contains("::warning title=HGCI5001", stdout);
        Assert.True(File.Exists(run.Run.CommentFile));
        Assert.Empty(_api.Comments(4));
    }

    [Fact]
    public async Task Comment_ApiRefuses_IsHGCI5002AndExitsOne()
    {
        using var run = await RunFolderFixture.CreateAsync();
        File.WriteAllText(run.File("event.json"), EventPayloads.PullRequest(4, "abc1234", "octo/shop", "octo/shop"));
        _api.Enqueue(new FakeFault(404, "Not Found"));

        var (code, _, stderr) = await HeyGenProcess.RunAsync(
            ["comment", "--run", run.Run.Root], Actions(run, _api.WriteToken));

        Assert.Equal(1, code);
        Assert.Contains("error HGCI5002", stderr);
    }

    private Dictionary<string, string> Actions(RunFolderFixture run, string token) => new()
    {
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_EVENT_NAME"] = "pull_request",
        ["GITHUB_EVENT_PATH"] = run.File("event.json"),
        ["GITHUB_OUTPUT"] = run.File("output"),
        ["GITHUB_STEP_SUMMARY"] = run.File("summary.md"),
        ["GITHUB_REPOSITORY"] = "octo/shop",
        ["GITHUB_API_URL"] = _api.ApiUrl.ToString(),
        ["GITHUB_TOKEN"] = token,
    };
}
