namespace HeyGen.Ci.Steps.Scenarios;

/// <summary>
/// A step did not hold: carries what was expected and what was observed, so results can show both. The message
/// says it in words (<c>expected "Widget", got "Gadget"</c>); the runner prefixes the step text and line.
/// </summary>
public class StepOutcomeException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What did not hold, naming the expected and the actual value.</param>
    /// <param name="expected">What was expected, when the step states it.</param>
    /// <param name="actual">What was observed, when there was something.</param>
    /// <param name="inner">The cause, if any.</param>
    public StepOutcomeException(string message, string? expected = null, string? actual = null, Exception? inner = null)
        : base(message, inner)
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>What was expected.</summary>
    public string? Expected { get; }

    /// <summary>What was observed.</summary>
    public string? Actual { get; }
}
