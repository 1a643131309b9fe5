using System.Globalization;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Core.Verdicts;
using Spectre.Console;

namespace HeyGen.Ci.Cli.Ci;

/// <summary>
/// The one-screen summary at the end of <c>heygen ci</c>: the verdict, why, the stages, where things are.
/// </summary>
internal static class CiSummary
{
    private const int ReasonsShown = 6;

    /// <summary>Writes the summary.</summary>
    public static void Write(IAnsiConsole console, CiRecord record, Verdict? verdict, RunFolder run)
    {
        console.WriteLine();
        if (verdict is not null)
        {
            var colour = verdict.Decision switch
            {
                Decision.Pass => "green",
                Decision.Warn => "yellow",
                Decision.Fail => "red",
                _ => "blue",
            };
            console.MarkupLineInterpolated(
                $"[bold {colour}]{verdict.Decision.ToString().ToUpperInvariant()}[/] {verdict.Headline}");
            foreach (var reason in verdict.Reasons.Where(r => r.Severity != Decision.Pass).Take(ReasonsShown))
            {
                console.MarkupLineInterpolated($"  • {reason.Message}");
            }

            var more = verdict.Reasons.Count(r => r.Severity != Decision.Pass) - ReasonsShown;
            if (more > 0)
            {
                console.MarkupLineInterpolated($"  … and {more} more in the report");
            }
        }
        else
        {
            console.MarkupLine("[red]No verdict: a stage did not complete; its error follows.[/]");
        }

        console.Write(Stages(record));
        foreach (var (name, path) in record.Files)
        {
            var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
            var shown = relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
            console.MarkupLineInterpolated($"[grey]{name,-9}[/] {shown}");
        }

        console.MarkupLineInterpolated($"[grey]run folder[/] {run.Root}");
    }

    private static Table Stages(CiRecord record)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("stage").AddColumn("result")
            .AddColumn(new TableColumn("time").RightAligned());
        foreach (var stage in record.Stages)
        {
            table.AddRow(
                Markup.Escape(stage.Stage),
                Markup.Escape(stage.Detail ?? stage.Outcome),
                Seconds(stage.DurationMs));
        }

        table.AddRow("[bold]total[/]", string.Empty, Seconds(record.TotalMs));

        return table;
    }

    private static string Seconds(double ms) => (ms / 1000).ToString("0.0 s", CultureInfo.InvariantCulture);
}
