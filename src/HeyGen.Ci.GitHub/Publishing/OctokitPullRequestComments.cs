using Octokit;
using Octokit.Internal;

namespace HeyGen.Ci.GitHub.Publishing;

/// <summary>Pull-request comments through Octokit, each call retried by <see cref="GitHubRetry"/>.</summary>
internal sealed class OctokitPullRequestComments : IPullRequestComments
{
    private readonly GitHubClient _client;
    private readonly GitHubRetry _retry;

    /// <summary>Creates the client for <paramref name="apiUrl"/>.</summary>
    public OctokitPullRequestComments(Uri apiUrl, string token, TimeProvider time, RetryOptions retry)
    {
        var http = new HttpClientAdapter(() => new RequestCancellation(new SocketsHttpHandler()));
        var version = typeof(OctokitPullRequestComments).Assembly.GetName().Version?.ToString(3);
        var connection = new Connection(
            new ProductHeaderValue("heygen-ci", version),
            BaseAddress(apiUrl),
            new InMemoryCredentialStore(new Credentials(token, AuthenticationType.Bearer)),
            http,
            new SimpleJsonSerializer());
        _client = new GitHubClient(connection);
        _retry = new GitHubRetry(retry, time);
    }

    /// <summary>
    /// The address Octokit is given: github.com's API as it is, any other host as given, with <c>/api/v3/</c>
    /// added when the address has no path (GitHub Enterprise Server's layout).
    /// </summary>
    public static Uri BaseAddress(Uri apiUrl)
    {
        var text = apiUrl.AbsoluteUri;
        if (apiUrl.AbsolutePath == "/" && !apiUrl.Host.Equals("api.github.com", StringComparison.OrdinalIgnoreCase))
        {
            text = text.TrimEnd('/') + "/api/v3/";
        }

        return new Uri(text.EndsWith('/') ? text : text + "/");
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PullRequestComment>> ListAsync(
        PullRequestRef pullRequest, CancellationToken cancellationToken)
    {
        var comments = await _retry.RunAsync(
            $"list the comments of {pullRequest}",
            () => _client.Issue.Comment.GetAllForIssue(
                pullRequest.Repository.Owner, pullRequest.Repository.Name, pullRequest.Number,
                new ApiOptions { PageSize = 100 }),
            cancellationToken).ConfigureAwait(false);

        return comments.Select(ToComment).ToList();
    }

    /// <inheritdoc />
    public async Task<PullRequestComment> CreateAsync(
        PullRequestRef pullRequest, string body, CancellationToken cancellationToken)
    {
        var comment = await _retry.RunAsync(
            $"comment on {pullRequest}",
            () => _client.Issue.Comment.Create(
                pullRequest.Repository.Owner, pullRequest.Repository.Name, pullRequest.Number, body),
            cancellationToken).ConfigureAwait(false);

        return ToComment(comment);
    }

    /// <inheritdoc />
    public async Task<PullRequestComment> UpdateAsync(
        RepositoryName repository, long commentId, string body, CancellationToken cancellationToken)
    {
        var comment = await _retry.RunAsync(
            $"update comment {commentId} in {repository}",
            () => _client.Issue.Comment.Update(repository.Owner, repository.Name, commentId, body),
            cancellationToken).ConfigureAwait(false);

        return ToComment(comment);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(RepositoryName repository, long commentId, CancellationToken cancellationToken)
    {
        try
        {
            await _retry.RunAsync(
                $"delete comment {commentId} in {repository}",
                async () =>
                {
                    await _client.Issue.Comment.Delete(repository.Owner, repository.Name, commentId)
                        .ConfigureAwait(false);
                    return true;
                },
                cancellationToken).ConfigureAwait(false);

            return true;
        }
        catch (Core.Diagnostics.HeyGenException ex) when (ex.InnerException is NotFoundException)
        {
            // Another run removed it first: the outcome both wanted.
            return false;
        }
    }

    private static PullRequestComment ToComment(IssueComment comment)
        => new(comment.Id, comment.Body ?? string.Empty, comment.User?.Login ?? string.Empty, comment.HtmlUrl);
}
