using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Scoring.Gating;
using HeyGen.Ci.Scoring.Scores;
using HeyGen.Ci.Scoring.Tests.Fakes;
using HeyGen.Ci.Scoring.Tests.Models;

namespace HeyGen.Ci.Scoring.Tests.Gating;

public sealed class GateErrorTests : IDisposable
{
    private readonly RunFolders _folders = new();

    [Theory]
    [InlineData(2.0, 3.0, 0.01, 5, "above the fail threshold")]
    [InlineData(-1.0, 2.0, 0.01, 5, "the fail threshold is -1")]
    [InlineData(3.0, 2.0, 1.5, 5, "significance level")]
    [InlineData(3.0, 2.0, 0.01, 1, "minimum sample size")]
    public void Validate_InconsistentThresholds_AreRefusedWithHGCI6006(
        double fail, double warn, double alpha, int minSamples, string why)
    {
        var thresholds = new ScoringThresholds { FailScore = fail, WarnScore = warn, Alpha = alpha,
            MinSamples = minSamples };

        var error = Assert.Throws<HeyGenException>(() => Gate.Validate(thresholds));

        Assert.Equal("HGCI6006", error.Diagnostic.Code);
        Assert.Contains(why, error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.ExitCode);
    }

    [Fact]
    public async Task Gate_ScoresOfAnotherFeatureVersion_AreRefusedWithHGCI6007()
    {
        var run = _folders.Shop(31, Regression.None);
        using var pipeline = new ScoringPipeline();
        var scores = await pipeline.ScoreAsync(
            new ScoreRequest { Run = run, Runtime = DefaultModelTests.CpuOnly }, CancellationToken.None);
        await HeyGenJson.WriteAsync(run.ScoresFile, scores with { FeatureVersion = "features/v0" },
            CancellationToken.None);

        var error = await Assert.ThrowsAsync<HeyGenException>(
            () => new Gate().GateAsync(new GateRequest { Run = run }, CancellationToken.None));

        Assert.Equal("HGCI6007", error.Diagnostic.Code);
        Assert.Contains("features/v0", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_BaselineSharingNoScenario_IsLeftOutWithHGCI6005AndTheRestStillScored()
    {
        var runs = new ShopRuns(32);
        var run = _folders.Create(runs.Run("candidate"));
        var unrelated = _folders.File("unrelated.json", runs.Run("old") with { Scenarios = [] });
        var related = _folders.File("related.json", runs.Run("main"));
        var diagnostics = new DiagnosticBag();
        using var pipeline = new ScoringPipeline();

        var scores = await pipeline.ScoreAsync(new ScoreRequest
        {
            Run = run,
            BaselineFiles = [unrelated, related],
            Diagnostics = diagnostics,
            Runtime = DefaultModelTests.CpuOnly,
        }, CancellationToken.None);

        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal("HGCI6005", warning.Code);
        Assert.Equal(unrelated, warning.File);
        Assert.Equal([related], scores.Baseline.Sources);
        Assert.NotEmpty(scores.Exchanges);
    }

    [Fact]
    public async Task Score_WritesScoresThatReadBackWithTheirSchema()
    {
        var run = _folders.Shop(33, Regression.None);
        using var pipeline = new ScoringPipeline();
        var scores = await pipeline.ScoreAsync(
            new ScoreRequest { Run = run, Runtime = DefaultModelTests.CpuOnly }, CancellationToken.None);

        var read = await HeyGenJson.ReadAsync<ScoreSet>(run.ScoresFile, ScoreSet.SchemaName, CancellationToken.None);

        Assert.Equal(scores.Exchanges.Count, read.Exchanges.Count);
        Assert.Equal(16, read.Features.Count);
        Assert.All(read.Exchanges, e => Assert.Equal(16, e.Features.Count));
        Assert.Equal(scores.Endpoints.Select(e => e.Score), read.Endpoints.Select(e => e.Score));
    }

    public void Dispose() => _folders.Dispose();
}
