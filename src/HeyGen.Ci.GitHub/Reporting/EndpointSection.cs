using System.Globalization;
using System.Text;
using HeyGen.Ci.Core.Verdicts;

namespace HeyGen.Ci.GitHub.Reporting;

/// <summary>Scores per endpoint: a Mermaid bar chart and, beside it, the same numbers as a table.</summary>
internal static class EndpointSection
{
    private const int ChartEndpoints = 20;

    /// <summary>The chart, the table and, in the summary, the judge's tests.</summary>
    public static IEnumerable<ReportBlock> Blocks(Verdict verdict, ReportProfile profile)
    {
        if (verdict.Endpoints.Count == 0)
        {
            yield break;
        }

        var ranked = verdict.Endpoints
            .OrderByDescending(e => e.ModelScore)
            .ThenBy(e => e.Endpoint, StringComparer.Ordinal)
            .ToList();

        yield return new ReportBlock("### Scores per endpoint\n\n" + Chart(ranked, verdict), 5, "endpoint chart");
        yield return new ReportBlock(Table(ranked), 3, "endpoint table");
        if (!profile.IsComment && ranked.Any(e => e.Tests.Count > 0))
        {
            yield return new ReportBlock(Tests(ranked), 4, "judge tests");
        }
    }

    private static string Chart(IReadOnlyList<EndpointVerdict> ranked, Verdict verdict)
    {
        var shown = ranked.Take(ChartEndpoints).ToList();
        var top = Math.Max(1.0, Math.Max(shown.Max(e => e.ModelScore), verdict.FailThreshold));
        var labels = string.Join(", ", shown.Select(e => "\"" + Label(e.Endpoint) + "\""));
        var bars = string.Join(", ", shown.Select(e => MarkdownText.Number(e.ModelScore)));
        var line = string.Join(", ", shown.Select(_ => MarkdownText.Number(verdict.FailThreshold)));

        var builder = new StringBuilder("```mermaid\nxychart-beta\n")
            .Append("    title \"Anomaly score per endpoint (line: fail threshold)\"\n")
            .Append("    x-axis [").Append(labels).Append("]\n")
            .Append(Invariant($"    y-axis \"score\" 0 --> {MarkdownText.Number(top)}\n"))
            .Append("    bar [").Append(bars).Append("]\n")
            .Append("    line [").Append(line).Append("]\n```");
        if (ranked.Count > shown.Count)
        {
            builder.Append(Invariant($"\n\nThe chart shows the {shown.Count} highest of {ranked.Count} endpoints."));
        }

        return builder.ToString();
    }

    // Mermaid has no escape for a quote inside a label; keep only characters that cannot end one or the block.
    private static string Label(string endpoint)
    {
        var builder = new StringBuilder(endpoint.Length);
        foreach (var c in TextLimit.Cap(endpoint, 48))
        {
            var safe = char.IsAsciiLetterOrDigit(c) || " /{}_.:-…".Contains(c, StringComparison.Ordinal);
            builder.Append(safe ? c : '_');
        }

        return builder.ToString();
    }

    private static string Table(IReadOnlyList<EndpointVerdict> ranked)
    {
        var builder = new StringBuilder(
            "| Endpoint | Decision | Score | Samples | Baseline samples | Top contributor |\n" +
            "|---|---|---:|---:|---:|---|");
        foreach (var endpoint in ranked)
        {
            var top = endpoint.Contributors.FirstOrDefault();
            builder.Append("\n| ").Append(MarkdownText.Code(endpoint.Endpoint))
                .Append(" | ").Append(ReportWriter.Symbol(endpoint.Decision)).Append(' ')
                .Append(ReportWriter.Word(endpoint.Decision))
                .Append(" | ").Append(MarkdownText.Number(endpoint.ModelScore))
                .Append(Invariant($" | {endpoint.Samples} | {endpoint.BaselineSamples} | "))
                .Append(top is null ? "–" : MarkdownText.Code(top.Measure) + Invariant($" {top.Contribution:P0}"))
                .Append(" |");
        }

        return builder.ToString();
    }

    private static string Tests(IReadOnlyList<EndpointVerdict> ranked)
    {
        var builder = new StringBuilder("#### Judge tests\n\n")
            .Append("| Endpoint | Measure | Test | Effect | p | Samples | Significant |\n")
            .Append("|---|---|---|---:|---:|---:|---|");
        foreach (var endpoint in ranked)
        {
            foreach (var test in endpoint.Tests)
            {
                builder.Append("\n| ").Append(MarkdownText.Code(endpoint.Endpoint))
                    .Append(" | ").Append(MarkdownText.Code(test.Measure))
                    .Append(" | ").Append(MarkdownText.Text(test.Test))
                    .Append(" | ").Append(MarkdownText.Number(test.Effect))
                    .Append(" | ")
                    .Append(test.PValue is { } p ? p.ToString("0.000", CultureInfo.InvariantCulture) : "–")
                    .Append(Invariant($" | {test.Samples}/{test.BaselineSamples} | "))
                    .Append(test.Inconclusive is { } why ? "inconclusive: " + MarkdownText.Text(why)
                        : test.Significant ? "yes" : "no")
                    .Append(" |");
            }
        }

        return builder.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
