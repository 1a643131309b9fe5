namespace HeyGen.Ci.Scoring.Judge;

/// <summary>
/// The Brown–Forsythe test for a change in spread: a one-way analysis of variance of the absolute deviations
/// from each group's median, so one slow outlier does not carry it as it would with Levene on means.
/// </summary>
internal static class SpreadTest
{
    /// <summary>The F statistic (1 and n−2 degrees of freedom) and its p-value.</summary>
    public static (double F, double P) BrownForsythe(IReadOnlyList<double> candidate, IReadOnlyList<double> baseline)
    {
        var a = Deviations(candidate);
        var b = Deviations(baseline);
        var n = a.Length + b.Length;
        var grand = a.Concat(b).Average();
        var meanA = a.Average();
        var meanB = b.Average();

        var between = (a.Length * Square(meanA - grand)) + (b.Length * Square(meanB - grand));
        var within = a.Sum(v => Square(v - meanA)) + b.Sum(v => Square(v - meanB));
        if (within <= 0)
        {
            return between > 0 ? (double.PositiveInfinity, 0) : (0, 1);
        }

        var f = between / (within / (n - 2));

        return (f, SpecialFunctions.FUpperTail(f, 1, n - 2));
    }

    /// <summary>The median absolute deviation of a sample.</summary>
    public static double MedianAbsoluteDeviation(IReadOnlyList<double> values)
        => Features.Stats.Median(Deviations(values));

    private static double[] Deviations(IReadOnlyList<double> values)
    {
        var median = Features.Stats.Median(values);

        return [.. values.Select(v => Math.Abs(v - median))];
    }

    private static double Square(double v) => v * v;
}
