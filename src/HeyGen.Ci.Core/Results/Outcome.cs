namespace HeyGen.Ci.Core.Results;

/// <summary>The outcome of a scenario or a step.</summary>
public enum Outcome
{
    /// <summary>Ran and every expectation held.</summary>
    Passed,

    /// <summary>Ran and an expectation did not hold, or the step threw.</summary>
    Failed,

    /// <summary>Not run: an earlier step did not pass, or the scenario was skipped.</summary>
    Skipped,

    /// <summary>No step definition matches the step text.</summary>
    Undefined,

    /// <summary>The step definition is marked pending.</summary>
    Pending,

    /// <summary>The step could not be measured: the target was unreachable or timed out.</summary>
    Errored,
}
