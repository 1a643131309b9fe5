using System.Globalization;
using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Cli.Console;

/// <summary>
/// The console summary of a run: one line per scenario, the error of each that did not pass, where the files
/// are, and last the line <c>N passed, N failed</c> (with <c>, N skipped</c> when any).
/// </summary>
internal static class RunSummaryPrinter
{
    /// <summary>The lines of the summary, the closing line last.</summary>
    public static IReadOnlyList<string> Lines(RunResult result, string resultFile)
    {
        var lines = new List<string>();
        foreach (var scenario in result.Scenarios)
        {
            var mark = scenario.Outcome.ToString().ToLowerInvariant();
            var flaky = scenario.Flaky ? $" (flaky: passed on attempt {scenario.Attempts})" : string.Empty;
            var time = scenario.DurationMs.ToString("0", CultureInfo.InvariantCulture);
            lines.Add($"{mark,-9} {scenario.Id}  {scenario.Name} ({time} ms){flaky}");
            if (scenario.Outcome is not (Outcome.Passed or Outcome.Skipped) && scenario.Error is { } error)
            {
                lines.Add("          " + error);
            }
        }

        lines.Add($"Results: {resultFile}");
        lines.Add(result.Summary.ToClosingLine());

        return lines;
    }

    /// <summary>Writes the summary to <paramref name="output"/> unwrapped: one line per entry in CI logs.</summary>
    public static void Print(TextWriter output, RunResult result, string resultFile)
    {
        foreach (var line in Lines(result, resultFile))
        {
            output.WriteLine(line);
        }
    }
}
