namespace HeyGen.Ci.Core.Ingest;

/// <summary>The fields of one combined or common format access log line, quoted fields decoded.</summary>
/// <param name="ClientAddress">The client address (<c>$remote_addr</c>).</param>
/// <param name="Time">The request time (<c>$time_local</c>).</param>
/// <param name="RequestLine">The request line (<c>$request</c>), <c>\"</c> and <c>\xHH</c> decoded.</param>
/// <param name="Status">The status code.</param>
/// <param name="Referer">The referer, when logged and not <c>-</c>.</param>
/// <param name="UserAgent">The user agent, when logged and not <c>-</c>.</param>
/// <param name="RequestTimeMs">The request time in milliseconds, when a <c>$request_time</c> field follows.</param>
internal sealed record AccessLogEntry(
    string ClientAddress,
    DateTimeOffset Time,
    string RequestLine,
    int Status,
    string? Referer,
    string? UserAgent,
    double? RequestTimeMs);
