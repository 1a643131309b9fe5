namespace HeyGen.Ci.Core.Model;

/// <summary>The request of a recorded exchange.</summary>
public sealed record RecordedRequest
{
    /// <summary>The method, upper case (<c>GET</c>, <c>POST</c>, …).</summary>
    public required string Method { get; init; }

    /// <summary>
    /// The absolute URL as recorded (authority from <c>:authority</c> or <c>Host</c> where the URL lacked one).
    /// </summary>
    public required Uri Url { get; init; }

    /// <summary>HTTP version as recorded (<c>HTTP/1.1</c>, <c>h2</c>), when known.</summary>
    public string? HttpVersion { get; init; }

    /// <summary>
    /// Headers in recorded order, pseudo-headers included (never send those: see <see cref="HttpHeader.IsPseudo"/>).
    /// As for responses, <c>Content-Encoding</c> and <c>Transfer-Encoding</c> are dropped and <c>Content-Length</c>
    /// is the stored body's length, or absent when the body is missing or lossy.
    /// </summary>
    public IReadOnlyList<HttpHeader> Headers { get; init; } = [];

    /// <summary>Cookies sent with the request: the HAR <c>cookies</c> list, else the <c>Cookie</c> header's.</summary>
    public IReadOnlyList<HttpCookie> Cookies { get; init; } = [];

    /// <summary>The body, when the request had one.</summary>
    public RecordedBody? Body { get; init; }
}
