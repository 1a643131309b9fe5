namespace HeyGen.Ci.Steps.Scenarios;

/// <summary>The runtime call a step keyword maps to.</summary>
public enum StepKind
{
    /// <summary><c>Given</c>: set-up.</summary>
    Given,

    /// <summary><c>When</c>: an action.</summary>
    When,

    /// <summary><c>Then</c>: an outcome.</summary>
    Then,

    /// <summary><c>And</c> or <c>*</c>: the kind of the step before.</summary>
    And,

    /// <summary><c>But</c>: the kind of the step before.</summary>
    But,
}
