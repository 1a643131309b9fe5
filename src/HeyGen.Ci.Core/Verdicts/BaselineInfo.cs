namespace HeyGen.Ci.Core.Verdicts;

/// <summary>What the candidate was compared with; the baseline is named, never guessed.</summary>
/// <param name="Kind">
/// <c>run</c> (a run against the baseline image), <c>files</c> (earlier base-branch result files), or
/// <c>recording</c> (shapes and statuses only: latency and resources are then inconclusive, not judged).
/// </param>
/// <param name="Sources">The result files or labels the baseline came from.</param>
/// <param name="NoiseFloor">Whether a second baseline run measured the noise floor.</param>
public sealed record BaselineInfo(string Kind, IReadOnlyList<string> Sources, bool NoiseFloor);
