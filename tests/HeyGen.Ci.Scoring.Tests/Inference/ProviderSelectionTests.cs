using HeyGen.Ci.Scoring.Inference;
using HeyGen.Ci.Scoring.Models;
using HeyGen.Ci.Scoring.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace HeyGen.Ci.Scoring.Tests.Inference;

public sealed class ProviderSelectionTests(ITestOutputHelper output)
{
    [Fact]
    public void Load_CudaAbsent_RunsOnCpuAndSaysSoInExactlyOneLine()
    {
        var logger = new ListLogger();
        var model = DefaultModelWriter.Write(DefaultModelFitter.Fit([]));

        using var scorer = OnnxScorer.Load(model, "model.onnx", ScoringRuntimeOptions.Default, logger);

        Assert.Equal("CPU", scorer.Provider);
        var line = Assert.Single(logger.Lines, l => l.Level >= LogLevel.Information);
        Assert.Equal(ScoringEvents.ProviderSelected, line.Event);
        Assert.Contains("on CPU: CUDA is not available", line.Message, StringComparison.Ordinal);
        output.WriteLine(line.Message);
    }

    [Fact]
    public void Load_CpuConfigured_DoesNotTryCudaAndSaysSoInOneLine()
    {
        var logger = new ListLogger();
        var model = DefaultModelWriter.Write(DefaultModelFitter.Fit([]));

        using var scorer = OnnxScorer.Load(model, "model.onnx",
            new() { Provider = ExecutionProviderPreference.Cpu }, logger);

        Assert.Equal("CPU", scorer.Provider);
        var line = Assert.Single(logger.Lines, l => l.Level >= LogLevel.Information);
        Assert.Contains("on CPU, as configured", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_SessionReused_GivesTheSameScoresForTheSameRowsInAnyBatch()
    {
        var model = DefaultModelFitter.Fit(Models.DefaultModelTests.Rows(new Random(3), 500, anomalous: false));
        using var scorer = OnnxScorer.Load(DefaultModelWriter.Write(model), "m", Models.DefaultModelTests.CpuOnly,
            new ListLogger());
        var rows = Models.DefaultModelTests.Rows(new Random(4), 64, anomalous: true).SelectMany(r => r).ToArray();

        var whole = new float[64];
        scorer.Score(rows, 64, whole, new float[64]);
        var half = new float[32];
        scorer.Score(rows[(32 * 16)..], 32, half, new float[32]);

        Assert.Equal(whole[32..], half);
    }
}
