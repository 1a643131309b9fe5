using System.Globalization;
using System.Text;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Verdicts;

namespace HeyGen.Ci.GitHub.Reporting;

/// <summary>
/// One collapsible section per failing or anomalous scenario: the step, expected and actual, the body
/// differences, the score contributors of its endpoints, and where to look.
/// </summary>
internal sealed class ScenarioDetails
{
    private readonly Verdict _verdict;
    private readonly RunResult? _candidate;
    private readonly ReportProfile _profile;
    private readonly Dictionary<string, EndpointVerdict> _endpoints;

    /// <summary>Prepares the details of <paramref name="candidate"/>'s flagged scenarios.</summary>
    public ScenarioDetails(Verdict verdict, RunResult? candidate, ReportProfile profile)
    {
        _verdict = verdict;
        _candidate = candidate;
        _profile = profile;
        _endpoints = verdict.Endpoints
            .GroupBy(e => e.Endpoint, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>A heading and one block per flagged scenario, failures first.</summary>
    public IEnumerable<ReportBlock> Blocks()
    {
        var flagged = Flagged().ToList();
        if (flagged.Count == 0)
        {
            yield break;
        }

        yield return new ReportBlock("### Failing and anomalous scenarios", 2, string.Empty);
        foreach (var (scenario, why) in flagged)
        {
            yield return new ReportBlock(Details(scenario, why), 2, "scenario details");
        }
    }

    private IEnumerable<(ScenarioResult Scenario, Decision Why)> Flagged()
    {
        if (_candidate is null)
        {
            return [];
        }

        return _candidate.Scenarios
            .Select(s => (Scenario: s, Why: Judge(s)))
            .Where(s => s.Why is Decision.Fail or Decision.Warn)
            .OrderBy(s => s.Why == Decision.Fail ? 0 : 1)
            .ThenBy(s => s.Scenario.Id, StringComparer.Ordinal);
    }

    private Decision Judge(ScenarioResult scenario)
    {
        if (scenario.Outcome is Outcome.Failed or Outcome.Errored or Outcome.Undefined or Outcome.Pending)
        {
            return Decision.Fail;
        }

        var named = _verdict.Reasons
            .Where(r => r.Scenario == scenario.Id && r.Severity is Decision.Warn or Decision.Fail)
            .Select(r => r.Severity);
        var touched = scenario.Exchanges
            .Select(e => _endpoints.GetValueOrDefault(e.Endpoint)?.Decision)
            .Where(d => d is Decision.Warn or Decision.Fail)
            .Select(d => d!.Value);

        return named.Concat(touched).DefaultIfEmpty(Decision.Pass).Max();
    }

    private string Details(ScenarioResult scenario, Decision why)
    {
        var label = scenario.Outcome == Outcome.Passed ? "anomalous" : ReportWriter.Word(scenario.Outcome);
        var builder = new StringBuilder("<details>\n<summary>")
            .Append(ReportWriter.Symbol(why)).Append(' ').Append(label).Append(": <code>")
            .Append(MarkdownText.Html(scenario.Name)).Append("</code> · <code>")
            .Append(MarkdownText.Html(scenario.Id)).Append("</code></summary>\n\n")
            .Append("Feature ").Append(MarkdownText.Text(scenario.Feature))
            .Append(Invariant($", {scenario.Attempts} attempt(s), {scenario.DurationMs:0} ms"));

        var step = scenario.Steps.FirstOrDefault(s => s.Outcome != Outcome.Passed && s.Outcome != Outcome.Skipped);
        AppendStep(builder, scenario, step);
        var exchanges = Exchanges(scenario, step).ToList();
        foreach (var exchange in exchanges.Take(3))
        {
            AppendExchange(builder, exchange);
        }

        AppendContributors(builder, exchanges);
        AppendWhereToLook(builder, scenario, step);

        return builder.Append("\n\n</details>").ToString();
    }

    private static void AppendStep(StringBuilder builder, ScenarioResult scenario, StepResult? step)
    {
        if (step is null)
        {
            builder.Append("\n\nEvery step passed; the scenario is flagged by its score.");
            return;
        }

        builder.Append("\n\n**Step** ").Append(MarkdownText.Code(step.Keyword.Trim() + " " + step.Text))
            .Append(Invariant($" (line {step.Line}): {ReportWriter.Word(step.Outcome)}"));
        var error = step.Error ?? scenario.Error;
        if (error is not null)
        {
            builder.Append("\n\n").Append(MarkdownText.Block(error, "text"));
        }

        if (step.Expected is not null || step.Actual is not null)
        {
            builder.Append("\n\n| | |\n|---|---|\n| Expected | ").Append(MarkdownText.Code(step.Expected))
                .Append(" |\n| Actual | ").Append(MarkdownText.Code(step.Actual)).Append(" |");
        }
    }

    private IEnumerable<ExchangeObservation> Exchanges(ScenarioResult scenario, StepResult? step)
    {
        if (step?.ExchangeIndex is { } index && index >= 0 && index < scenario.Exchanges.Count)
        {
            return [scenario.Exchanges[index]];
        }

        return scenario.Exchanges
            .Where(e => e.Differences.Count > 0 || e.TransportError is not null || IsFlagged(e.Endpoint)
                || (e.ExpectedStatus is { } expected && expected != e.Status));
    }

    private bool IsFlagged(string endpoint)
        => _endpoints.GetValueOrDefault(endpoint)?.Decision is Decision.Warn or Decision.Fail;

    private void AppendExchange(StringBuilder builder, ExchangeObservation exchange)
    {
        builder.Append("\n\n**Request** ").Append(MarkdownText.Code(exchange.Method + " " + exchange.Url))
            .Append(exchange.TransportError is { } transport
                ? " → no response: " + MarkdownText.Code(transport)
                : Invariant($" → {exchange.Status}"))
            .Append(exchange.ExpectedStatus is { } expected ? Invariant($" (expected {expected})") : string.Empty)
            .Append(Invariant($", {exchange.LatencyMs:0} ms, {exchange.ResponseBytes} bytes"));

        if (exchange.Differences.Count == 0)
        {
            return;
        }

        builder.Append("\n\n**Body differences**\n\n| Path | Kind | Expected | Actual |\n|---|---|---|---|");
        foreach (var difference in exchange.Differences.Take(_profile.Differences))
        {
            builder.Append("\n| ").Append(MarkdownText.Code(difference.Path))
                .Append(" | ").Append(ReportWriter.Word(difference.Kind))
                .Append(" | ").Append(MarkdownText.Code(difference.Expected))
                .Append(" | ").Append(MarkdownText.Code(difference.Actual)).Append(" |");
        }

        var more = exchange.Differences.Count - _profile.Differences;
        if (more > 0)
        {
            builder.Append(Invariant($"\n\n… and {more} more differences."));
        }
    }

    private void AppendContributors(StringBuilder builder, IReadOnlyList<ExchangeObservation> exchanges)
    {
        var endpoints = exchanges.Select(e => e.Endpoint).Distinct(StringComparer.Ordinal)
            .Select(e => _endpoints.GetValueOrDefault(e))
            .OfType<EndpointVerdict>()
            .Where(e => e.Contributors.Count > 0);

        foreach (var endpoint in endpoints.Take(3))
        {
            builder.Append("\n\n**Score contributors** of ").Append(MarkdownText.Code(endpoint.Endpoint))
                .Append(Invariant($" (score {MarkdownText.Number(endpoint.ModelScore)}, "))
                .Append(ReportWriter.Word(endpoint.Decision)).Append(")\n\n")
                .Append("| Measure | Value | Baseline | Share |\n|---|---:|---:|---:|");
            foreach (var contributor in endpoint.Contributors.Take(5))
            {
                builder.Append("\n| ").Append(MarkdownText.Code(contributor.Measure))
                    .Append(" | ").Append(MarkdownText.Number(contributor.Value))
                    .Append(" | ").Append(MarkdownText.Number(contributor.BaselineValue))
                    .Append(Invariant($" | {contributor.Contribution:P0} |"));
            }
        }
    }

    private void AppendWhereToLook(StringBuilder builder, ScenarioResult scenario, StepResult? step)
    {
        builder.Append("\n\n**Where to look**\n");
        var hints = _verdict.Reasons
            .Where(r => r.Scenario == scenario.Id && r.WhereToLook is not null)
            .Select(r => r.WhereToLook!)
            .Distinct(StringComparer.Ordinal)
            .Take(5);
        foreach (var hint in hints)
        {
            builder.Append("\n- ").Append(MarkdownText.Text(hint));
        }

        var line = step?.Line ?? scenario.Line;
        builder.Append("\n- ").Append(MarkdownText.Code(Invariant($"features/{scenario.FeatureFile}:{line}")));
        if (_candidate?.SystemUnderTest?.Logs is { } logs && (logs.ErrorLines > 0 || logs.StderrLines > 0))
        {
            builder.Append("\n- ").Append(MarkdownText.Code(Invariant($"logs/{_candidate.Label}.stderr.log")))
                .Append(Invariant($": {logs.ErrorLines} line(s) that look like errors"));
            AppendLogLines(builder, logs);
        }
    }

    private void AppendLogLines(StringBuilder builder, LogSummary logs)
    {
        if (_profile.LogLines == 0 || logs.LastLines.Count == 0)
        {
            return;
        }

        var lines = logs.LastLines.TakeLast(_profile.LogLines);
        builder.Append("\n\n").Append(MarkdownText.Block(string.Join('\n', lines), "text"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
