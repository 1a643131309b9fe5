using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Verdicts;
using HeyGen.Ci.Scoring;
using HeyGen.Ci.Scoring.Gating;
using Spectre.Console;

namespace HeyGen.Ci.Cli.Commands;

/// <summary><c>heygen gate</c>: decides pass, warn, fail or inconclusive; writes verdict.json.</summary>
internal sealed class GateCommand : HeyGenCommand<GateSettings>
{
    private const int ShownReasons = 6;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(GateSettings settings, CancellationToken cancellationToken)
    {
        var run = RunFolders.Existing(settings.Run!);
        var defaults = ScoringThresholds.Default;
        var thresholds = defaults with
        {
            FailScore = settings.FailThreshold ?? defaults.FailScore,
            WarnScore = settings.WarnThreshold ?? defaults.WarnScore,
        };

        var verdict = await new Gate().GateAsync(new GateRequest { Run = run, Thresholds = thresholds },
            cancellationToken)
            .ConfigureAwait(false);
        Summarise(verdict);
        Console.MarkupLineInterpolated($"Wrote {run.VerdictFile}.");

        return ExitCode(verdict.Decision, settings);
    }

    /// <summary>The exit code of a decision under <c>--fail-on</c> and <c>--inconclusive-exit</c>.</summary>
    internal static int ExitCode(Decision decision, GateSettings settings) => decision switch
    {
        Decision.Fail when settings.FailOn != "never" => ExitCodes.Findings,
        Decision.Warn when settings.FailOn == "warn" => ExitCodes.Findings,
        Decision.Inconclusive => settings.InconclusiveExit,
        _ => ExitCodes.Success,
    };

    private void Summarise(Verdict verdict)
    {
        var colour = verdict.Decision switch
        {
            Decision.Fail => "red",
            Decision.Warn => "yellow",
            Decision.Inconclusive => "blue",
            _ => "green",
        };
        Console.MarkupLineInterpolated($"[{colour}]{verdict.Headline}[/]");
        foreach (var reason in verdict.Reasons.Where(r => r.Severity != Decision.Pass).Take(ShownReasons))
        {
            var severity = reason.Severity.ToString().ToLowerInvariant();
            Console.MarkupLineInterpolated($"  {severity} {reason.Kind}: {reason.Message}");
            if (reason.WhereToLook is { } hint)
            {
                Console.MarkupLineInterpolated($"    where to look: {hint}");
            }
        }

        if (verdict.FlakyScenarios.Count > 0)
        {
            Console.MarkupLineInterpolated($"  flaky (not counted): {string.Join(", ", verdict.FlakyScenarios)}");
        }
    }
}
