namespace HeyGen.Ci.Core.Results;

/// <summary>Counts of scenarios by outcome.</summary>
public sealed record RunSummary(int Passed, int Failed, int Skipped, int Undefined, int Pending, int Errored)
{
    /// <summary>All scenarios.</summary>
    public int Total => Passed + Failed + Skipped + Undefined + Pending + Errored;

    /// <summary>Counts the outcomes of <paramref name="scenarios"/>.</summary>
    public static RunSummary Of(IEnumerable<ScenarioResult> scenarios)
    {
        var counts = new int[Enum.GetValues<Outcome>().Length];
        foreach (var scenario in scenarios)
        {
            counts[(int)scenario.Outcome]++;
        }

        return new RunSummary(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    /// <summary>
    /// The closing line of a console summary, <c>N passed, N failed</c>, with <c>, N skipped</c> when any were
    /// skipped. Undefined, pending and errored scenarios count as failed here: they did not pass.
    /// </summary>
    public string ToClosingLine()
    {
        var failed = Failed + Undefined + Pending + Errored;
        var line = $"{Passed} passed, {failed} failed";

        return Skipped > 0 ? line + $", {Skipped} skipped" : line;
    }
}
