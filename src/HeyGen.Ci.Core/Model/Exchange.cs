namespace HeyGen.Ci.Core.Model;

/// <summary>One request and its response, as a recording holds them.</summary>
public sealed record Exchange
{
    /// <summary>Where it came from: the file, and the entry index or line number in it.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The session this exchange belongs to (see <see cref="Session.Id"/>).</summary>
    public required string SessionId { get; init; }

    /// <summary>When the request started, when recorded.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>The request.</summary>
    public required RecordedRequest Request { get; init; }

    /// <summary>The response.</summary>
    public required RecordedResponse Response { get; init; }

    /// <summary>The timings; all unknown when the producer recorded none.</summary>
    public ExchangeTimings Timings { get; init; } = ExchangeTimings.Unknown;
}
