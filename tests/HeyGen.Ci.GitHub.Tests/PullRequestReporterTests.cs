using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.GitHub.Actions;
using HeyGen.Ci.GitHub.Publishing;
using HeyGen.Ci.GitHub.Tests.Fakes;

namespace HeyGen.Ci.GitHub.Tests;

public sealed class PullRequestReporterTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("heygen-report-").FullName;
    private readonly DiagnosticBag _sink = new();
    private readonly StringWriter _stdout = new();
    private FakeGitHubApi _api = null!;

    private string OutputFile => Path.Combine(_root, "output");

    private string SummaryFile => Path.Combine(_root, "summary.md");

    private string EventFile => Path.Combine(_root, "event.json");

    public async Task InitializeAsync() => _api = await FakeGitHubApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _stdout.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Report_InActionsOnAPullRequest_PublishesAndWritesSummaryOutputsAndAnnotations()
    {
        File.WriteAllText(EventFile, EventPayloads.PullRequest(9, "head9999999", "octo/shop", "octo/shop"));
        var run = NewRun();

        var outcome = await Reporter(Actions()).ReportAsync(
            run, ReportFixtures.FailingVerdict(), [ReportFixtures.Candidate()], Options(_api.WriteToken), default);

        Assert.Equal(PublishOutcome.Created, outcome.Published!.Outcome);
        Assert.Single(_api.Comments(9));
        Assert.Contains("## ❌ HeyGen CI: fail", File.ReadAllText(SummaryFile));
        Assert.Equal(outcome.Report.Summary, File.ReadAllText(run.ReportFile));
        var outputs = File.ReadAllText(OutputFile);
        Assert.Contains("verdict<<ghadelimiter_", outputs);
        Assert.Contains($"\n{outcome.Published.CommentId}\n", outputs);
        var stdout = _stdout.ToString();
        Assert.Contains("::add-mask::" + _api.WriteToken, stdout);
        var relative = Path.GetRelativePath(_root, run.FeaturesFolder);
        Assert.Contains($"::error file={relative}/checkout.feature,line=12,title=HGCI3006", stdout);
        Assert.Contains("::warning title=HGCI3007", stdout);
        Assert.Contains("commit `head999`", outcome.Report.Comment);
        Assert.False(File.Exists(run.CommentFile));
    }

    [Fact]
    public async Task Report_ForkPullRequest_WritesCommentFileWithHGCI3005AndPublishesNothing()
    {
        File.WriteAllText(EventFile, EventPayloads.PullRequest(9, "abc", "octo/shop", "mallory/shop"));
        var run = NewRun();

        var outcome = await Reporter(Actions()).ReportAsync(
            run, ReportFixtures.FailingVerdict(), [], Options(_api.WriteToken), default);

        Assert.Null(outcome.Published);
        Assert.Equal(run.CommentFile, outcome.CommentFile);
        Assert.Contains(_sink.Items, d => d.Code == "HGCI3005");
        Assert.Contains("title=HGCI3005", _stdout.ToString());
        Assert.Empty(_api.Requests);
        Assert.Contains("comment-outcome<<", File.ReadAllText(OutputFile));
    }

    [Fact]
    public async Task Report_ReadOnlyToken_IsHGCI5001AndTheCommentFileIsWritten()
    {
        File.WriteAllText(EventFile, EventPayloads.PullRequest(9, "abc", "octo/shop", "octo/shop"));
        var run = NewRun();

        var outcome = await Reporter(Actions()).ReportAsync(
            run, ReportFixtures.FailingVerdict(), [], Options(_api.ReadOnlyToken), default);

        Assert.Equal(PublishOutcome.ReadOnlyToken, outcome.Published!.Outcome);
        Assert.Contains(_sink.Items, d => d.Code == "HGCI5001");
        Assert.StartsWith("<!-- heygen-ci:report=heygen-ci -->", File.ReadAllText(run.CommentFile));
    }

    [Fact]
    public async Task Report_OutsideActionsWithoutPublish_WritesCommentFileWithHGCI5006()
    {
        var run = NewRun();
        var environment = ActionsEnvironment.FromVariables(new Dictionary<string, string>());

        var outcome = await Reporter(environment).ReportAsync(
            run, ReportFixtures.FailingVerdict(), [], Options(_api.WriteToken) with { ApiUrl = _api.ApiUrl }, default);

        Assert.Null(outcome.Published);
        Assert.True(File.Exists(run.CommentFile));
        Assert.Contains("not a GitHub Actions job", Assert.Single(_sink.Items, d => d.Code == "HGCI5006").Message);
        Assert.Empty(_api.Requests);
        Assert.Empty(_stdout.ToString());
    }

    [Fact]
    public async Task Report_OversizedInActions_IsHGCI5004AndFitsBothLimits()
    {
        File.WriteAllText(EventFile, EventPayloads.PullRequest(9, "abc", "octo/shop", "octo/shop"));

        var outcome = await Reporter(Actions()).ReportAsync(
            NewRun(), ReportFixtures.FailingVerdict(), [ReportFixtures.Candidate(extraFailures: 400)],
            Options(_api.WriteToken), default);

        Assert.Contains(_sink.Items, d => d.Code == "HGCI5004");
        Assert.True(_api.Comments(9).Single().Body.Length <= 65_536);
        Assert.True(new FileInfo(SummaryFile).Length <= 1024 * 1024);
    }

    [Fact]
    public async Task Report_SummaryTooLarge_IsHGCI3004()
    {
        File.WriteAllText(EventFile, EventPayloads.PullRequest(9, "abc", "octo/shop", "octo/shop"));

        await Reporter(Actions()).ReportAsync(
            NewRun(), ReportFixtures.FailingVerdict(), [ReportFixtures.Candidate(extraFailures: 3000)],
            Options(_api.WriteToken), default);

        Assert.Contains(_sink.Items, d => d.Code == "HGCI3004");
        Assert.True(new FileInfo(SummaryFile).Length <= 1024 * 1024);
    }

    [Fact]
    public async Task Report_OutputFileUnwritable_IsHGCI3002AndTheRestGoesOn()
    {
        File.WriteAllText(EventFile, EventPayloads.PullRequest(9, "abc", "octo/shop", "octo/shop"));
        Directory.CreateDirectory(OutputFile);

        var outcome = await Reporter(Actions()).ReportAsync(
            NewRun(), ReportFixtures.FailingVerdict(), [], Options(_api.WriteToken), default);

        Assert.Contains(_sink.Items, d => d.Code == "HGCI3002");
        Assert.Equal(PublishOutcome.Created, outcome.Published!.Outcome);
    }

    private PullRequestReporter Reporter(ActionsEnvironment environment)
        => new(environment, _sink, _stdout, new InstantTimeProvider());

    private ReportOptions Options(string token) => new() { Token = token, ApiUrl = _api.ApiUrl };

    private RunFolder NewRun()
    {
        var run = new RunFolder(Path.Combine(_root, "run-" + Guid.NewGuid().ToString("N")[..6]));
        Directory.CreateDirectory(run.Root);
        return run;
    }

    private ActionsEnvironment Actions() => ActionsEnvironment.FromVariables(new Dictionary<string, string>
    {
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_OUTPUT"] = OutputFile,
        ["GITHUB_STEP_SUMMARY"] = SummaryFile,
        ["GITHUB_EVENT_PATH"] = EventFile,
        ["GITHUB_EVENT_NAME"] = "pull_request",
        ["GITHUB_REPOSITORY"] = "octo/shop",
        ["GITHUB_SERVER_URL"] = "https://github.example",
        ["GITHUB_RUN_ID"] = "55",
        ["GITHUB_WORKSPACE"] = _root,
    });
}
