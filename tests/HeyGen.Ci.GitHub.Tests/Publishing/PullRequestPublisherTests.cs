using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.GitHub.Publishing;
using HeyGen.Ci.GitHub.Reporting;
using HeyGen.Ci.GitHub.Tests.Fakes;

namespace HeyGen.Ci.GitHub.Tests.Publishing;

public sealed class PullRequestPublisherTests : IAsyncLifetime
{
    private const int Pr = 7;
    private static readonly PullRequestRef Target = new(new RepositoryName("heygen", "shop"), Pr);
    private static readonly string Marker = ReportMarker.For(ReportMarker.DefaultName);

    private readonly InstantTimeProvider _time = new();
    private FakeGitHubApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeGitHubApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Publish_CreatesThenUpdatesThenLeavesUnchanged()
    {
        var publisher = Publisher();

        var created = await publisher.PublishAsync(Request("first"), CancellationToken.None);
        var updated = await publisher.PublishAsync(Request("second"), CancellationToken.None);
        var writes = _api.Requests.Count(r => !r.StartsWith("GET", StringComparison.Ordinal));
        var unchanged = await publisher.PublishAsync(Request("second"), CancellationToken.None);

        Assert.Equal(PublishOutcome.Created, created.Outcome);
        Assert.Equal(PublishOutcome.Updated, updated.Outcome);
        Assert.Equal(PublishOutcome.Unchanged, unchanged.Outcome);
        Assert.Equal(created.CommentId, updated.CommentId);
        Assert.Equal(created.CommentId, unchanged.CommentId);
        Assert.Equal(writes, _api.Requests.Count(r => !r.StartsWith("GET", StringComparison.Ordinal)));
        var only = Assert.Single(_api.Comments(Pr));
        Assert.Equal(Marker + "\nsecond", only.Body);
    }

    [Fact]
    public async Task Publish_MarkerOnALaterPage_UpdatesThatComment()
    {
        for (var i = 0; i < 130; i++)
        {
            _api.Seed(Pr, "reviewer", $"comment {i}");
        }

        var existing = _api.Seed(Pr, _api.BotLogin, Marker + "\nold");

        var result = await Publisher().PublishAsync(Request("new"), CancellationToken.None);

        Assert.Equal(PublishOutcome.Updated, result.Outcome);
        Assert.Equal(existing, result.CommentId);
        Assert.Contains(_api.Requests, r => r.Contains("page=2", StringComparison.Ordinal));
        Assert.Equal(131, _api.Comments(Pr).Count);
    }

    [Fact]
    public async Task Publish_HumanCommentQuotingTheMarker_IsLeftAlone()
    {
        var human = _api.Seed(Pr, "octocat", Marker + "\nI copied the bot's comment here");

        var result = await Publisher().PublishAsync(Request("report"), CancellationToken.None);

        Assert.Equal(PublishOutcome.Created, result.Outcome);
        Assert.NotEqual(human, result.CommentId);
        Assert.Equal(Marker + "\nI copied the bot's comment here", _api.Comments(Pr).Single(c => c.Id == human).Body);
    }

    [Fact]
    public async Task Publish_TwoConcurrentRuns_EndWithOneComment()
    {
        _api.HoldCreatesUntil(2);

        var results = await Task.WhenAll(
            Publisher().PublishAsync(Request("run A"), CancellationToken.None),
            Publisher().PublishAsync(Request("run B"), CancellationToken.None));

        var survivor = Assert.Single(_api.Comments(Pr));
        Assert.All(results, r => Assert.Equal(survivor.Id, r.CommentId));
        Assert.Equal(2, _api.Requests.Count(r => r.StartsWith("POST", StringComparison.Ordinal)));
        Assert.Contains(_api.Requests, r => r.StartsWith("DELETE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_ServerErrors_AreRetriedWithBackoffThenSucceed()
    {
        _api.Enqueue(new FakeFault(502, "Bad Gateway"));
        _api.Enqueue(new FakeFault(503, "Service Unavailable"));

        var result = await Publisher().PublishAsync(Request("report"), CancellationToken.None);

        Assert.Equal(PublishOutcome.Created, result.Outcome);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], _time.Waits);
    }

    [Fact]
    public async Task Publish_SecondaryRateLimit_WaitsRetryAfterThenSucceeds()
    {
        _api.Enqueue(new FakeFault(403, "You have exceeded a secondary rate limit. Please wait a few minutes.",
            new Dictionary<string, string> { ["Retry-After"] = "3" }));

        var result = await Publisher().PublishAsync(Request("report"), CancellationToken.None);

        Assert.Equal(PublishOutcome.Created, result.Outcome);
        Assert.Equal([TimeSpan.FromSeconds(3)], _time.Waits);
    }

    [Fact]
    public async Task Publish_TooManyRequests_HonoursRetryAfter()
    {
        _api.Enqueue(new FakeFault(429, "Too Many Requests", new Dictionary<string, string> { ["Retry-After"] = "7" },
            Method: "POST"));

        var result = await Publisher().PublishAsync(Request("report"), CancellationToken.None);

        Assert.Equal(PublishOutcome.Created, result.Outcome);
        Assert.Equal([TimeSpan.FromSeconds(7)], _time.Waits);
    }

    [Fact]
    public async Task Publish_PrimaryRateLimitResettingSoon_WaitsForTheReset()
    {
        var reset = _time.GetUtcNow().AddSeconds(20).ToUnixTimeSeconds().ToString(
            System.Globalization.CultureInfo.InvariantCulture);
        _api.Enqueue(new FakeFault(403, "API rate limit exceeded for installation ID 1.", new Dictionary<string, string>
        {
            ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Limit"] = "5000", ["X-RateLimit-Reset"] = reset,
        }));

        var result = await Publisher().PublishAsync(Request("report"), CancellationToken.None);

        Assert.Equal(PublishOutcome.Created, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(20), Assert.Single(_time.Waits));
    }

    [Fact]
    public async Task Publish_RateLimitResettingTooLate_IsHGCI5003WithoutWaiting()
    {
        var reset = _time.GetUtcNow().AddHours(1).ToUnixTimeSeconds().ToString(
            System.Globalization.CultureInfo.InvariantCulture);
        _api.Enqueue(new FakeFault(403, "API rate limit exceeded for installation ID 1.", new Dictionary<string, string>
        {
            ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Limit"] = "5000", ["X-RateLimit-Reset"] = reset,
        }));

        var ex = await Assert.ThrowsAsync<HeyGenException>(
            () => Publisher().PublishAsync(Request("report"), CancellationToken.None));

        Assert.Equal("HGCI5003", ex.Diagnostic.Code);
        Assert.Empty(_time.Waits);
    }

    [Fact]
    public async Task Publish_ServerDownOnEveryTry_IsHGCI5003AfterMaxAttempts()
    {
        for (var i = 0; i < 5; i++)
        {
            _api.Enqueue(new FakeFault(500, "Server Error"));
        }

        var ex = await Assert.ThrowsAsync<HeyGenException>(
            () => Publisher().PublishAsync(Request("report"), CancellationToken.None));

        Assert.Equal("HGCI5003", ex.Diagnostic.Code);
        Assert.Contains("after 5 tries", ex.Diagnostic.Message);
        Assert.Equal(4, _time.Waits.Count);
    }

    [Fact]
    public async Task Publish_ReadOnlyToken_ReportsReadOnlyWithoutFailing()
    {
        var publisher = PullRequestPublisher.Create(_api.ApiUrl, _api.ReadOnlyToken, _time);

        var result = await publisher.PublishAsync(Request("report"), CancellationToken.None);

        Assert.Equal(PublishOutcome.ReadOnlyToken, result.Outcome);
        Assert.Null(result.CommentId);
        Assert.Empty(_api.Comments(Pr));
    }

    [Fact]
    public async Task Publish_BadToken_IsHGCI5007()
    {
        var publisher = PullRequestPublisher.Create(_api.ApiUrl, "not-a-token", _time);

        var ex = await Assert.ThrowsAsync<HeyGenException>(
            () => publisher.PublishAsync(Request("report"), CancellationToken.None));

        Assert.Equal("HGCI5007", ex.Diagnostic.Code);
    }

    [Fact]
    public async Task Publish_RefusedRequest_IsHGCI5002WithoutRetry()
    {
        _api.Enqueue(new FakeFault(404, "Not Found"));

        var ex = await Assert.ThrowsAsync<HeyGenException>(
            () => Publisher().PublishAsync(Request("report"), CancellationToken.None));

        Assert.Equal("HGCI5002", ex.Diagnostic.Code);
        Assert.Contains("heygen/shop#7", ex.Diagnostic.Message);
        Assert.Empty(_time.Waits);
    }

    [Fact]
    public async Task Publish_OversizedReport_IsCutUnderTheLimitAndAccepted()
    {
        var report = ReportRenderer.Render(
            ReportFixtures.FailingVerdict(), [ReportFixtures.Candidate(extraFailures: 400)], new ReportContext());
        Assert.True(report.Summary.Length > ReportContext.GitHubCommentLimit);

        var result = await Publisher().PublishAsync(new PublishRequest(Target, report.Comment), CancellationToken.None);

        Assert.Equal(PublishOutcome.Created, result.Outcome);
        var stored = Assert.Single(_api.Comments(Pr)).Body;
        Assert.True(stored.Length <= ReportContext.GitHubCommentLimit);
        Assert.Contains("Shortened to fit the limit", stored);
    }

    [Fact]
    public async Task Fake_BodyOverTheLimit_Gets422()
    {
        var body = Marker + "\n" + new string('x', 70_000);

        var ex = await Assert.ThrowsAsync<HeyGenException>(
            () => Publisher().PublishAsync(new PublishRequest(Target, body), CancellationToken.None));

        Assert.Equal("HGCI5002", ex.Diagnostic.Code);
        Assert.Contains("422", ex.Diagnostic.Message);
    }

    [Fact]
    public async Task Publish_Cancelled_StopsWithoutPublishing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Publisher().PublishAsync(Request("report"), cancellation.Token));

        Assert.Empty(_api.Comments(Pr));
    }

    private PullRequestPublisher Publisher() => PullRequestPublisher.Create(_api.ApiUrl, _api.WriteToken, _time);

    private static PublishRequest Request(string text) => new(Target, Marker + "\n" + text);
}
