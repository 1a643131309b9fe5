namespace HeyGen.Ci.Scoring.Features;

/// <summary>Medians and quantiles of small samples.</summary>
internal static class Stats
{
    public static double Median(IEnumerable<double> values) => Quantile(values, 0.5);

    public static double Quantile(IEnumerable<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);

        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }

    public static int? Mode(IEnumerable<int> values)
    {
        var groups = values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();

        return groups?.Key;
    }
}
