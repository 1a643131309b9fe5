namespace HeyGen.Ci.Core.Results;

/// <summary>
/// One scenario (one pickle: an outline contributes one per example row) and what happened when it ran.
/// </summary>
public sealed record ScenarioResult
{
    /// <summary>
    /// A stable id: the feature file relative to the features folder, the scenario's line and, for an outline row,
    /// the row's line: <c>checkout.feature:12</c> or <c>checkout.feature:12:31</c>.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>The feature's name.</summary>
    public required string Feature { get; init; }

    /// <summary>The feature file, relative to the features folder, with forward slashes.</summary>
    public required string FeatureFile { get; init; }

    /// <summary>The one-based line of the scenario (of the example row for an outline).</summary>
    public required int Line { get; init; }

    /// <summary>The scenario's name as the pickle has it.</summary>
    public required string Name { get; init; }

    /// <summary>Tags of the scenario, inherited ones included, with their <c>@</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The outcome of the last attempt.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>
    /// How many times it ran: more than one when a failure was retried to tell flakiness from regression.
    /// </summary>
    public int Attempts { get; init; } = 1;

    /// <summary>True when an attempt failed and a later one passed: flaky, not a regression.</summary>
    public bool Flaky { get; init; }

    /// <summary>Wall time of the last attempt.</summary>
    public double DurationMs { get; init; }

    /// <summary>The first error, naming the step, the expected and the actual value.</summary>
    public string? Error { get; init; }

    /// <summary>Every step of the last attempt, in order.</summary>
    public IReadOnlyList<StepResult> Steps { get; init; } = [];

    /// <summary>Every HTTP exchange the last attempt made, in order.</summary>
    public IReadOnlyList<ExchangeObservation> Exchanges { get; init; } = [];
}
