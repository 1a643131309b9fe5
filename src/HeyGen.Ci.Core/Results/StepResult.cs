namespace HeyGen.Ci.Core.Results;

/// <summary>One step and its outcome.</summary>
public sealed record StepResult
{
    /// <summary>The keyword as written (<c>Given </c>, <c>When </c>, <c>Then </c>, <c>And </c>).</summary>
    public required string Keyword { get; init; }

    /// <summary>The step text after outline substitution.</summary>
    public required string Text { get; init; }

    /// <summary>The one-based line in the feature file.</summary>
    public required int Line { get; init; }

    /// <summary>The outcome.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>Wall time of the step.</summary>
    public double DurationMs { get; init; }

    /// <summary>What went wrong, naming the expected and the actual value.</summary>
    public string? Error { get; init; }

    /// <summary>For an expectation step: what was expected.</summary>
    public string? Expected { get; init; }

    /// <summary>For an expectation step: what was observed.</summary>
    public string? Actual { get; init; }

    /// <summary>
    /// The index into <see cref="ScenarioResult.Exchanges"/> of the exchange this step sent or checked.
    /// </summary>
    public int? ExchangeIndex { get; init; }
}
