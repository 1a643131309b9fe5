namespace HeyGen.Ci.Cli.Ci;

/// <summary>How long one stage of <c>heygen ci</c> took, and how it ended.</summary>
/// <param name="Stage">The stage name (<c>generate</c>, <c>run candidate</c>, …).</param>
/// <param name="DurationMs">Wall time.</param>
/// <param name="Outcome"><c>ok</c>, <c>findings</c>, <c>failed</c> or <c>skipped</c>.</param>
/// <param name="Detail">One line for the summary.</param>
internal sealed record StageTiming(string Stage, double DurationMs, string Outcome, string? Detail);
