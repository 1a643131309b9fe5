namespace HeyGen.Ci.GitHub.Publishing;

/// <summary>How long to keep trying when the GitHub API is down or rate-limits.</summary>
public sealed record RetryOptions
{
    /// <summary>Tries per call, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The first wait after a server error; each later one doubles.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait; a rate limit resetting later is reported, not waited out.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The wait after a secondary rate limit that gave no <c>Retry-After</c>.</summary>
    public TimeSpan SecondaryLimitDelay { get; init; } = TimeSpan.FromSeconds(60);
}
