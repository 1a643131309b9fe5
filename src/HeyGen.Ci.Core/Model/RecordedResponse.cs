namespace HeyGen.Ci.Core.Model;

/// <summary>The response of a recorded exchange.</summary>
public sealed record RecordedResponse
{
    /// <summary>The status code; 0 when the producer recorded no response (aborted, blocked, offline).</summary>
    public required int Status { get; init; }

    /// <summary>The reason phrase, when recorded.</summary>
    public string? StatusText { get; init; }

    /// <summary>Headers in recorded order.</summary>
    public IReadOnlyList<HttpHeader> Headers { get; init; } = [];

    /// <summary>Cookies set by the response (<c>Set-Cookie</c>).</summary>
    public IReadOnlyList<HttpCookie> Cookies { get; init; } = [];

    /// <summary>The body, decoded, when recorded.</summary>
    public RecordedBody? Body { get; init; }

    /// <summary>Whether the producer recorded a response at all.</summary>
    public bool WasReceived => Status > 0;
}
