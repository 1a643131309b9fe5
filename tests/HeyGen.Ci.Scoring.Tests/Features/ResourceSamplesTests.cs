using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Verdicts;
using HeyGen.Ci.Scoring.Features;
using HeyGen.Ci.Scoring.Tests.Fakes;

namespace HeyGen.Ci.Scoring.Tests.Features;

/// <summary>
/// CPU and memory are run-level features: they count only when the candidate and the baseline were sampled often
/// enough for a mean to mean something.
/// </summary>
public sealed class ResourceSamplesTests
{
    private const int Memory = 15;
    private const int Cpu = 14;

    [Fact]
    public void Extract_CandidateWithOneStatsSample_LeavesCpuAndMemoryOut()
    {
        var runs = new ShopRuns(5);
        var candidate = WithResources(runs.Run("candidate"), samples: 1, memoryMiB: 2, cpuPercent: 90);

        var rows = Extract(runs, candidate);

        Assert.All(rows, r => Assert.Equal(0f, r.Values[Memory]));
        Assert.All(rows, r => Assert.Equal(0f, r.Values[Cpu]));
    }

    [Fact]
    public void Extract_CandidateSampledOftenEnough_MeasuresItsMemoryAgainstTheBaseline()
    {
        var runs = new ShopRuns(5);
        var candidate = WithResources(runs.Run("candidate"), samples: BaselineProfile.MinResourceSamples,
            memoryMiB: 170, cpuPercent: 12);

        var rows = Extract(runs, candidate);

        // Twice the baseline's 85 MiB: ln 2 on every exchange.
        Assert.All(rows, r => Assert.InRange(r.Values[Memory], 0.6f, 0.8f));
    }

    [Fact]
    public void Extract_BaselineWithOneStatsSampleEach_LeavesMemoryOut()
    {
        var runs = new ShopRuns(5);
        var baseline = new[] { runs.Run("baseline"), runs.Run("baseline-2") }
            .Select(r => WithResources(r, samples: 1, memoryMiB: 3, cpuPercent: 0)).ToList();
        var candidate = runs.Run("candidate");
        var profile = BaselineProfile.FromRuns(new BaselineInfo("runs", ["baseline", "baseline-2"], true), baseline);

        var rows = new FeatureExtractor(profile, ScoringThresholds.Default).Extract(candidate);

        Assert.Null(profile.MemoryMiB);
        Assert.All(rows, r => Assert.Equal(0f, r.Values[Memory]));
    }

    private static IReadOnlyList<ExchangeFeatures> Extract(ShopRuns runs, RunResult candidate)
    {
        var baseline = new[] { runs.Run("baseline"), runs.Run("baseline-2") };
        var profile = BaselineProfile.FromRuns(new BaselineInfo("runs", ["baseline", "baseline-2"], true), baseline);

        return new FeatureExtractor(profile, ScoringThresholds.Default).Extract(candidate);
    }

    private static RunResult WithResources(RunResult run, int samples, double memoryMiB, double cpuPercent)
        => run with
        {
            SystemUnderTest = run.SystemUnderTest! with
            {
                Resources = new ResourceUsage
                {
                    Samples = samples,
                    CpuPercentMean = cpuPercent,
                    CpuPercentMax = cpuPercent,
                    MemoryMiBMean = memoryMiB,
                    MemoryMiBMax = memoryMiB,
                },
            },
        };
}
