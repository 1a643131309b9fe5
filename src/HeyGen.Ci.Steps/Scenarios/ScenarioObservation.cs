using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Steps.Scenarios;

/// <summary>What one run of one scenario produced: its result, and the error a test framework should raise.</summary>
/// <param name="Result">The scenario's result: outcome, steps, exchanges, first error (one attempt).</param>
/// <param name="Error">
/// The exception the runtime raised when it collected the scenario's errors (or a hook raised), for a test
/// framework to rethrow; null when the scenario passed. The direct runner reports <see cref="Result"/> instead.
/// </param>
public sealed record ScenarioObservation(ScenarioResult Result, Exception? Error);
