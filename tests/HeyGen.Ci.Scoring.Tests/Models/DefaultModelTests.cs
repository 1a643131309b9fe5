using HeyGen.Ci.Scoring.Features;
using HeyGen.Ci.Scoring.Inference;
using HeyGen.Ci.Scoring.Models;
using HeyGen.Ci.Scoring.Tests.Fakes;

namespace HeyGen.Ci.Scoring.Tests.Models;

public sealed class DefaultModelTests : IDisposable
{
    private readonly RunFolders _folders = new();

    [Fact]
    public void Model_BuiltSavedAndReloaded_ScoresEqualThePlainReferenceTo1e5()
    {
        var random = new Random(7);
        var baseline = Rows(random, 2_000, anomalous: false);
        var model = DefaultModelFitter.Fit(baseline);
        var path = Path.Combine(_folders.Folder(), "model.onnx");
        File.WriteAllBytes(path, DefaultModelWriter.Write(model));

        var probe = Rows(random, 500, anomalous: false).Concat(Rows(random, 20, anomalous: true)).ToList();
        using var scorer = OnnxScorer.Load(File.ReadAllBytes(path), path, CpuOnly, new ListLogger());
        var (scores, recon) = Run(scorer, probe);

        for (var i = 0; i < probe.Count; i++)
        {
            var (score, reconstruction) = model.ScoreRow(probe[i]);
            Assert.True(Math.Abs(scores[i] - score) <= 1e-5 * Math.Max(1, Math.Abs(score)),
                $"row {i}: {scores[i]} vs {score}");
            Assert.True(Math.Abs(recon[i] - reconstruction) <= 1e-5 * Math.Max(1, reconstruction), $"row {i}: recon");
        }
    }

    [Fact]
    public void Score_TypicalAndAnomalousRows_AreFarApart()
    {
        var random = new Random(11);
        var model = DefaultModelFitter.Fit(Rows(random, 2_000, anomalous: false));

        var typical = Rows(random, 200, anomalous: false).Average(r => model.ScoreRow(r).Score);
        var anomalous = Rows(random, 200, anomalous: true).Average(r => model.ScoreRow(r).Score);

        Assert.InRange(typical, 0.5, 1.2);
        Assert.True(anomalous > 3 * typical, $"anomalous {anomalous} vs typical {typical}");
    }

    [Fact]
    public void Fit_NoBaselineRows_GivesTheFloorsAsScale()
    {
        var model = DefaultModelFitter.Fit([]);

        Assert.Equal(FeatureSet.Floors.Select(f => (float)f), model.Scale);
        Assert.All(model.Mean, m => Assert.Equal(0f, m));
    }

    public void Dispose() => _folders.Dispose();

    internal static ScoringRuntimeOptions CpuOnly { get; } = new() { Provider = ExecutionProviderPreference.Cpu };

    internal static List<float[]> Rows(Random random, int count, bool anomalous)
    {
        var rows = new List<float[]>();
        for (var n = 0; n < count; n++)
        {
            var row = new float[FeatureSet.Count];
            var shared = Gaussian(random);
            for (var j = 0; j < row.Length; j++)
            {
                // Correlated latency features, independent rest, as the baseline of a real run looks.
                row[j] = (float)((j < 3 ? shared * 0.2 : 0) + (Gaussian(random) * 0.05 * (1 + (j % 4))));
            }

            if (anomalous)
            {
                row[random.Next(row.Length)] += 3f;
            }

            rows.Add(row);
        }

        return rows;
    }

    private static (float[] Scores, float[] Recon) Run(OnnxScorer scorer, List<float[]> rows)
    {
        var input = rows.SelectMany(r => r).ToArray();
        var scores = new float[rows.Count];
        var recon = new float[rows.Count];
        scorer.Score(input, rows.Count, scores, recon);

        return (scores, recon);
    }

    private static double Gaussian(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
