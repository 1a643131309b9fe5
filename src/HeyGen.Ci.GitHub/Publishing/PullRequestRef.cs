namespace HeyGen.Ci.GitHub.Publishing;

/// <summary>One pull request: its repository and number.</summary>
/// <param name="Repository">The base repository, where the pull request and its comments live.</param>
/// <param name="Number">The pull request's number.</param>
public sealed record PullRequestRef(RepositoryName Repository, int Number)
{
    /// <inheritdoc />
    public override string ToString() => $"{Repository}#{Number}";
}
