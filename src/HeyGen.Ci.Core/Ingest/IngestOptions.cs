namespace HeyGen.Ci.Core.Ingest;

/// <summary>How recordings are read. The defaults are what a user expects; tests and large inputs tune them.</summary>
public sealed record IngestOptions
{
    /// <summary>
    /// A pause longer than this between two requests starts a new session, where a HAR file has no pages
    /// and for each client of an access log.
    /// </summary>
    public TimeSpan IdleGap { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Bodies larger than this are kept truncated to this many bytes and marked lossy, so one huge download
    /// cannot exhaust memory.
    /// </summary>
    public long MaxBodyBytes { get; init; } = 1 << 20;

    /// <summary>
    /// The scheme and authority given to access log requests, which record only a path. Replay is always
    /// relative to the target, so this only makes the recorded URLs absolute.
    /// </summary>
    public Uri AccessLogBaseAddress { get; init; } = new("http://localhost/");
}
