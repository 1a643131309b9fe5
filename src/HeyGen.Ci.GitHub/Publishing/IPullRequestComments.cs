namespace HeyGen.Ci.GitHub.Publishing;

/// <summary>The comments of pull requests: the few calls the sticky comment needs, each cancellable.</summary>
public interface IPullRequestComments
{
    /// <summary>Every comment on the pull request's conversation, oldest first, all pages.</summary>
    Task<IReadOnlyList<PullRequestComment>> ListAsync(PullRequestRef pullRequest, CancellationToken cancellationToken);

    /// <summary>Adds a comment.</summary>
    Task<PullRequestComment> CreateAsync(PullRequestRef pullRequest, string body, CancellationToken cancellationToken);

    /// <summary>Replaces a comment's body.</summary>
    Task<PullRequestComment> UpdateAsync(
        RepositoryName repository, long commentId, string body, CancellationToken cancellationToken);

    /// <summary>Deletes a comment; false when it was already gone.</summary>
    Task<bool> DeleteAsync(RepositoryName repository, long commentId, CancellationToken cancellationToken);
}
