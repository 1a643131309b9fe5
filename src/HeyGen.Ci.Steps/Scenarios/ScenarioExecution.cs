using System.Diagnostics;
using System.Reflection;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Steps.Http;
using Reqnroll;

namespace HeyGen.Ci.Steps.Scenarios;

/// <summary>One scenario on one runner, from initialise to end: the body of <see cref="ScenarioSequence"/>.</summary>
internal sealed class ScenarioExecution
{
    private readonly ITestRunner _runner;
    private readonly FeatureDocument _feature;
    private readonly ScenarioCase _scenario;
    private readonly List<StepResult> _steps = [];
    private HttpScenarioState? _http;

    public ScenarioExecution(ITestRunner runner, FeatureDocument feature, ScenarioCase scenario)
    {
        _runner = runner;
        _feature = feature;
        _scenario = scenario;
    }

    public async Task<ScenarioObservation> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        _runner.OnScenarioInitialize(Info(), _scenario.Rule);
        Exception? error = null;
        IReadOnlyList<ExchangeObservation> exchanges = [];
        try
        {
            error = await RunBodyAsync(cancellationToken).ConfigureAwait(false);
            exchanges = _http?.Exchanges ?? [];
        }
        finally
        {
            error = await EndAsync(error).ConfigureAwait(false);
        }

        var (outcome, message) = Judge(error);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var result = ResultOf(_feature, _scenario, outcome, message, _steps, exchanges, elapsed);

        return new ScenarioObservation(result, outcome == Outcome.Passed ? null : error);
    }

    public static StepResult Skipped(ScenarioStep step) => new()
    {
        Keyword = step.Keyword,
        Text = step.Text,
        Line = step.Line,
        Outcome = Outcome.Skipped,
    };

    public static ScenarioResult ResultOf(
        FeatureDocument feature,
        ScenarioCase scenario,
        Outcome outcome,
        string? error,
        IReadOnlyList<StepResult> steps,
        IReadOnlyList<ExchangeObservation> exchanges,
        double durationMs) => new()
        {
            Id = scenario.Id,
            Feature = feature.Name,
            FeatureFile = feature.RelativePath,
            Line = scenario.ReportedLine,
            Name = scenario.Name,
            Tags = scenario.Tags,
            Outcome = outcome,
            DurationMs = durationMs,
            Error = error,
            Steps = steps,
            Exchanges = exchanges,
        };

    private ScenarioInfo Info() => new(
        _scenario.Name,
        _scenario.Description,
        [.. _scenario.OwnTags],
        _scenario.Arguments,
        [.. _scenario.InheritedTags],
        _scenario.PickleIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async Task<Exception?> RunBodyAsync(CancellationToken cancellationToken)
    {
        if (_scenario.IsIgnored)
        {
            await _runner.SkipScenarioAsync().ConfigureAwait(false);
            _steps.AddRange(_scenario.Steps.Select(Skipped));
            return null;
        }

        await _runner.OnScenarioStartAsync().ConfigureAwait(false);
        _http = HttpScenarioState.Of(_runner.ScenarioContext);
        foreach (var step in _scenario.Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _steps.Add(await RunStepAsync(step).ConfigureAwait(false));
        }

        try
        {
            await _runner.CollectScenarioErrorsAsync().ConfigureAwait(false);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private async Task<Exception?> EndAsync(Exception? error)
    {
        try
        {
            await _runner.OnScenarioEndAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _afterHookError = ex;
            error ??= ex;
        }

        return error;
    }

    private Exception? _afterHookError;

    private async Task<StepResult> RunStepAsync(ScenarioStep step)
    {
        var context = _runner.ScenarioContext;
        var before = context.ScenarioExecutionStatus;
        _http?.BeginStep(step.DocStringMediaType);
        var clock = Stopwatch.StartNew();
        await CallAsync(step).ConfigureAwait(false);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var outcome = StepOutcome(before, context.ScenarioExecutionStatus, context.TestError);
        var failure = outcome is Outcome.Failed or Outcome.Errored ? Unwrap(context.TestError) : null;

        return new StepResult
        {
            Keyword = step.Keyword,
            Text = step.Text,
            Line = step.Line,
            Outcome = outcome,
            DurationMs = elapsed,
            Error = StepError(step, outcome, failure),
            Expected = (failure as StepOutcomeException)?.Expected,
            Actual = (failure as StepOutcomeException)?.Actual,
            ExchangeIndex = _http?.StepExchangeIndex,
        };
    }

    private Task CallAsync(ScenarioStep step) => step.Kind switch
    {
        StepKind.Given => _runner.GivenAsync(step.Text, step.DocString, step.Table, step.Keyword),
        StepKind.When => _runner.WhenAsync(step.Text, step.DocString, step.Table, step.Keyword),
        StepKind.Then => _runner.ThenAsync(step.Text, step.DocString, step.Table, step.Keyword),
        StepKind.But => _runner.ButAsync(step.Text, step.DocString, step.Table, step.Keyword),
        _ => _runner.AndAsync(step.Text, step.DocString, step.Table, step.Keyword),
    };

    private static Outcome StepOutcome(ScenarioExecutionStatus before, ScenarioExecutionStatus after, Exception? error)
    {
        if (after == ScenarioExecutionStatus.UndefinedStep && before != after)
        {
            return Outcome.Undefined;
        }

        if (before != ScenarioExecutionStatus.OK)
        {
            return Outcome.Skipped;
        }

        return after switch
        {
            ScenarioExecutionStatus.OK => Outcome.Passed,
            ScenarioExecutionStatus.StepDefinitionPending => Outcome.Pending,
            ScenarioExecutionStatus.Skipped => Outcome.Skipped,
            _ when Unwrap(error) is TargetUnreachableException => Outcome.Errored,
            _ => Outcome.Failed,
        };
    }

    private static string? StepError(ScenarioStep step, Outcome outcome, Exception? failure)
    {
        var where = $"{step.Keyword}{step.Text} (line {step.Line})";

        return outcome switch
        {
            Outcome.Undefined => $"{where}: no step definition matches this text; use a step of the HeyGen CI "
                + "vocabulary (docs/contracts.md) or add a [Binding] for it",
            Outcome.Pending => $"{where}: the step definition is pending (not implemented yet)",
            Outcome.Failed or Outcome.Errored => $"{where}: {failure?.Message}",
            _ => null,
        };
    }

    private (Outcome Outcome, string? Message) Judge(Exception? error)
    {
        var firstBad = _steps.FirstOrDefault(s => s.Outcome is not (Outcome.Passed or Outcome.Skipped));
        if (firstBad is not null)
        {
            return (firstBad.Outcome, firstBad.Error);
        }

        if (_scenario.IsIgnored)
        {
            return (Outcome.Skipped, null);
        }

        if (_afterHookError is not null)
        {
            return (Outcome.Failed, $"An [AfterScenario] hook failed: {Unwrap(_afterHookError)?.Message}");
        }

        var status = _runner.ScenarioContext?.ScenarioExecutionStatus;
        if (error is not null || status is ScenarioExecutionStatus.TestError)
        {
            var hookError = Unwrap(error);
            return (Outcome.Failed, $"A [BeforeScenario] hook or the runtime failed: {hookError?.Message}");
        }

        return (Outcome.Passed, null);
    }

    private static Exception? Unwrap(Exception? error)
    {
        while (error is TargetInvocationException or AggregateException && error.InnerException is not null)
        {
            error = error.InnerException;
        }

        return error;
    }
}
