using HeyGen.Ci.Core.Analysis;
using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Scoring.Gating;
using HeyGen.Ci.Scoring.Tests.Fakes;
using HeyGen.Ci.Scoring.Tests.Models;

namespace HeyGen.Ci.Scoring.Tests.Gating;

public sealed class GateAnalysisNamesTests : IDisposable
{
    private readonly RunFolders _folders = new();

    [Fact]
    public async Task Gate_RunFolderWithAnalysis_ListsMaskedFieldsAndSecretParametersByNameOnly()
    {
        var run = _folders.Shop(41, Regression.None);
        var analysis = new BehaviourAnalysis
        {
            MaskedFields = [new MaskedField("POST /api/orders", "volatile", "$.createdAt", "a timestamp")],
            Secrets = [new SecretParameter("HEYGEN_SECRET_BODY_PASSWORD", SecretLocation.Body, "password", 3)],
        };
        await HeyGenJson.WriteAsync(run.AnalysisFile, analysis, CancellationToken.None);
        using var pipeline = new ScoringPipeline();
        await pipeline.ScoreAsync(
            new ScoreRequest { Run = run, Runtime = DefaultModelTests.CpuOnly }, CancellationToken.None);

        var verdict = await new Gate().GateAsync(new GateRequest { Run = run }, CancellationToken.None);

        Assert.Equal(["POST /api/orders $.createdAt"], verdict.MaskedFields);
        Assert.Equal(["HEYGEN_SECRET_BODY_PASSWORD"], verdict.SecretParameters);
    }

    [Fact]
    public async Task Gate_RunFolderWithoutAnalysis_LeavesTheListsEmpty()
    {
        var run = _folders.Shop(42, Regression.None);
        using var pipeline = new ScoringPipeline();
        await pipeline.ScoreAsync(
            new ScoreRequest { Run = run, Runtime = DefaultModelTests.CpuOnly }, CancellationToken.None);

        var verdict = await new Gate().GateAsync(new GateRequest { Run = run }, CancellationToken.None);

        Assert.Empty(verdict.MaskedFields);
        Assert.Empty(verdict.SecretParameters);
    }

    public void Dispose() => _folders.Dispose();
}
