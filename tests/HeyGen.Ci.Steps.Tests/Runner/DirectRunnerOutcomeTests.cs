using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Steps.Tests.Support;

namespace HeyGen.Ci.Steps.Tests.Runner;

[Collection(DirectRunnerCollection.Name)]
public sealed class DirectRunnerOutcomeTests
{
    [Fact]
    public async Task RunAsync_UndefinedStep_IsUndefinedWithItsTextAndLine()
    {
        using var echo = new EchoServer();
        using var sandbox = new RunSandbox().Feature("odd.feature", """
            Feature: Odd steps

              Scenario: A step nobody defined
                When I send a GET request to "/"
                And I dance the tango
                Then the response status is 200
            """);

        var result = await sandbox.RunAsync(echo.Address);

        var scenario = Assert.Single(result.Scenarios);
        Assert.Equal(Outcome.Undefined, scenario.Outcome);
        Assert.Equal([Outcome.Passed, Outcome.Undefined, Outcome.Skipped], scenario.Steps.Select(s => s.Outcome));
        Assert.StartsWith("And I dance the tango (line 5): no step definition matches", scenario.Error);
        await AssertReportsWrittenAsync(sandbox, "UNDEFINED");
    }

    [Fact]
    public async Task RunAsync_PendingStep_IsPending()
    {
        using var echo = new EchoServer();
        using var sandbox = new RunSandbox().Feature("pending.feature", """
            Feature: Pending

              Scenario: Not written yet
                Given a step that is still pending
                When I send a GET request to "/"
            """);

        var result = await sandbox.RunAsync(echo.Address);

        var scenario = Assert.Single(result.Scenarios);
        Assert.Equal(Outcome.Pending, scenario.Outcome);
        Assert.Equal("Given a step that is still pending (line 4): the step definition is pending (not implemented yet)",
            scenario.Error);
        Assert.Empty(scenario.Exchanges);
        await AssertReportsWrittenAsync(sandbox, "PENDING");
    }

    [Fact]
    public async Task RunAsync_FailingBeforeScenarioHook_FailsTheScenarioNamingTheHook()
    {
        using var echo = new EchoServer();
        using var sandbox = new RunSandbox().Feature("hook.feature", """
            Feature: Hooks

              @failing-hook
              Scenario: Seeded data
                When I send a GET request to "/"

              Scenario: Unaffected
                When I send a GET request to "/"
            """);

        var result = await sandbox.RunAsync(echo.Address);

        var hooked = result.Scenarios[0];
        Assert.Equal(Outcome.Failed, hooked.Outcome);
        Assert.Contains("[BeforeScenario] hook", hooked.Error);
        Assert.Contains("the test database could not be seeded", hooked.Error);
        Assert.Equal(Outcome.Skipped, Assert.Single(hooked.Steps).Outcome);
        Assert.Equal(Outcome.Passed, result.Scenarios[1].Outcome);
        Assert.Equal("1 passed, 1 failed", result.Summary.ToClosingLine());
        await AssertReportsWrittenAsync(sandbox, "FAILED");
    }

    [Fact]
    public async Task RunAsync_ConnectionRefused_IsErroredWithTheUrl()
    {
        var port = JsonServer.FreePort();
        using var sandbox = new RunSandbox().Feature("down.feature", """
            Feature: Down

              Scenario: Nobody listens
                When I send a GET request to "/products"
                Then the response status is 200
            """);

        var result = await sandbox.RunAsync(new Uri($"http://127.0.0.1:{port}"));

        var scenario = Assert.Single(result.Scenarios);
        Assert.Equal(Outcome.Errored, scenario.Outcome);
        Assert.StartsWith($"When I send a GET request to \"/products\" (line 4): could not reach http://127.0.0.1:{port}/products",
            scenario.Error);
        var exchange = Assert.Single(scenario.Exchanges);
        Assert.Equal(0, exchange.Status);
        Assert.NotNull(exchange.TransportError);
        Assert.Equal("0 passed, 1 failed", result.Summary.ToClosingLine());
        await AssertReportsWrittenAsync(sandbox, "FAILED");
    }

    [Fact]
    public async Task RunAsync_TargetThatNeverAnswers_IsErroredAfterTheTimeout()
    {
        using var silent = new SilentServer();
        using var sandbox = new RunSandbox().Feature("hang.feature", """
            Feature: Hang

              Scenario: Accepts and never answers
                When I send a GET request to "/products"
            """);
        var request = sandbox.Request(silent.Address) with { RequestTimeout = TimeSpan.FromMilliseconds(300) };

        var result = await Steps.Runner.DirectRunner.RunAsync(request, CancellationToken.None);

        var scenario = Assert.Single(result.Scenarios);
        Assert.Equal(Outcome.Errored, scenario.Outcome);
        Assert.EndsWith($"no response from {silent.Address}products within 0.3 s", scenario.Error);
        Assert.True(scenario.Exchanges[0].LatencyMs >= 290);
        await AssertReportsWrittenAsync(sandbox, "FAILED");
    }

    [Fact]
    public async Task RunAsync_WithRetries_MarksAScenarioThatPassesLaterAsFlaky()
    {
        using var echo = new EchoServer();
        var key = Guid.NewGuid().ToString("N");
        using var sandbox = new RunSandbox().Feature("flaky.feature", $"""
            Feature: Flaky

              Scenario: Fails once
                Given a step that fails the first time for "{key}"
                When I send a GET request to "/"
            """);
        var request = sandbox.Request(echo.Address) with { Retries = 2 };

        var result = await Steps.Runner.DirectRunner.RunAsync(request, CancellationToken.None);

        var scenario = Assert.Single(result.Scenarios);
        Assert.Equal(Outcome.Passed, scenario.Outcome);
        Assert.Equal(2, scenario.Attempts);
        Assert.True(scenario.Flaky);
    }

    [Fact]
    public async Task RunAsync_WithParallelism_OverlapsScenariosAndKeepsTheirOrder()
    {
        using var echo = new EchoServer();
        var scenarios = string.Concat(Enumerable.Range(1, 8).Select(i => $"""

              Scenario: Slow {i}
                Given a step that takes 150 ms
                When I send a GET request to "/slow/{i}"

            """));
        using var sandbox = new RunSandbox()
            .Feature("a.feature", "Feature: A\n" + scenarios)
            .Feature("b.feature", "Feature: B\n" + scenarios);
        TestBindings.ResetConcurrency();

        var result = await Steps.Runner.DirectRunner.RunAsync(
            sandbox.Request(echo.Address) with { Parallelism = 4 }, CancellationToken.None);

        Assert.Equal(16, result.Scenarios.Count);
        Assert.All(result.Scenarios, s => Assert.Equal(Outcome.Passed, s.Outcome));
        Assert.Equal(
            result.Scenarios.OrderBy(s => s.FeatureFile, StringComparer.Ordinal).ThenBy(s => s.Line),
            result.Scenarios);
        Assert.InRange(TestBindings.MostAtOnce, 2, 4);
    }

    [Fact]
    public async Task RunAsync_EnvironmentSecret_IsSentButShownOnlyByName()
    {
        using var echo = new EchoServer();
        using var sandbox = new RunSandbox().Feature("secret.feature", """
            Feature: Secrets

              Scenario: Token and wire headers
                Given the request headers are:
                  | name              | value                                        |
                  | Authorization     | Bearer ${env:HEYGEN_SECRET_AUTHORIZATION}     |
                  | Connection        | close                                        |
                  | :authority        | example.invalid                              |
                  | Content-Length    | 99                                           |
                  | X-Trace           | t-1                                          |
                When I send a GET request to "/login"
                Then the response status is 200
                And the response JSON at "$.Authorization" is "Bearer ${env:HEYGEN_SECRET_AUTHORIZATION}"
                When I send a GET request to "/after"
                Then the response JSON at "$.Cookie" is "sid=abc123"
            """);
        var request = sandbox.Request(echo.Address) with
        {
            Environment = new Dictionary<string, string> { ["HEYGEN_SECRET_AUTHORIZATION"] = "s3cr3t-value" },
        };

        var result = await Steps.Runner.DirectRunner.RunAsync(request, CancellationToken.None);

        var scenario = Assert.Single(result.Scenarios);
        Assert.True(scenario.Outcome == Outcome.Passed, scenario.Error);
        var sent = echo.Requests[0];
        Assert.False(sent.ContainsKey("Content-Length"));
        Assert.NotEqual("close", sent.GetValueOrDefault("Connection"));
        Assert.Equal("t-1", sent["X-Trace"]);
        Assert.Equal("Bearer ${env:HEYGEN_SECRET_AUTHORIZATION}",
            scenario.Exchanges[0].RequestHeaders["Authorization"]);
        Assert.False(scenario.Exchanges[0].RequestHeaders.ContainsKey(":authority"));
        foreach (var file in Directory.GetFiles(sandbox.Folder.Root, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("s3cr3t-value", await File.ReadAllTextAsync(file));
        }
    }

    [Fact]
    public async Task RunAsync_UnsetVariable_FailsTheStepNamingIt()
    {
        using var echo = new EchoServer();
        using var sandbox = new RunSandbox().Feature("unset.feature", """
            Feature: Unset

              Scenario: Forgot to capture
                When I send a GET request to "/products/${productId}"
            """);

        var result = await sandbox.RunAsync(echo.Address);

        Assert.Contains("the variable \"productId\" is not set", Assert.Single(result.Scenarios).Error);
    }

    private static async Task AssertReportsWrittenAsync(RunSandbox sandbox, string status)
    {
        var reports = sandbox.Folder.ReportsFolder("candidate");
        Assert.Contains($"\"status\":\"{status}\"",
            await File.ReadAllTextAsync(Path.Combine(reports, "cucumber.ndjson")));
        Assert.True(new FileInfo(Path.Combine(reports, "report.html")).Length > 10_000);
        Assert.Contains("<testcase", await File.ReadAllTextAsync(Path.Combine(reports, "junit.xml")));
        var result = await HeyGenJson.ReadAsync<RunResult>(
            sandbox.Folder.ResultFile("candidate"), RunResult.SchemaName, default);
        Assert.NotEmpty(result.Scenarios);
    }
}
