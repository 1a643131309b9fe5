namespace HeyGen.Ci.Core.Results;

/// <summary>One request the run sent and the response it got, measured.</summary>
public sealed record ExchangeObservation
{
    /// <summary>The endpoint: method and route template, <c>GET /products/{productId}</c>.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The method sent.</summary>
    public required string Method { get; init; }

    /// <summary>The URL actually sent, with secrets replaced by their parameter names.</summary>
    public required string Url { get; init; }

    /// <summary>Request headers actually sent, with secret values replaced by <c>${env:NAME}</c>.</summary>
    public IReadOnlyDictionary<string, string> RequestHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>Size of the request body sent, in bytes.</summary>
    public long RequestBodyBytes { get; init; }

    /// <summary>The status received; 0 when no response came (see <see cref="TransportError"/>).</summary>
    public int Status { get; init; }

    /// <summary>The status the recording had, when the feature states one.</summary>
    public int? ExpectedStatus { get; init; }

    /// <summary>Time from sending the request to reading the whole response.</summary>
    public double LatencyMs { get; init; }

    /// <summary>Time to the response headers.</summary>
    public double TimeToHeadersMs { get; init; }

    /// <summary>Size of the response body received, in bytes (decoded).</summary>
    public long ResponseBytes { get; init; }

    /// <summary>Size of the recorded response body the feature compares against, when it has one.</summary>
    public long? RecordedResponseBytes { get; init; }

    /// <summary>The response's media type.</summary>
    public string? ContentType { get; init; }

    /// <summary>Differences of the response body from the recorded one, masked fields left out.</summary>
    public IReadOnlyList<BodyDifference> Differences { get; init; } = [];

    /// <summary>Connection refused, timeout, reset: why no response came.</summary>
    public string? TransportError { get; init; }
}
