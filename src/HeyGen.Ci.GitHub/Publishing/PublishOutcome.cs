namespace HeyGen.Ci.GitHub.Publishing;

/// <summary>What publishing did.</summary>
public enum PublishOutcome
{
    /// <summary>No report comment existed; one was added.</summary>
    Created,

    /// <summary>The report comment was edited in place.</summary>
    Updated,

    /// <summary>The report comment already had this body; nothing was sent.</summary>
    Unchanged,

    /// <summary>The token may not write here (a fork's token); nothing was published.</summary>
    ReadOnlyToken,
}
