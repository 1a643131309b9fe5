using System.Diagnostics;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Steps.Http;
using Reqnroll;

namespace HeyGen.Ci.Steps.Scenarios;

/// <summary>
/// The one sequence of runtime calls that runs a scenario: the direct runner and generated test code both call
/// it, so they cannot disagree on hooks, step calls or outcomes.
/// </summary>
public static class ScenarioSequence
{
    /// <summary>
    /// Runs <paramref name="scenario"/> on <paramref name="runner"/>: switches the runner to the feature (closing
    /// another one it still holds), initialises and starts the scenario, calls every step with its doc string or
    /// table, collects the errors, ends the scenario and releases the runner to the pool, always.
    /// </summary>
    /// <param name="runner">
    /// A runner from <c>TestRunnerManager.GetTestRunnerForAssembly</c>; released on return.
    /// </param>
    /// <param name="feature">
    /// The feature the scenario belongs to; its <see cref="FeatureDocument.FeatureInfo"/> is used.
    /// </param>
    /// <param name="scenario">The scenario to run.</param>
    /// <param name="cancellationToken">Checked before the scenario and between steps.</param>
    /// <returns>The observed result, and the error a test framework should raise (null when it passed).</returns>
    public static async Task<ScenarioObservation> RunAsync(
        ITestRunner runner, FeatureDocument feature, ScenarioCase scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(feature);
        ArgumentNullException.ThrowIfNull(scenario);

        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var featureError = await EnterFeatureAsync(runner, feature).ConfigureAwait(false);
            if (featureError is not null)
            {
                return FeatureHookFailed(feature, scenario, featureError);
            }

            return await new ScenarioExecution(runner, feature, scenario).RunAsync(cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            TestRunnerManager.ReleaseTestRunner(runner);
        }
    }

    private static async Task<Exception?> EnterFeatureAsync(ITestRunner runner, FeatureDocument feature)
    {
        try
        {
            if (runner.FeatureContext is { } open && !ReferenceEquals(open.FeatureInfo, feature.FeatureInfo))
            {
                await runner.OnFeatureEndAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            if (runner.FeatureContext is null)
            {
                await runner.OnFeatureStartAsync(feature.FeatureInfo).ConfigureAwait(false);
            }
        }

        return runner.FeatureContext?.BeforeFeatureHookError;
    }

    private static ScenarioObservation FeatureHookFailed(
        FeatureDocument feature, ScenarioCase scenario, Exception error)
    {
        var message = $"A [BeforeFeature] hook of '{feature.Name}' failed, so no scenario of it ran: {error.Message}";
        var steps = scenario.Steps.Select(s => ScenarioExecution.Skipped(s)).ToArray();
        var result = ScenarioExecution.ResultOf(feature, scenario, Outcome.Failed, message, steps, [], 0);

        return new ScenarioObservation(result, new ReqnrollException(message, error));
    }
}
