using HeyGen.Ci.Steps.Http;
using HeyGen.Ci.Steps.Scenarios;
using Reqnroll;

namespace HeyGen.Ci.Steps.Bindings;

/// <summary>
/// Fails a scenario whose body expectations did not all hold. Those steps record their difference and let the
/// scenario go on, so one changed field does not hide what else changed (or how slow a later request became);
/// this hook then makes the runtime, its reports and a test framework see the scenario as failed.
/// </summary>
[Binding]
public sealed class SoftExpectationHooks
{
    private readonly HttpScenarioState _state;

    /// <summary>Created by the runtime for each scenario.</summary>
    public SoftExpectationHooks(HttpScenarioState state) => _state = state;

    /// <summary>Throws the first body expectation that did not hold, counting the rest.</summary>
    [AfterScenario(Order = int.MinValue)]
    public void FailOnBodyDifferences()
    {
        if (_state.SoftFailures is not [var first, ..] failures)
        {
            return;
        }

        var more = failures.Count > 1 ? $" (and {failures.Count - 1} more body expectation(s))" : string.Empty;

        throw new StepOutcomeException(first.Message + more, first.Expected, first.Actual);
    }
}
