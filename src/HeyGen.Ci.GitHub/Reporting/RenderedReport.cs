namespace HeyGen.Ci.GitHub.Reporting;

/// <summary>A report rendered once for both places it goes.</summary>
/// <param name="Comment">The pull-request comment: marker first, at most the comment limit.</param>
/// <param name="Summary">The full report for the job summary and <c>report.md</c>, at most the summary limit.</param>
/// <param name="CommentCut">What was left out of the comment to fit, in words; null when nothing was.</param>
/// <param name="SummaryCut">What was left out of the summary to fit, in words; null when nothing was.</param>
public sealed record RenderedReport(string Comment, string Summary, string? CommentCut, string? SummaryCut);
