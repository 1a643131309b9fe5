namespace HeyGen.Ci.Steps.Scenarios;

/// <summary>
/// A request got no response: connection refused or reset, or the target did not answer in time. The step and its
/// scenario are <c>errored</c> rather than failed, because nothing about the target's behaviour was measured.
/// </summary>
public sealed class TargetUnreachableException : StepOutcomeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened and to which URL.</param>
    /// <param name="inner">The transport error.</param>
    public TargetUnreachableException(string message, Exception? inner = null)
        : base(message, null, null, inner)
    {
    }
}
