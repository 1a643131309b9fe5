using System.Text.Json;
using System.Text.Json.Nodes;
using HeyGen.Ci.Cli;
using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Verdicts;
using HeyGen.Ci.Scoring.Scores;
using HeyGen.Ci.Scoring.Tests.Fakes;

namespace HeyGen.Ci.Cli.Tests.Scoring;

public sealed class ScoreAndGateCommandTests : IDisposable
{
    private readonly RunFolders _folders = new();

    [Fact]
    public async Task ScoreThenGate_RenamedField_WritesTheFilesAndExitsOne()
    {
        var run = _folders.Shop(21, Regression.RenamedField);

        Assert.Equal(0, await Heygen("score", "--run", run.Root, "--provider", "cpu"));
        Assert.Equal(1, await Heygen("gate", "--run", run.Root));

        Assert.True(new FileInfo(run.ModelFile).Length > 1000);
        var scores = await HeyGenJson.ReadAsync<ScoreSet>(run.ScoresFile, ScoreSet.SchemaName, CancellationToken.None);
        Assert.Equal("run", scores.Baseline.Kind);
        var verdict = await HeyGenJson.ReadAsync<Verdict>(run.VerdictFile, Verdict.SchemaName, CancellationToken.None);
        Assert.Equal(Decision.Fail, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.WhereToLook?.Contains("a renamed field?",
            StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Gate_UnchangedRun_ExitsZero()
    {
        var run = _folders.Shop(22, Regression.None);

        Assert.Equal(0, await Heygen("score", "--run", run.Root));
        Assert.Equal(0, await Heygen("gate", "--run", run.Root));
    }

    [Fact]
    public async Task Gate_Fail_WithFailOnNever_ExitsZero()
    {
        var run = _folders.Shop(23, Regression.ChangedStatus);
        await Heygen("score", "--run", run.Root);

        Assert.Equal(0, await Heygen("gate", "--run", run.Root, "--fail-on", "never"));
    }

    [Fact]
    public async Task Gate_Warn_WithFailOnWarn_ExitsOne()
    {
        var run = _folders.Shop(24, Regression.LargerResponse);
        await Heygen("score", "--run", run.Root);

        Assert.Equal(0, await Heygen("gate", "--run", run.Root, "--fail-threshold", "1000", "--warn-threshold", "0.5"));
        Assert.Equal(1, await Heygen("gate", "--run", run.Root, "--fail-threshold", "1000", "--fail-on", "warn"));
    }

    [Fact]
    public async Task Gate_Inconclusive_ExitsThreeUnlessConfigured()
    {
        var runs = new ShopRuns(25);
        var candidate = runs.Run("candidate");
        candidate = candidate with
        {
            Scenarios = [.. candidate.Scenarios.Select((s, i) => i == 0 ? s with { Outcome = Outcome.Undefined } : s)],
        };
        var run = _folders.Create(runs.Run("baseline"), candidate);
        await Heygen("score", "--run", run.Root);

        Assert.Equal(3, await Heygen("gate", "--run", run.Root));
        Assert.Equal(0, await Heygen("gate", "--run", run.Root, "--inconclusive-exit", "0"));
    }

    [Fact]
    public async Task Score_ModelWithWrongInputShape_ExitsOneAndWritesNoScores()
    {
        var run = _folders.Shop(26, Regression.None);
        var model = Path.Combine(_folders.Folder(), "wrong.onnx");
        await File.WriteAllBytesAsync(model, TestModels.Constant(width: 12));

        Assert.Equal(1, await Heygen("score", "--run", run.Root, "--model", model));
        Assert.False(File.Exists(run.ScoresFile));
    }

    [Fact]
    public async Task Score_BaselineFiles_AreTheBaselineAndAnUnrelatedOneIsLeftOut()
    {
        var runs = new ShopRuns(27);
        var run = _folders.Create(runs.Run("candidate"));
        var related = _folders.File("main-1.json", runs.Run("main-1"));
        var unrelated = _folders.File("other.json", runs.Run("other") with { Scenarios = [] });

        Assert.Equal(0, await Heygen("score", "--run", run.Root, "--baseline", related, "--baseline", unrelated));

        var scores = await HeyGenJson.ReadAsync<ScoreSet>(run.ScoresFile, ScoreSet.SchemaName, CancellationToken.None);
        Assert.Equal("files", scores.Baseline.Kind);
        Assert.Equal([related], scores.Baseline.Sources);
    }

    [Fact]
    public async Task Gate_WarnAboveFail_IsAUsageError()
    {
        var run = _folders.Shop(28, Regression.None);
        await Heygen("score", "--run", run.Root);

        Assert.Equal(2, await Heygen("gate", "--run", run.Root, "--warn-threshold", "5", "--fail-threshold", "4"));
        Assert.False(File.Exists(run.VerdictFile));
    }

    [Fact]
    public async Task Gate_ScoresOfAnotherFeatureVersion_AreRefused()
    {
        var run = _folders.Shop(29, Regression.None);
        await Heygen("score", "--run", run.Root);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(run.ScoresFile))!;
        json["featureVersion"] = "features/v0";
        await File.WriteAllTextAsync(run.ScoresFile,
            json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        Assert.Equal(1, await Heygen("gate", "--run", run.Root));
        Assert.False(File.Exists(run.VerdictFile));
    }

    [Fact]
    public async Task Score_RunFolderMissing_IsAUsageError()
        => Assert.Equal(2, await Heygen("score", "--run", Path.Combine(_folders.Folder(), "absent")));

    public void Dispose() => _folders.Dispose();

    private static Task<int> Heygen(params string[] args) => HeyGenApp.RunAsync(args, CancellationToken.None);
}
