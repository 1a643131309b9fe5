using HeyGen.Ci.Scoring.Judge;

namespace HeyGen.Ci.Scoring.Tests.Judge;

public sealed class StatisticsTests
{
    [Fact]
    public void MannWhitney_SeparatedSamples_MatchTheNormalApproximationByHand()
    {
        // U = 0; mean 12.5; variance 5·5/12·11 = 22.917; z = (12.5 − 0.5)/4.787 = 2.5067; p = 0.01219.
        var (u, z, p) = RankTest.MannWhitney([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);

        Assert.Equal(0, u);
        Assert.Equal(-2.5067, z, 3);
        Assert.Equal(0.01219, p, 4);
    }

    [Fact]
    public void MannWhitney_Ties_UseMidRanksAndShrinkTheVariance()
    {
        // Ranks: 1,1 → 1.5; 2,2,2 → 4; 3,3 → 6.5; 4 → 8. Candidate sum 1.5+1.5+4+4 = 11, U = 1.
        // Tie term 6+24+6 = 36; variance 16/12·(9 − 36/56) = 11.143; z = (8 − 1 − 0.5)/3.338 = 1.947.
        var (u, z, p) = RankTest.MannWhitney([1, 1, 2, 2], [2, 3, 3, 4]);

        Assert.Equal(1, u);
        Assert.Equal(-1.947, z, 2);
        Assert.Equal(0.0515, p, 3);
    }

    [Fact]
    public void MannWhitney_AllValuesEqual_IsNotSignificant()
    {
        var (_, z, p) = RankTest.MannWhitney([5, 5, 5], [5, 5, 5, 5]);

        Assert.Equal(0, z);
        Assert.Equal(1, p);
    }

    [Fact]
    public void BrownForsythe_TwiceTheSpread_MatchesTheAnalysisOfDeviationsByHand()
    {
        // Deviations from medians: [2,1,0,1,2] and [4,2,0,2,4]; between 3.6, within 14, F = 3.6/(14/8) = 2.057.
        var (f, p) = SpreadTest.BrownForsythe([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);

        Assert.Equal(2.0571, f, 3);
        Assert.Equal(0.1893, p, 2);
    }

    [Fact]
    public void BrownForsythe_SameSpreadOtherLocation_IsNotSignificant()
    {
        var (f, p) = SpreadTest.BrownForsythe([1, 2, 3, 4, 5], [101, 102, 103, 104, 105]);

        Assert.Equal(0, f, 9);
        Assert.Equal(1, p, 9);
    }

    [Theory]
    [InlineData(1.959964, 0.025)]
    [InlineData(0, 0.5)]
    [InlineData(-1.644854, 0.95)]
    [InlineData(3.090232, 0.001)]
    public void NormalUpperTail_KnownQuantiles(double z, double tail)
        => Assert.Equal(tail, SpecialFunctions.NormalUpperTail(z), 6);

    [Theory]
    [InlineData(4.0, 1, 10, 0.07339)]
    [InlineData(4.964603, 1, 10, 0.05)]
    [InlineData(3.0, 2, 20, 0.07252)]
    public void FUpperTail_KnownValues(double f, double d1, double d2, double p)
        => Assert.Equal(p, SpecialFunctions.FUpperTail(f, d1, d2), 4);
}
