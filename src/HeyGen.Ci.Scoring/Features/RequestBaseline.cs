namespace HeyGen.Ci.Scoring.Features;

/// <summary>What one request (a scenario's n-th exchange) got on the baseline: its status, size and
/// differences.</summary>
internal sealed record RequestBaseline(int? Status, double? SizeP50, double[] DifferenceMedians);
