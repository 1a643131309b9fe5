using HeyGen.Ci.Core.Analysis;
using Spectre.Console;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>The one-screen summaries of <c>heygen analyse</c> and <c>heygen generate</c>.</summary>
internal static class AnalysisSummary
{
    private const int MaxRows = 15;

    /// <summary>Routes, flows, correlations, masked fields and secrets, then the files written.</summary>
    public static void Write(
        IAnsiConsole console, BehaviourAnalysis analysis, IReadOnlyList<string> written, DiagnosticPrinter printer)
    {
        Table(console, "Route templates", ["endpoint", "calls"],
            analysis.Routes.OrderByDescending(r => r.Calls).Select(r => new[] { r.Endpoint, Count(r.Calls) }));
        Table(console, "Flow graph", ["from", "to", "count"],
            analysis.Flows.Edges.Select(e => new[] { e.From, e.To, Count(e.Count) }));
        Table(console, "Correlations", ["variable", "issued by", "used by"],
            analysis.Correlations.Select(c => new[]
            {
                c.Variable, $"{c.FromEndpoint} {c.FromKind} {c.From}", $"{c.ToEndpoint} {c.ToKind} {c.To}",
            }));
        Table(console, "Masked fields", ["endpoint", "field", "why"],
            analysis.MaskedFields.Select(m => new[] { m.Endpoint, $"{m.Kind} {m.Path}", m.Reason }));
        Table(console, "Secrets (environment parameters)", ["parameter", "found in", "requests"],
            analysis.Secrets.Select(s => new[] { s.Name, $"{s.Location} {s.Key}", Count(s.Occurrences) }));
        Totals(console, analysis, printer);

        foreach (var file in written)
        {
            console.MarkupLineInterpolated($"wrote [green]{file}[/]");
        }
    }

    /// <summary>Sessions, endpoints, what was left out and the diagnostics.</summary>
    public static void Totals(IAnsiConsole console, BehaviourAnalysis analysis, DiagnosticPrinter printer)
    {
        var left = analysis.LeftOut;
        console.WriteLine(
            $"{analysis.Sessions.Count} sessions from {analysis.Inputs.Count} files, "
            + $"{analysis.Routes.Count} endpoints, {analysis.Secrets.Count} secrets parameterised");
        console.WriteLine(
            $"left out: {left.Preflights} preflights, {left.StaticAssets} static assets, "
            + $"{left.OtherOrigins} other hosts, {left.NoResponse} without response");
        console.MarkupLineInterpolated(
            $"{printer.RejectedInputs} inputs rejected, {printer.Errors} errors, {printer.Warnings} warnings");
    }

    private static void Table(IAnsiConsole console, string title, string[] columns, IEnumerable<string[]> rows)
    {
        var all = rows.ToList();
        if (all.Count == 0)
        {
            return;
        }

        var table = new Table().Title(Markup.Escape(title)).Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(Markup.Escape(column));
        }

        foreach (var row in all.Take(MaxRows))
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        if (all.Count > MaxRows)
        {
            table.Caption($"and {all.Count - MaxRows} more in analysis.json");
        }

        console.Write(table);
    }

    private static string Count(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
