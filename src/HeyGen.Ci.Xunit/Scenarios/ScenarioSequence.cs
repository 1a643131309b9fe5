using System.Diagnostics;
using System.Globalization;
using HeyGen.Ci.Core.Results;
using Reqnroll;

namespace HeyGen.Ci.Xunit.Scenarios;

/// <summary>
/// Runs one scenario case through the Reqnroll runtime in the order its own generated code would: feature
/// switch, scenario start, steps, error collection, scenario end, runner release.
/// Not yet: the direct runner's shared sequence (HeyGen.Ci.Steps) replaces this once it is published, because
/// both must produce the same observations from the same scenario.
/// </summary>
internal static class ScenarioSequence
{
    public static async Task<ScenarioResult> RunAsync(
        System.Reflection.Assembly testAssembly, FeatureInfo feature, FeatureModel model, ScenarioCase scenario)
    {
        var runner = TestRunnerManager.GetTestRunnerForAssembly(testAssembly, featureHint: feature);
        var clock = Stopwatch.StartNew();
        var outcome = Outcome.Failed;
        string? error = null;
        try
        {
            await EnterFeatureAsync(runner, feature).ConfigureAwait(false);
            runner.OnScenarioInitialize(Info(scenario), Rule(scenario));
            try
            {
                await RunStepsAsync(runner, scenario).ConfigureAwait(false);
            }
            finally
            {
                (outcome, error) = Observe(runner.ScenarioContext, scenario);
                await runner.OnScenarioEndAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            TestRunnerManager.ReleaseTestRunner(runner);
        }

        return Result(model, scenario, outcome, error, clock.Elapsed.TotalMilliseconds);
    }

    private static async Task EnterFeatureAsync(ITestRunner runner, FeatureInfo feature)
    {
        try
        {
            if (runner.FeatureContext is { } current && !ReferenceEquals(current.FeatureInfo, feature))
            {
                await runner.OnFeatureEndAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            if (runner.FeatureContext?.BeforeFeatureHookFailed == true)
            {
                throw new ReqnrollException($"[BeforeFeature] of '{feature.Title}' failed; its scenarios cannot run.");
            }

            if (runner.FeatureContext is null)
            {
                await runner.OnFeatureStartAsync(feature).ConfigureAwait(false);
            }
        }
    }

    private static async Task RunStepsAsync(ITestRunner runner, ScenarioCase scenario)
    {
        if (scenario.Ignored)
        {
            await runner.SkipScenarioAsync().ConfigureAwait(false);
            return;
        }

        await runner.OnScenarioStartAsync().ConfigureAwait(false);
        foreach (var step in scenario.Steps)
        {
            var table = Table(step.Table);
            var call = step.KeywordType switch
            {
                Gherkin.StepKeywordType.Context => runner.GivenAsync(step.Text, step.DocString, table, step.Keyword),
                Gherkin.StepKeywordType.Action => runner.WhenAsync(step.Text, step.DocString, table, step.Keyword),
                Gherkin.StepKeywordType.Outcome => runner.ThenAsync(step.Text, step.DocString, table, step.Keyword),
                _ => runner.AndAsync(step.Text, step.DocString, table, step.Keyword),
            };
            await call.ConfigureAwait(false);
        }

        await runner.CollectScenarioErrorsAsync().ConfigureAwait(false);
    }

    private static ScenarioInfo Info(ScenarioCase scenario)
        => new(scenario.Name, scenario.Description, [.. scenario.OwnTags], scenario.Arguments,
            [.. scenario.InheritedTags], null);

    private static RuleInfo? Rule(ScenarioCase scenario)
        => scenario.Rule is { } rule ? new RuleInfo(rule.Name, string.Empty, [.. rule.Tags]) : null;

    private static Table? Table(IReadOnlyList<IReadOnlyList<string>>? rows)
    {
        if (rows is null || rows.Count == 0)
        {
            return null;
        }

        var table = new Table([.. rows[0]]);
        foreach (var row in rows.Skip(1))
        {
            table.AddRow([.. row]);
        }

        return table;
    }

    private static (Outcome Outcome, string? Error) Observe(ScenarioContext? context, ScenarioCase scenario)
    {
        if (scenario.Ignored)
        {
            return (Outcome.Skipped, null);
        }

        var outcome = context?.ScenarioExecutionStatus switch
        {
            ScenarioExecutionStatus.OK => Outcome.Passed,
            ScenarioExecutionStatus.UndefinedStep => Outcome.Undefined,
            ScenarioExecutionStatus.StepDefinitionPending => Outcome.Pending,
            ScenarioExecutionStatus.Skipped => Outcome.Skipped,
            _ => Outcome.Failed,
        };

        return (outcome, context?.TestError?.Message);
    }

    private static ScenarioResult Result(
        FeatureModel model, ScenarioCase scenario, Outcome outcome, string? error, double durationMs)
        => new()
        {
            Id = scenario.Id,
            Feature = model.Name,
            FeatureFile = model.FeatureFile,
            Line = scenario.Line,
            Name = scenario.Name,
            Tags = [.. scenario.InheritedTags.Concat(scenario.OwnTags).Select(t => "@" + t)],
            Outcome = outcome,
            DurationMs = Math.Round(durationMs, 3),
            Error = error,
        };

    internal static string Describe(ScenarioCase scenario)
        => string.Create(CultureInfo.InvariantCulture, $"{scenario.Name} ({scenario.Id})");
}
