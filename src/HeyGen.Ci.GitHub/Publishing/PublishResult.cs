namespace HeyGen.Ci.GitHub.Publishing;

/// <summary>What publishing did, and to which comment.</summary>
/// <param name="Outcome">Created, updated, unchanged, or not possible with this token.</param>
/// <param name="CommentId">The report comment's id; null when nothing was published.</param>
/// <param name="Url">The report comment's page, when known.</param>
/// <param name="RemovedDuplicates">Report comments of the same name removed because another run raced this one.</param>
public sealed record PublishResult(PublishOutcome Outcome, long? CommentId, string? Url, int RemovedDuplicates);
