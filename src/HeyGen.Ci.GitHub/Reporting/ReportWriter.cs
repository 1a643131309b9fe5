using System.Globalization;
using System.Text;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Verdicts;

namespace HeyGen.Ci.GitHub.Reporting;

/// <summary>Writes the blocks of one rendering of the report, in reading order.</summary>
internal sealed class ReportWriter
{
    private readonly Verdict _verdict;
    private readonly RunResult? _candidate;
    private readonly ReportContext _context;
    private readonly ReportProfile _profile;

    /// <summary>Prepares a rendering of <paramref name="verdict"/> for <paramref name="profile"/>.</summary>
    public ReportWriter(Verdict verdict, IReadOnlyList<RunResult> results, ReportContext context, ReportProfile profile)
    {
        _verdict = verdict;
        _candidate = results.FirstOrDefault(r => r.Label == "candidate") ?? results.FirstOrDefault();
        _context = context;
        _profile = profile;
    }

    /// <summary>The report's blocks; the first and the last are never left out.</summary>
    public IReadOnlyList<ReportBlock> Blocks()
    {
        var blocks = new List<ReportBlock> { ReportBlock.Required(Header()), ReportBlock.Required(Outcomes()) };
        blocks.AddRange(MoreReasons());
        blocks.AddRange(new ScenarioDetails(_verdict, _candidate, _profile).Blocks());
        blocks.AddRange(EndpointSection.Blocks(_verdict, _profile));
        blocks.AddRange(NoiseAndSecrets());
        if (!_profile.IsComment && _candidate is { Scenarios.Count: > 0 })
        {
            blocks.Add(new ReportBlock(AllScenarios(_candidate), 4, "list of all scenarios"));
        }

        blocks.Add(ReportBlock.Required(Footer()));

        return blocks;
    }

    /// <summary>The symbol shown beside a decision.</summary>
    public static string Symbol(Decision decision) => decision switch
    {
        Decision.Pass => "✅",
        Decision.Warn => "⚠️",
        Decision.Fail => "❌",
        _ => "❔",
    };

    /// <summary>The symbol shown beside an outcome.</summary>
    public static string Symbol(Outcome outcome) => outcome switch
    {
        Outcome.Passed => "✅",
        Outcome.Failed => "❌",
        Outcome.Skipped => "⏭️",
        Outcome.Errored => "💥",
        _ => "❔",
    };

    /// <summary>The word for a decision or an outcome, lower case.</summary>
    public static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private string Header()
    {
        var builder = new StringBuilder();
        if (_profile.IsComment)
        {
            builder.Append(ReportMarker.For(_context.ReportName)).Append('\n');
        }

        var name = _context.ReportName == ReportMarker.DefaultName
            ? "HeyGen CI"
            : $"HeyGen CI · {_context.ReportName}";
        builder.Append(Invariant($"## {Symbol(_verdict.Decision)} {name}: {Word(_verdict.Decision)}"))
            .Append(Invariant($" — score {MarkdownText.Number(_verdict.Score)}"))
            .Append(Invariant($" (warn at {MarkdownText.Number(_verdict.WarnThreshold)},"))
            .Append(Invariant($" fail at {MarkdownText.Number(_verdict.FailThreshold)})\n\n"))
            .Append(MarkdownText.Text(_verdict.Headline));

        var reasons = _verdict.Reasons.Take(_profile.HeaderReasons).ToList();
        if (reasons.Count > 0)
        {
            builder.Append("\n\n**Reasons**\n\n");
            builder.AppendJoin('\n', reasons.Select(Reason));
        }

        var more = _verdict.Reasons.Count - reasons.Count;
        if (more > 0 && _profile.IsComment)
        {
            builder.Append(Invariant($"\n- … and {more} more in the job summary"));
        }

        return builder.ToString();
    }

    private IEnumerable<ReportBlock> MoreReasons()
    {
        if (_profile.IsComment)
        {
            yield break;
        }

        foreach (var chunk in _verdict.Reasons.Skip(_profile.HeaderReasons).Chunk(50))
        {
            yield return new ReportBlock(string.Join('\n', chunk.Select(Reason)), 3, "further reasons");
        }
    }

    private static string Reason(VerdictReason reason)
    {
        var builder = new StringBuilder()
            .Append(Invariant($"- {Symbol(reason.Severity)} **{MarkdownText.Text(reason.Kind)}** "))
            .Append(MarkdownText.Text(reason.Message));
        if (reason.Endpoint is not null)
        {
            builder.Append(" · ").Append(MarkdownText.Code(reason.Endpoint));
        }

        if (reason.Scenario is not null)
        {
            builder.Append(" · ").Append(MarkdownText.Code(reason.Scenario));
        }

        if (reason.Observed is not null || reason.Allowed is not null)
        {
            builder.Append(" · observed ").Append(MarkdownText.Code(reason.Observed))
                .Append(", allowed ").Append(MarkdownText.Code(reason.Allowed));
        }

        return builder.ToString();
    }

    private string Outcomes()
    {
        var summary = _candidate?.Summary ?? _verdict.Candidate ?? new RunSummary(0, 0, 0, 0, 0, 0);
        var rows = new (Outcome Outcome, int Count)[]
        {
            (Outcome.Passed, summary.Passed), (Outcome.Failed, summary.Failed), (Outcome.Errored, summary.Errored),
            (Outcome.Undefined, summary.Undefined), (Outcome.Pending, summary.Pending),
            (Outcome.Skipped, summary.Skipped),
        };

        var builder = new StringBuilder("| Outcome | Scenarios |\n|---|---:|\n");
        foreach (var (outcome, count) in rows.Where(r => r.Count > 0 || r.Outcome is Outcome.Passed or Outcome.Failed))
        {
            builder.Append(Invariant($"| {Symbol(outcome)} {Word(outcome)} | {count} |\n"));
        }

        builder.Append(Invariant($"| **total** | **{summary.Total}** |"));
        if (_verdict.FlakyScenarios.Count > 0)
        {
            builder.Append("\n\nFlaky (failed, then passed on a re-run; not counted as regressions): ")
                .AppendJoin(", ", _verdict.FlakyScenarios.Take(20).Select(MarkdownText.Code));
        }

        return builder.ToString();
    }

    private IEnumerable<ReportBlock> NoiseAndSecrets()
    {
        if (_verdict.MaskedFields.Count == 0 && _verdict.SecretParameters.Count == 0)
        {
            yield break;
        }

        var builder = new StringBuilder("### Masked fields and secrets\n\n");
        builder.Append("Masked as noise (compared by type only): ")
            .Append(List(_verdict.MaskedFields))
            .Append("\n\nSecrets read from the environment, by parameter name: ")
            .Append(List(_verdict.SecretParameters));

        yield return new ReportBlock(builder.ToString(), 1, "masked fields and secrets");
    }

    private static string List(IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return "none";
        }

        var shown = string.Join(", ", items.Take(100).Select(MarkdownText.Code));

        return items.Count > 100 ? Invariant($"{shown} and {items.Count - 100} more") : shown;
    }

    private static string AllScenarios(RunResult candidate)
    {
        var builder = new StringBuilder("### All scenarios\n\n")
            .Append("| Outcome | Scenario | Where | Time |\n|---|---|---|---:|\n");
        foreach (var scenario in candidate.Scenarios)
        {
            builder.Append(Invariant($"| {Symbol(scenario.Outcome)} {Word(scenario.Outcome)} "))
                .Append(Invariant($"| {MarkdownText.Text(scenario.Name)} | {MarkdownText.Code(scenario.Id)} "))
                .Append(Invariant($"| {scenario.DurationMs:0} ms |\n"));
        }

        return builder.ToString().TrimEnd('\n');
    }

    private string Footer()
    {
        var parts = new List<string>();
        if (_context.RunUrl is { } run)
        {
            parts.Add(MarkdownText.Link("Job summary", run));
        }

        if (_context.ArtifactsUrl is { } artifacts)
        {
            parts.Add(MarkdownText.Link("Artifacts", artifacts));
        }

        if (_context.HeadSha is { Length: >= 7 } sha)
        {
            parts.Add("commit " + MarkdownText.Code(sha[..7]));
        }

        parts.Add("baseline: " + MarkdownText.Text(_verdict.Baseline.Kind) +
            (_verdict.Baseline.NoiseFloor ? " with noise floor" : string.Empty));
        if (_verdict.Model is { } model)
        {
            parts.Add($"model: {MarkdownText.Text(model.Kind)} on {MarkdownText.Text(model.Provider)}");
        }

        return "---\n<sub>" + string.Join(" · ", parts) + "</sub>";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
