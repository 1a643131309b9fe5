using System.Globalization;
using System.Net;
using HeyGen.Ci.Core.Diagnostics;
using Octokit;

namespace HeyGen.Ci.GitHub.Publishing;

/// <summary>
/// Runs one API call with retries: server errors and transport failures back off exponentially; rate limits wait
/// for <c>Retry-After</c> or the reset, when that is within the cap. Anything else fails at once, mapped to a code.
/// </summary>
internal sealed class GitHubRetry
{
    private readonly RetryOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the policy; waits run on <paramref name="time"/> so tests need not sleep.</summary>
    public GitHubRetry(RetryOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

    /// <summary>Runs <paramref name="call"/>, described by <paramref name="what"/> in errors.</summary>
    public async Task<T> RunAsync<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            RequestCancellation.Use(cancellationToken);
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception ex)
                when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var wait = WaitFor(ex, attempt, what);
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private TimeSpan WaitFor(Exception ex, int attempt, string what)
    {
        var (wait, why) = Classify(ex, attempt, what);
        if (attempt >= _options.MaxAttempts)
        {
            throw Unavailable(what, $"{why}, after {attempt} tries", ex);
        }

        if (wait > _options.MaxDelay)
        {
            throw Unavailable(what, $"{why}; the wait of {wait.TotalSeconds:0} s is longer than the cap of " +
                $"{_options.MaxDelay.TotalSeconds:0} s", ex);
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private (TimeSpan Wait, string Why) Classify(Exception ex, int attempt, string what) => ex switch
    {
        RateLimitExceededException limit => (limit.Reset - _time.GetUtcNow(), "the API rate limit is used up"),
        SecondaryRateLimitExceededException secondary =>
            (RetryAfter(secondary) ?? _options.SecondaryLimitDelay, "a secondary rate limit was hit"),
        ApiException { StatusCode: (HttpStatusCode)429 } tooMany =>
            (RetryAfter(tooMany) ?? _options.SecondaryLimitDelay, "the API answered 429 Too Many Requests"),
        ForbiddenException forbidden when ResetOf(forbidden) is { } reset =>
            (reset - _time.GetUtcNow(), "the API rate limit is used up"),
        ApiException { StatusCode: >= HttpStatusCode.InternalServerError } server =>
            (Backoff(attempt), $"the API answered {(int)server.StatusCode}"),
        HttpRequestException or TaskCanceledException =>
            (Backoff(attempt), "the API could not be reached (" + ex.Message + ")"),
        _ => throw Refused(ex, what),
    };

    private TimeSpan Backoff(int attempt) => _options.BaseDelay * Math.Pow(2, attempt - 1);

    private TimeSpan? RetryAfter(ApiException ex)
    {
        var headers = ex.HttpResponse?.Headers;
        if (headers is null || !headers.TryGetValue("Retry-After", out var value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at - _time.GetUtcNow()
            : null;
    }

    // A 403 with no quota left but another message is still a rate limit: GitHub words them differently.
    private static DateTimeOffset? ResetOf(ApiException ex)
    {
        var headers = ex.HttpResponse?.Headers;
        if (headers is null
            || !headers.TryGetValue("X-RateLimit-Remaining", out var remaining) || remaining != "0"
            || !headers.TryGetValue("X-RateLimit-Reset", out var reset)
            || !long.TryParse(reset, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            return null;
        }

        return DateTimeOffset.FromUnixTimeSeconds(epoch);
    }

    private static Exception Refused(Exception ex, string what)
    {
        if (ex is ForbiddenException or NotFoundException && IsReadOnly(ex))
        {
            return new ReadOnlyTokenException(((ApiException)ex).ApiError?.Message ?? ex.Message, ex);
        }

        if (ex is AuthorizationException)
        {
            return new HeyGenException(DiagnosticCodes.BadCredentials.Create(
                $"GitHub rejected the token while trying to {what} (401 Bad credentials): pass a valid token, " +
                "for example the workflow's GITHUB_TOKEN, through the variable named by --token-env."), ex);
        }

        var status = ex is ApiException api ? $"{(int)api.StatusCode} " : string.Empty;
        return new HeyGenException(DiagnosticCodes.GitHubApiRefused.Create(
            $"GitHub refused to {what}: {status}{Message(ex)}. Check the repository, the pull request number and " +
            "the token's permissions (pull-requests: write)."), ex);
    }

    private static bool IsReadOnly(Exception ex)
        => Message(ex).Contains("not accessible", StringComparison.OrdinalIgnoreCase);

    private static string Message(Exception ex)
        => ex is ApiException { ApiError.Message: { Length: > 0 } message } ? message : ex.Message;

    private static HeyGenException Unavailable(string what, string why, Exception inner)
        => new(DiagnosticCodes.GitHubApiUnavailable.Create(
            $"Could not {what}: {why}. The report is still in the run folder; re-run the job later."), inner);
}
