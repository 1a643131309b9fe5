using HeyGen.Ci.Core.Verdicts;

namespace HeyGen.Ci.Scoring.Gating;

/// <summary>How decisions combine: a failure outweighs an inconclusive finding, which outweighs a warning.</summary>
internal static class Severity
{
    public static int Rank(Decision decision) => decision switch
    {
        Decision.Fail => 3,
        Decision.Inconclusive => 2,
        Decision.Warn => 1,
        _ => 0,
    };

    public static Decision Worst(IEnumerable<Decision> decisions)
        => decisions.DefaultIfEmpty(Decision.Pass).MaxBy(Rank);
}
