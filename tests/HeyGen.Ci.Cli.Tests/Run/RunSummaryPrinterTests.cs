using HeyGen.Ci.Cli.Console;
using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Cli.Tests.Run;

public sealed class RunSummaryPrinterTests
{
    [Fact]
    public void Lines_EndWithTheClosingLineAndShowEachFailure()
    {
        var result = new RunResult
        {
            RunId = "r",
            Label = "candidate",
            Target = "http://127.0.0.1:1/",
            StartedAt = DateTimeOffset.UnixEpoch,
            FinishedAt = DateTimeOffset.UnixEpoch,
            Scenarios =
            [
                Scenario("a.feature:3", Outcome.Passed, null),
                Scenario("a.feature:9", Outcome.Failed, "Then the response status is 200 (line 11): expected status 200, got 500"),
                Scenario("a.feature:20", Outcome.Skipped, null),
            ],
        };

        var lines = RunSummaryPrinter.Lines(result, "results/candidate.json");

        Assert.Equal("1 passed, 1 failed, 1 skipped", lines[^1]);
        Assert.Contains("          Then the response status is 200 (line 11): expected status 200, got 500", lines);
        Assert.StartsWith("failed    a.feature:9", lines[1]);
    }

    private static ScenarioResult Scenario(string id, Outcome outcome, string? error) => new()
    {
        Id = id,
        Feature = "A",
        FeatureFile = "a.feature",
        Line = 1,
        Name = id,
        Outcome = outcome,
        Error = error,
    };
}
