using System.Reflection;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Steps.Http;
using HeyGen.Ci.Steps.Runtime;
using HeyGen.Ci.Steps.Scenarios;
using Reqnroll;

namespace HeyGen.Ci.Steps.Runner;

/// <summary>One direct run: load, select, start the test run, run the workers, end the test run.</summary>
internal sealed class RunExecution
{
    private static readonly Assembly StepAssembly = typeof(RunExecution).Assembly;

    private readonly RunRequest _request;
    private (FeatureDocument Feature, ScenarioCase Scenario)[] _selected = [];
    private ScenarioResult[] _results = [];
    private int _next = -1;
    private string? _targetGone;

    public RunExecution(RunRequest request) => _request = request;

    public async Task<RunResult> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = _request.Time.GetUtcNow();
        var features = await FeatureLoader.LoadAsync(_request.FeaturesFolder, _request.Diagnostics, cancellationToken)
            .ConfigureAwait(false);
        _selected = [.. features.SelectMany(f => f.Scenarios.Select(s => (f, s)))
            .Where(p => _request.Shard.Contains(p.s.Id))];
        _results = new ScenarioResult[_selected.Length];

        // Belt and braces: the plugin replaces the telemetry services, and the variable stops the runtime's own check.
        Environment.SetEnvironmentVariable("REQNROLL_TELEMETRY_ENABLED", "0");
        using var target = new StepTarget(
            _request.Target, _request.RequestTimeout, _request.Environment, cancellationToken);
        var settings = new RuntimeSettings(
            target,
            Path.GetFullPath(Path.Combine(_request.ReportsFolder, "cucumber.ndjson")),
            Path.GetFullPath(Path.Combine(_request.ReportsFolder, "report.html")),
            _request.BindingAssemblies);
        Directory.CreateDirectory(_request.ReportsFolder);
        await RunScenariosAsync(features, new DirectContainerBuilder(settings), cancellationToken)
            .ConfigureAwait(false);

        return new RunResult
        {
            RunId = _request.RunId,
            Label = _request.Label,
            Target = _request.Target.ToString(),
            StartedAt = startedAt,
            FinishedAt = _request.Time.GetUtcNow(),
            Shard = _request.Shard,
            Scenarios = _results,
            SystemUnderTest = _request.SystemUnderTest?.Describe(),
        };
    }

    private async Task RunScenariosAsync(
        IReadOnlyList<FeatureDocument> features, DirectContainerBuilder builder, CancellationToken cancellationToken)
    {
        await TestRunnerManager.OnTestRunStartAsync(StepAssembly, builder).ConfigureAwait(false);
        try
        {
            // Reqnroll's async calls often complete synchronously, so each worker gets its own thread-pool task.
            var workers = Enumerable.Range(0, Math.Clamp(_request.Parallelism, 1, Math.Max(1, _selected.Length)))
                .Select(_ => Task.Run(() => WorkAsync(builder, cancellationToken), cancellationToken));
            await Task.WhenAll(workers).ConfigureAwait(false);
            foreach (var feature in features)
            {
                await TestRunnerManager.ReleaseFeatureAsync(feature.FeatureInfo, StepAssembly, builder)
                    .ConfigureAwait(false);
            }
        }
        finally
        {
            // Ends open features, runs [AfterTestRun] and makes the formatters write their files.
            await TestRunnerManager.OnTestRunEndAsync(StepAssembly, builder).ConfigureAwait(false);
        }
    }

    private async Task WorkAsync(DirectContainerBuilder builder, CancellationToken cancellationToken)
    {
        int index;
        while ((index = Interlocked.Increment(ref _next)) < _selected.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (feature, scenario) = _selected[index];
            var result = await RunWithRetriesAsync(builder, feature, scenario, cancellationToken).ConfigureAwait(false);
            _results[index] = result;
            _request.OnScenarioCompleted?.Invoke(result);
        }
    }

    private async Task<ScenarioResult> RunWithRetriesAsync(
        DirectContainerBuilder builder,
        FeatureDocument feature,
        ScenarioCase scenario,
        CancellationToken cancellationToken)
    {
        var attempts = 0;
        ScenarioResult result;
        do
        {
            attempts++;
            result = await RunOnceAsync(builder, feature, scenario, cancellationToken).ConfigureAwait(false);
        }
        while (result.Outcome is Outcome.Failed or Outcome.Errored
            && attempts <= _request.Retries && _targetGone is null);

        return result with { Attempts = attempts, Flaky = attempts > 1 && result.Outcome == Outcome.Passed };
    }

    private async Task<ScenarioResult> RunOnceAsync(
        DirectContainerBuilder builder,
        FeatureDocument feature,
        ScenarioCase scenario,
        CancellationToken cancellationToken)
    {
        if (await CheckTargetAsync(cancellationToken).ConfigureAwait(false) is { } gone)
        {
            return NotRun(feature, scenario, gone);
        }

        var runner = TestRunnerManager.GetTestRunnerForAssembly(StepAssembly, builder, feature.FeatureInfo);
        var observation = await ScenarioSequence.RunAsync(runner, feature, scenario, cancellationToken)
            .ConfigureAwait(false);
        if (observation.Result.Outcome == Outcome.Errored)
        {
            await CheckTargetAsync(cancellationToken).ConfigureAwait(false);
        }

        return observation.Result;
    }

    private async Task<string?> CheckTargetAsync(CancellationToken cancellationToken)
    {
        if (_targetGone is not null || _request.SystemUnderTest is not { } system)
        {
            return _targetGone;
        }

        try
        {
            await system.EnsureRunningAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (HeyGenException ex)
        {
            Interlocked.CompareExchange(ref _targetGone, ex.Diagnostic.Message, null);
            return _targetGone;
        }
    }

    private static ScenarioResult NotRun(FeatureDocument feature, ScenarioCase scenario, string why) => new()
    {
        Id = scenario.Id,
        Feature = feature.Name,
        FeatureFile = feature.RelativePath,
        Line = scenario.ReportedLine,
        Name = scenario.Name,
        Tags = scenario.Tags,
        Outcome = Outcome.Errored,
        Error = $"Not run: the system under test is no longer running. {why}",
        Steps = [.. scenario.Steps.Select(ScenarioExecution.Skipped)],
    };
}
