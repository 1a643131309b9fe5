using System.Globalization;
using System.Text;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Verdicts;

namespace HeyGen.Ci.GitHub.Reporting;

/// <summary>
/// Renders a verdict and the run's results into Markdown, once for the pull-request comment and once for the job
/// summary, each within its limit. Nothing taken from a recording or an observation can break the Markdown.
/// </summary>
public static class ReportRenderer
{
    /// <summary>Renders the comment and the summary.</summary>
    /// <param name="verdict">The gate's verdict.</param>
    /// <param name="results">The run's result files; the one labelled <c>candidate</c> is reported on.</param>
    /// <param name="context">The report's name, links and limits.</param>
    public static RenderedReport Render(Verdict verdict, IReadOnlyList<RunResult> results, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(context);
        ReportMarker.Validate(context.ReportName);

        var comment = new ReportWriter(verdict, results, context, ReportProfile.Comment).Blocks();
        var summary = new ReportWriter(verdict, results, context, ReportProfile.Summary).Blocks();
        var commentLimit = Math.Min(context.CommentLimit, ReportContext.GitHubCommentLimit);

        var (commentText, commentCut) = new ReportFitter(s => s.Length, commentLimit)
            .Fit(comment, cut => CutNote(cut, context, Characters(commentLimit)));
        var (summaryText, summaryCut) = new ReportFitter(Encoding.UTF8.GetByteCount, context.SummaryLimitBytes)
            .Fit(summary, cut => CutNote(cut, context, SizeInWords(context.SummaryLimitBytes)));

        return new RenderedReport(commentText, summaryText, commentCut, summaryCut);
    }

    private static string CutNote(string cut, ReportContext context, string limit)
    {
        var where = context.RunUrl is { } url
            ? "the " + MarkdownText.Link("job summary", url)
            : "`report.md` in the run folder";

        return $"> [!NOTE]\n> Shortened to fit the limit of {limit}: left out {cut}. " +
            $"The full report is in {where}.";
    }

    private static string Characters(int count)
        => string.Create(CultureInfo.InvariantCulture, $"{count:N0} characters");

    private static string SizeInWords(int bytes)
        => bytes % 1024 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:N0} KiB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
