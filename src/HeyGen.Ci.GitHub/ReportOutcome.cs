using HeyGen.Ci.GitHub.Publishing;
using HeyGen.Ci.GitHub.Reporting;

namespace HeyGen.Ci.GitHub;

/// <summary>What reporting a run did.</summary>
/// <param name="Report">The rendered comment and summary.</param>
/// <param name="ReportFile">Where the full report was written (<c>report.md</c>).</param>
/// <param name="Published">What publishing did; null when it was not attempted.</param>
/// <param name="CommentFile">Where the comment was written when it was not published; null when it was.</param>
public sealed record ReportOutcome(
    RenderedReport Report, string ReportFile, PublishResult? Published, string? CommentFile);
