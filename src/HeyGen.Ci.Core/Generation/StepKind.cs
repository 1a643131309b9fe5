namespace HeyGen.Ci.Core.Generation;

/// <summary>The part a step plays, which decides its keyword: set-up, sending, or expectation and
/// capture.</summary>
internal enum StepKind
{
    /// <summary>Written <c>Given</c>.</summary>
    Setup,

    /// <summary>Written <c>When</c>.</summary>
    Action,

    /// <summary>Written <c>Then</c>.</summary>
    Outcome,
}
