namespace HeyGen.Ci.Core.Model;

/// <summary>The response of a recorded exchange.</summary>
public sealed record RecordedResponse
{
    /// <summary>The status code; 0 when the producer recorded no response (aborted, blocked, offline).</summary>
    public required int Status { get; init; }

    /// <summary>The reason phrase, when recorded.</summary>
    public string? StatusText { get; init; }

    /// <summary>
    /// Headers in recorded order, with the framing headers made true of <see cref="Body"/>: since the body is
    /// stored decoded, <c>Content-Encoding</c> and <c>Transfer-Encoding</c> (which describe the wire bytes) are
    /// dropped, and <c>Content-Length</c> is the stored body's length, or absent where that length says nothing
    /// (no body recorded, a lossy body, a response to HEAD, a 1xx, 204 or 304). Compare decoded bodies, never
    /// wire sizes.
    /// </summary>
    public IReadOnlyList<HttpHeader> Headers { get; init; } = [];

    /// <summary>
    /// Cookies set by the response: the HAR <c>cookies</c> list, or, where a producer left it empty, the name and
    /// value of each <c>Set-Cookie</c> header.
    /// </summary>
    public IReadOnlyList<HttpCookie> Cookies { get; init; } = [];

    /// <summary>The body, decoded, when recorded.</summary>
    public RecordedBody? Body { get; init; }

    /// <summary>Whether the producer recorded a response at all.</summary>
    public bool WasReceived => Status > 0;
}
