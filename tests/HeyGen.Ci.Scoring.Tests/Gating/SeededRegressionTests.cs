using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Core.Verdicts;
using HeyGen.Ci.Scoring.Gating;
using HeyGen.Ci.Scoring.Tests.Fakes;
using HeyGen.Ci.Scoring.Tests.Models;

namespace HeyGen.Ci.Scoring.Tests.Gating;

public sealed class SeededRegressionTests : IDisposable
{
    private readonly RunFolders _folders = new();

    public static TheoryData<Regression, string, string> Seeds => new()
    {
        { Regression.RenamedField, ShopRuns.Product,
            "field $.price removed, $.unitPrice added with the same value — a renamed field?" },
        { Regression.ChangedType, ShopRuns.Product, "field $.price changed type (number → string)" },
        { Regression.ChangedStatus, ShopRuns.AddItem, "status 200 (expected 201)" },
        { Regression.SlowRoute, ShopRuns.Product, $"on {ShopRuns.Product} only — look at that handler" },
        { Regression.ServerError, ShopRuns.Checkout, "status 500 (expected 200) — the handler fails; the log has" },
        { Regression.MissingItem, ShopRuns.Catalogue, "item $.items[11] missing" },
        { Regression.ReorderedList, ShopRuns.Catalogue, "list $.items in another order" },
        { Regression.LargerResponse, ShopRuns.Cart, "response 3.0× larger" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Gate_SeededRegression_FailsAndNamesTheChange(Regression regression, string endpoint, string hint)
    {
        var run = _folders.Shop(seed: 100 + (int)regression, regression);

        var verdict = await ScoreAndGateAsync(run);

        Assert.Equal(Decision.Fail, verdict.Decision);
        var reasons = verdict.Reasons.Where(r => r.Severity == Decision.Fail && r.Endpoint == endpoint).ToList();
        Assert.NotEmpty(reasons);
        Assert.Contains(reasons, r => r.WhereToLook?.Contains(hint, StringComparison.Ordinal) == true);
        Assert.Equal(Decision.Fail, verdict.Endpoints.Single(e => e.Endpoint == endpoint).Decision);
    }

    [Fact]
    public async Task Gate_SlowRoute_WhereToLookQuotesTheMedians()
    {
        var verdict = await ScoreAndGateAsync(_folders.Shop(seed: 5, Regression.SlowRoute));

        var judge = Assert.Single(verdict.Reasons, r => r.Kind == "judge" && r.Measure == "latency");
        Assert.Equal(ShopRuns.Product, judge.Endpoint);
        Assert.Matches(@"^latency \+1[4-6]\d ms \(p50 1\d→1[5-7]\d ms\)", judge.WhereToLook);
        Assert.DoesNotContain(verdict.Endpoints, e => e.Endpoint != ShopRuns.Product && e.Decision == Decision.Fail);
    }

    [Fact]
    public async Task Gate_UnchangedReruns_PassEveryTime()
    {
        for (var seed = 1; seed <= 12; seed++)
        {
            var verdict = await ScoreAndGateAsync(_folders.Shop(seed, Regression.None));

            Assert.True(verdict.Decision == Decision.Pass, $"seed {seed}: {verdict.Headline}");
            Assert.True(verdict.Score < ScoringThresholds.Default.WarnScore, $"seed {seed}: score {verdict.Score}");
        }
    }

    [Theory]
    [InlineData(Regression.SlowRoute, ShopRuns.Product)]
    [InlineData(Regression.LargerResponse, ShopRuns.Cart)]
    public async Task Model_SeedThatPassesEveryAssertion_IsMissedByAConstantModelAndCaughtByTheDefault(
        Regression regression, string endpoint)
    {
        var run = _folders.Shop(seed: 42, regression);
        var constantModel = Path.Combine(_folders.Folder(), "constant.onnx");
        await File.WriteAllBytesAsync(constantModel, TestModels.Constant());

        var constant = await ScoreAndGateAsync(run, constantModel);
        var fitted = await ScoreAndGateAsync(run);

        Assert.Equal(0, constant.Candidate!.Failed);
        Assert.DoesNotContain(constant.Reasons, r => r.Kind is "anomaly" or "scenario-failed" or "schema-change");
        Assert.Equal("custom", constant.Model!.Kind);
        var anomaly = Assert.Single(fitted.Reasons, r => r.Kind == "anomaly" && r.Severity == Decision.Fail);
        Assert.Equal(endpoint, anomaly.Endpoint);
        Assert.Equal("default", fitted.Model!.Kind);
    }

    [Fact]
    public async Task Gate_ErroredScenario_IsInconclusiveNotPass()
    {
        var runs = new ShopRuns(9);
        var candidate = runs.Run("candidate");
        candidate = candidate with
        {
            Scenarios = [.. candidate.Scenarios.Select((s, i) => i == 0
                ? s with { Outcome = Outcome.Errored, Error = "connection refused" } : s)],
        };
        var run = _folders.Create(runs.Run("baseline"), runs.Run("baseline-2"), candidate);

        var verdict = await ScoreAndGateAsync(run);

        Assert.Equal(Decision.Inconclusive, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Kind == "inconclusive" && r.Scenario == "browse.feature:5");
    }

    [Fact]
    public async Task Gate_TargetThatNeverAnswered_IsInconclusiveNotFail()
    {
        var runs = new ShopRuns(11);
        var candidate = runs.Run("candidate");
        candidate = candidate with
        {
            Scenarios = [.. candidate.Scenarios.Select(s => s with
            {
                Outcome = Outcome.Errored,
                Error = "no response within 2 s",
                Exchanges = [.. s.Exchanges.Select(e => e with
                {
                    Status = 0, LatencyMs = 2000, ResponseBytes = 0, Differences = [],
                    TransportError = "no response from http://127.0.0.1:18999 within 2 s",
                })],
            })],
        };
        var run = _folders.Create(runs.Run("baseline"), runs.Run("baseline-2"), candidate);

        var verdict = await ScoreAndGateAsync(run);

        Assert.Equal(Decision.Inconclusive, verdict.Decision);
        Assert.DoesNotContain(verdict.Reasons, r => r.Severity == Decision.Fail);
        Assert.Contains(verdict.Reasons, r => r.Kind == "inconclusive" && r.Measure == "transport");
    }

    [Fact]
    public async Task Gate_ScenarioMissingFromTheCandidate_IsACoverageDrop()
    {
        var runs = new ShopRuns(10);
        var candidate = runs.Run("candidate");
        candidate = candidate with { Scenarios = [.. candidate.Scenarios.Skip(1)] };
        var run = _folders.Create(runs.Run("baseline"), runs.Run("baseline-2"), candidate);

        var verdict = await ScoreAndGateAsync(run);

        Assert.Equal(Decision.Inconclusive, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Kind == "coverage" && r.Message.Contains("browse.feature:5",
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gate_FlakyScenario_IsReportedApartAndDoesNotFail()
    {
        var runs = new ShopRuns(11);
        var candidate = runs.Run("candidate");
        candidate = candidate with
        {
            Scenarios = [.. candidate.Scenarios.Select((s, i) => i == 2 ? s with { Attempts = 2, Flaky = true } : s)],
        };
        var run = _folders.Create(runs.Run("baseline"), runs.Run("baseline-2"), candidate);

        var verdict = await ScoreAndGateAsync(run);

        Assert.Equal(Decision.Warn, verdict.Decision);
        Assert.Equal(["product.feature:8:15"], verdict.FlakyScenarios);
        Assert.Contains(verdict.Reasons, r => r.Kind == "flaky" && r.Severity == Decision.Warn);
    }

    [Fact]
    public async Task Gate_RecordingOnly_ReportsLatencyAsInconclusiveAndStillJudgesShapes()
    {
        var slow = _folders.Create(new ShopRuns(12).Run("candidate", Regression.SlowRoute));
        var renamed = _folders.Create(new ShopRuns(13).Run("candidate", Regression.RenamedField));

        var slowVerdict = await ScoreAndGateAsync(slow);
        var renamedVerdict = await ScoreAndGateAsync(renamed);

        Assert.Equal("recording", slowVerdict.Baseline.Kind);
        Assert.Equal(Decision.Pass, slowVerdict.Decision);
        Assert.Contains(slowVerdict.Reasons, r => r.Kind == "inconclusive" && r.Measure == "latency");
        Assert.All(slowVerdict.Endpoints.SelectMany(e => e.Tests), t => Assert.NotNull(t.Inconclusive));
        Assert.Equal(Decision.Fail, renamedVerdict.Decision);
        Assert.Contains(renamedVerdict.Reasons, r => r.Kind == "schema-change" && r.Endpoint == ShopRuns.Product);
    }

    [Fact]
    public async Task Gate_WarnAndFailThresholds_AreTheOnesGiven()
    {
        var run = _folders.Shop(seed: 14, Regression.LargerResponse);
        await ScoreAndGateAsync(run);
        var strict = new ScoringThresholds { WarnScore = 0.01, FailScore = 100 };

        var verdict = await new Gate().GateAsync(new GateRequest { Run = run, Thresholds = strict },
            CancellationToken.None);

        Assert.Equal(Decision.Warn, verdict.Decision);
        Assert.Equal(100, verdict.FailThreshold);
        Assert.DoesNotContain(verdict.Reasons, r => r.Kind == "anomaly" && r.Severity == Decision.Fail);
    }

    public void Dispose() => _folders.Dispose();

    internal static async Task<Verdict> ScoreAndGateAsync(RunFolder run, string? model = null)
    {
        using var pipeline = new ScoringPipeline();
        await pipeline.ScoreAsync(
            new ScoreRequest { Run = run, ModelFile = model, Runtime = DefaultModelTests.CpuOnly },
                CancellationToken.None);

        return await new Gate().GateAsync(new GateRequest { Run = run }, CancellationToken.None);
    }
}
