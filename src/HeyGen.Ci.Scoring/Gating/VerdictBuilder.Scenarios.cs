using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Verdicts;

namespace HeyGen.Ci.Scoring.Gating;

internal sealed partial class VerdictBuilder
{
    private void ScenarioReasons()
    {
        var failedOnBase = baselines.SelectMany(b => b.Scenarios)
            .Where(s => s.Outcome == Outcome.Failed)
            .Select(s => s.Id)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var scenario in candidate.Scenarios)
        {
            if (scenario.Flaky)
            {
                Add(Decision.Warn, "flaky", $"Scenario '{scenario.Name}' failed and then passed on attempt "
                    + $"{scenario.Attempts}: flaky, not counted as a regression.", scenario.Id);
            }

            ScenarioOutcome(scenario, failedOnBase.Contains(scenario.Id));
        }
    }

    private void ScenarioOutcome(ScenarioResult scenario, bool failedOnBase)
    {
        switch (scenario.Outcome)
        {
            case Outcome.Failed when failedOnBase:
                Add(Decision.Warn, "scenario-failed", $"Scenario '{scenario.Name}' failed, as it already does on the "
                    + "base branch.", scenario.Id, whereToLook: ScenarioHint(scenario));
                break;
            case Outcome.Failed:
                Add(Decision.Fail, "scenario-failed", $"Scenario '{scenario.Name}' failed: {FirstLine(scenario.Error)}",
                    scenario.Id, FailingEndpoint(scenario), whereToLook: ScenarioHint(scenario));
                break;
            case Outcome.Errored:
                Add(Decision.Inconclusive, "inconclusive", $"Scenario '{scenario.Name}' could not be measured: "
                    + FirstLine(scenario.Error), scenario.Id, whereToLook: ScenarioHint(scenario));
                break;
            case Outcome.Undefined or Outcome.Pending:
                Add(Decision.Inconclusive, "coverage", $"Scenario '{scenario.Name}' did not run "
                    + $"({scenario.Outcome.ToString().ToLowerInvariant()} steps): the recorded flow is not covered.",
                    scenario.Id);
                break;
            default:
                break;
        }
    }

    private void CoverageReasons()
    {
        var ran = candidate.Scenarios.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var missing = baselines.SelectMany(b => b.Scenarios).Select(s => s.Id)
            .Where(id => !ran.Contains(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            Add(Decision.Inconclusive, "coverage", $"{missing.Count} scenario(s) of the baseline did not run on the "
                + $"candidate: {string.Join(", ", missing.Take(5))}.", measure: "scenarios",
                observed: $"{ran.Count} scenarios", allowed: $"{ran.Count + missing.Count} scenarios");
        }

        if (candidate.Scenarios.Sum(s => s.Exchanges.Count) == 0)
        {
            Add(Decision.Inconclusive, "inconclusive", "The candidate made no request, so there is nothing to score.");
        }
    }

    private string? ScenarioHint(ScenarioResult scenario)
    {
        foreach (var exchange in scenario.Exchanges)
        {
            if (exchange.Status == 0 || (exchange.ExpectedStatus is { } e && e != exchange.Status))
            {
                return WhereToLook.Status(exchange.Endpoint, exchange.Status, exchange.ExpectedStatus, scores.Run);
            }

            if (exchange.Differences.Count > 0)
            {
                return WhereToLook.Differences(exchange.Endpoint, exchange.Differences);
            }
        }

        var step = scenario.Steps.FirstOrDefault(s => s.Outcome is Outcome.Failed or Outcome.Errored);

        return step is null
            ? null : $"step '{step.Keyword.Trim()} {step.Text}' (line {step.Line}): {FirstLine(step.Error)}";
    }

    private static string? FailingEndpoint(ScenarioResult scenario)
    {
        var failing = scenario.Exchanges.FirstOrDefault(e =>
            e.Status == 0 || (e.ExpectedStatus is { } s && s != e.Status) || e.Differences.Count > 0);

        return failing?.Endpoint;
    }

    private static string FirstLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "no error message was recorded.";
        }

        var line = text.ReplaceLineEndings("\n").Split('\n')[0].Trim();

        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
