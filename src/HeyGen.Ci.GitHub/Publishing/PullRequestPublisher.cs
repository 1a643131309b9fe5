using HeyGen.Ci.GitHub.Reporting;

namespace HeyGen.Ci.GitHub.Publishing;

/// <summary>
/// Keeps one sticky report comment per pull request and report name: found by its hidden marker and its author,
/// edited in place, left alone when unchanged. When two runs race, the oldest comment wins and a run that created
/// a later one removes it, so the conversation ends with one.
/// </summary>
public sealed class PullRequestPublisher
{
    private readonly IPullRequestComments _comments;

    /// <summary>Creates a publisher over <paramref name="comments"/>.</summary>
    public PullRequestPublisher(IPullRequestComments comments)
    {
        _comments = comments;
    }

    /// <summary>
    /// A publisher that talks to the GitHub API at <paramref name="apiUrl"/> (<c>GITHUB_API_URL</c>) with
    /// <paramref name="token"/>, retrying server errors and rate limits as <paramref name="retry"/> says.
    /// </summary>
    public static PullRequestPublisher Create(
        Uri apiUrl, string token, TimeProvider? time = null, RetryOptions? retry = null)
        => new(new OctokitPullRequestComments(apiUrl, token, time ?? TimeProvider.System, retry ?? new RetryOptions()));

    /// <summary>Creates or updates the report comment.</summary>
    /// <exception cref="Core.Diagnostics.HeyGenException">
    /// The API refused or stayed unavailable (HGCI5002, HGCI5003, HGCI5007).
    /// </exception>
    public async Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ReportMarker.Marks(request.Body, request.ReportName))
        {
            throw new ArgumentException("The body must start with the report's marker line.", nameof(request));
        }

        try
        {
            return await UpsertAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (ReadOnlyTokenException)
        {
            return new PublishResult(PublishOutcome.ReadOnlyToken, null, null, 0);
        }
    }

    private async Task<PublishResult> UpsertAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var ours = await OursAsync(request, cancellationToken).ConfigureAwait(false);
        if (ours.Count == 0)
        {
            var created = await _comments.CreateAsync(request.PullRequest, request.Body, cancellationToken)
                .ConfigureAwait(false);

            return await SettleAsync(request, created, cancellationToken).ConfigureAwait(false);
        }

        var removed = await RemoveAsync(request, ours.Skip(1), cancellationToken).ConfigureAwait(false);
        var oldest = ours[0];
        if (SameBody(oldest.Body, request.Body))
        {
            return new PublishResult(PublishOutcome.Unchanged, oldest.Id, oldest.Url, removed);
        }

        var updated = await _comments
            .UpdateAsync(request.PullRequest.Repository, oldest.Id, request.Body, cancellationToken)
            .ConfigureAwait(false);

        return new PublishResult(PublishOutcome.Updated, updated.Id, updated.Url ?? oldest.Url, removed);
    }

    // After a create, look again: a run that raced this one may have created its own. Keep the oldest.
    private async Task<PublishResult> SettleAsync(
        PublishRequest request, PullRequestComment created, CancellationToken cancellationToken)
    {
        var ours = await OursAsync(request, cancellationToken).ConfigureAwait(false);
        if (ours.Count == 0 || ours[0].Id == created.Id)
        {
            var removedLater = await RemoveAsync(request, ours.Skip(1), cancellationToken).ConfigureAwait(false);
            return new PublishResult(PublishOutcome.Created, created.Id, created.Url, removedLater);
        }

        var oldest = ours[0];
        var removed = await RemoveAsync(request, ours.Skip(1), cancellationToken).ConfigureAwait(false);
        if (!SameBody(oldest.Body, request.Body))
        {
            await _comments.UpdateAsync(request.PullRequest.Repository, oldest.Id, request.Body, cancellationToken)
                .ConfigureAwait(false);
        }

        return new PublishResult(PublishOutcome.Updated, oldest.Id, oldest.Url, removed);
    }

    private async Task<List<PullRequestComment>> OursAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var all = await _comments.ListAsync(request.PullRequest, cancellationToken).ConfigureAwait(false);

        // The author check keeps a person's comment that quotes the marker from being taken over.
        return all
            .Where(c => string.Equals(c.Author, request.Author, StringComparison.OrdinalIgnoreCase))
            .Where(c => ReportMarker.Marks(Normalise(c.Body), request.ReportName))
            .OrderBy(c => c.Id)
            .ToList();
    }

    private async Task<int> RemoveAsync(
        PublishRequest request, IEnumerable<PullRequestComment> extras, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var extra in extras)
        {
            if (await _comments.DeleteAsync(request.PullRequest.Repository, extra.Id, cancellationToken)
                .ConfigureAwait(false))
            {
                removed++;
            }
        }

        return removed;
    }

    private static bool SameBody(string stored, string body)
        => string.Equals(Normalise(stored).TrimEnd(), Normalise(body).TrimEnd(), StringComparison.Ordinal);

    private static string Normalise(string body) => body.Replace("\r\n", "\n", StringComparison.Ordinal);
}
