namespace HeyGen.Ci.Core.Verdicts;

/// <summary>How much one measure contributed to a score.</summary>
/// <param name="Measure">The feature name (<c>latency_ratio</c>, <c>size_ratio</c>, …).</param>
/// <param name="Value">The measure's value on the candidate.</param>
/// <param name="BaselineValue">Its typical value on the baseline.</param>
/// <param name="Contribution">Its share of the score, 0 to 1.</param>
public sealed record ScoreContributor(string Measure, double Value, double BaselineValue, double Contribution);
