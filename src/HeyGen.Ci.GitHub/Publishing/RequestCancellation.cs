namespace HeyGen.Ci.GitHub.Publishing;

/// <summary>
/// Carries the caller's token to the HTTP layer: Octokit's client calls take none, so the token flows through
/// an async-local and the handler links it to each request, which then really stops when cancelled.
/// </summary>
internal sealed class RequestCancellation : DelegatingHandler
{
    private static readonly AsyncLocal<CancellationToken> Current = new();

    /// <summary>Creates the handler in front of <paramref name="inner"/>.</summary>
    public RequestCancellation(HttpMessageHandler inner)
        : base(inner)
    {
    }

    /// <summary>Makes <paramref name="token"/> the one requests started from this async flow observe.</summary>
    public static void Use(CancellationToken token) => Current.Value = token;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, Current.Value);

        return await base.SendAsync(request, linked.Token).ConfigureAwait(false);
    }
}
