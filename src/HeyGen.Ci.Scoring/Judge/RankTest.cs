namespace HeyGen.Ci.Scoring.Judge;

/// <summary>
/// The Mann–Whitney U test for a shift in location, two-sided, with the normal approximation, a continuity
/// correction and the correction for ties (mid-ranks).
/// </summary>
internal static class RankTest
{
    /// <summary>U of the candidate sample, the z value and the two-sided p-value.</summary>
    public static (double U, double Z, double P) MannWhitney(IReadOnlyList<double> candidate,
        IReadOnlyList<double> baseline)
    {
        var n1 = candidate.Count;
        var n2 = baseline.Count;
        var pooled = candidate.Select(v => (Value: v, Candidate: true))
            .Concat(baseline.Select(v => (Value: v, Candidate: false)))
            .OrderBy(p => p.Value)
            .ToArray();

        var (rankSum, tieTerm) = CandidateRankSum(pooled);
        var u = rankSum - (n1 * (n1 + 1) / 2.0);
        var n = n1 + n2;
        var mean = n1 * n2 / 2.0;
        var variance = n1 * n2 / 12.0 * ((n + 1) - (tieTerm / (n * (n - 1.0))));
        if (variance <= 0)
        {
            return (u, 0, 1);
        }

        var distance = Math.Max(0, Math.Abs(u - mean) - 0.5);
        var z = Math.Sign(u - mean) * distance / Math.Sqrt(variance);

        return (u, z, Math.Min(1, 2 * SpecialFunctions.NormalUpperTail(Math.Abs(z))));
    }

    private static (double RankSum, double TieTerm) CandidateRankSum((double Value, bool Candidate)[] pooled)
    {
        var rankSum = 0.0;
        var tieTerm = 0.0;
        for (var start = 0; start < pooled.Length;)
        {
            var end = start;
            while (end + 1 < pooled.Length && pooled[end + 1].Value.Equals(pooled[start].Value))
            {
                end++;
            }

            var ties = end - start + 1;
            var midRank = ((start + end) / 2.0) + 1;
            for (var i = start; i <= end; i++)
            {
                rankSum += pooled[i].Candidate ? midRank : 0;
            }

            tieTerm += ((double)ties * ties * ties) - ties;
            start = end + 1;
        }

        return (rankSum, tieTerm);
    }
}
