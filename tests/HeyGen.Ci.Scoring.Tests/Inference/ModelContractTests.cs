using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Scoring.Inference;
using HeyGen.Ci.Scoring.Tests.Fakes;
using HeyGen.Ci.Scoring.Tests.Models;

namespace HeyGen.Ci.Scoring.Tests.Inference;

public sealed class ModelContractTests : IDisposable
{
    private readonly RunFolders _folders = new();

    [Fact]
    public void Load_WrongInputWidth_IsRefusedWithHGCI6002SayingWhatWasExpectedAndFound()
    {
        var error = Assert.Throws<HeyGenException>(() => Load(TestModels.Constant(width: 8)));

        Assert.Equal("HGCI6002", error.Diagnostic.Code);
        Assert.Contains("expected input 'X' float[N,16]", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("found 'X' float[N,8]", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongInputName_IsRefusedWithHGCI6002()
    {
        var error = Assert.Throws<HeyGenException>(() => Load(TestModels.Constant(input: "features")));

        Assert.Equal("HGCI6002", error.Diagnostic.Code);
        Assert.Contains("'features'", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoScoreOutput_IsRefusedWithHGCI6003()
    {
        var error = Assert.Throws<HeyGenException>(() => Load(TestModels.Constant(output: "anomaly")));

        Assert.Equal("HGCI6003", error.Diagnostic.Code);
        Assert.Contains("found 'anomaly' float[N]", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BytesThatAreNoModel_AreRefusedWithHGCI6001()
    {
        var error = Assert.Throws<HeyGenException>(() => Load("not an onnx model"u8.ToArray()));

        Assert.Equal("HGCI6001", error.Diagnostic.Code);
    }

    [Fact]
    public async Task Score_ModelGivingNaN_IsRefusedWithHGCI6004()
    {
        var run = _folders.Shop(1, Regression.None);
        var model = Path.Combine(_folders.Folder(), "nan.onnx");
        await File.WriteAllBytesAsync(model, TestModels.NotANumber());
        using var pipeline = new ScoringPipeline();

        var error = await Assert.ThrowsAsync<HeyGenException>(() => pipeline.ScoreAsync(
            new ScoreRequest { Run = run, ModelFile = model, Runtime = DefaultModelTests.CpuOnly },
                CancellationToken.None));

        Assert.Equal("HGCI6004", error.Diagnostic.Code);
    }

    [Fact]
    public async Task Score_ModelFileMissing_IsRefusedWithHGCI6001()
    {
        var run = _folders.Shop(1, Regression.None);
        using var pipeline = new ScoringPipeline();

        var error = await Assert.ThrowsAsync<HeyGenException>(() => pipeline.ScoreAsync(
            new ScoreRequest { Run = run, ModelFile = "/nonexistent/model.onnx" }, CancellationToken.None));

        Assert.Equal("HGCI6001", error.Diagnostic.Code);
        Assert.Contains("/nonexistent/model.onnx", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folders.Dispose();

    private static void Load(byte[] model)
    {
        using var scorer = OnnxScorer.Load(model, "team-model.onnx", DefaultModelTests.CpuOnly, new ListLogger());
    }
}
