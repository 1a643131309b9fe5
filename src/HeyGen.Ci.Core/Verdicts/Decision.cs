namespace HeyGen.Ci.Core.Verdicts;

/// <summary>What the gate decided.</summary>
public enum Decision
{
    /// <summary>Nothing moved beyond what is allowed.</summary>
    Pass,

    /// <summary>Something moved, within what fails the gate; worth a look.</summary>
    Warn,

    /// <summary>A regression: the change should not ship as it is.</summary>
    Fail,

    /// <summary>Not enough to decide: too few samples, measurements errored, or coverage dropped.</summary>
    Inconclusive,
}
