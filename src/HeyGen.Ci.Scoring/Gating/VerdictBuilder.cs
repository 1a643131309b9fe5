using System.Globalization;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Verdicts;
using HeyGen.Ci.Scoring.Judge;
using HeyGen.Ci.Scoring.Scores;

namespace HeyGen.Ci.Scoring.Gating;

/// <summary>Collects the reasons of a verdict and decides: the worst reason wins.</summary>
internal sealed partial class VerdictBuilder(
    ScoreSet scores, RunResult candidate, IReadOnlyList<RunResult> baselines, ScoringThresholds thresholds)
{
    private readonly List<VerdictReason> _reasons = [];

    public Verdict Build()
    {
        ScenarioReasons();
        CoverageReasons();
        SchemaReasons();
        ModelReasons();
        JudgeReasons();
        RunReasons();

        var reasons = _reasons.OrderByDescending(r => Severity.Rank(r.Severity)).ToList();
        var decision = Severity.Worst(reasons.Select(r => r.Severity));
        var score = scores.Endpoints.Count == 0 ? 0 : scores.Endpoints.Max(e => e.Score);

        return new Verdict
        {
            RunId = scores.RunId,
            Decision = decision,
            Score = score,
            FailThreshold = thresholds.FailScore,
            WarnThreshold = thresholds.WarnScore,
            Headline = Headline(decision, reasons, score),
            Reasons = reasons,
            Candidate = candidate.Summary,
            Baseline = scores.Baseline,
            Endpoints = [.. scores.Endpoints.Select(e => EndpointVerdict(e, reasons))],
            FlakyScenarios = [.. candidate.Scenarios.Where(s => s.Flaky).Select(s => s.Id)],
            Model = scores.Model,
        };
    }

    private void Add(Decision severity, string kind, string message, string? scenario = null, string? endpoint = null,
        string? measure = null, string? observed = null, string? allowed = null, string? whereToLook = null)
        => _reasons.Add(new VerdictReason
        {
            Severity = severity,
            Kind = kind,
            Message = message,
            Scenario = scenario,
            Endpoint = endpoint,
            Measure = measure,
            Observed = observed,
            Allowed = allowed,
            WhereToLook = whereToLook,
        });

    private EndpointVerdict EndpointVerdict(EndpointScore endpoint, IReadOnlyList<VerdictReason> reasons) => new()
    {
        Endpoint = endpoint.Endpoint,
        Decision = Severity.Worst(reasons.Where(r => r.Endpoint == endpoint.Endpoint).Select(r => r.Severity)),
        ModelScore = endpoint.Score,
        Samples = endpoint.Samples,
        BaselineSamples = endpoint.BaselineSamples,
        Contributors = endpoint.Contributors,
        Tests = [.. endpoint.Tests.Select(t => t with { Significant = EndpointJudge.IsSignificant(t,
            thresholds.Alpha) })],
    };

    private string Headline(Decision decision, IReadOnlyList<VerdictReason> reasons, double score)
    {
        var verb = decision.ToString().ToLowerInvariant();
        var top = reasons.FirstOrDefault(r => r.Severity == decision && decision != Decision.Pass);
        if (top is not null)
        {
            var more = reasons.Count(r => r.Severity == decision) - 1;
            return $"{verb}: {top.Message}" + (more > 0 ? $" (and {more} more)" : string.Empty);
        }

        return $"{verb}: {candidate.Summary.ToClosingLine()}; no endpoint moved beyond what is allowed "
            + $"(highest score {F(score)}, warn at {F(thresholds.WarnScore)})";
    }

    private static string F(double v) => v.ToString("0.0#", CultureInfo.InvariantCulture);
}
