using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>A recorded request as a feature sends it: references instead of captured values and
/// secrets.</summary>
internal sealed record RewrittenRequest
{
    /// <summary>The method.</summary>
    public required string Method { get; init; }

    /// <summary>The endpoint, <c>GET /products/{productId}</c>.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The route match of the path.</summary>
    public required RouteMatch Route { get; init; }

    /// <summary>Path and query with references, <c>/products/${productId}?q=lamp</c>.</summary>
    public required string Target { get; init; }

    /// <summary>Route variables the scenario sets before sending (those not captured), name and recorded
    /// value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RouteVariables { get; init; } = [];

    /// <summary>Headers to send, values in reference syntax.</summary>
    public IReadOnlyList<HttpHeader> Headers { get; init; } = [];

    /// <summary>The body in reference syntax, when the request has one.</summary>
    public string? Body { get; init; }

    /// <summary>The body's media type, when it has a body.</summary>
    public string? BodyMediaType { get; init; }

    /// <summary>Whether the recorded body lost bytes and cannot be sent as recorded.</summary>
    public bool BodyIsLossy { get; init; }

    /// <summary>Whether the body has line breaks a doc string cannot keep (carriage returns).</summary>
    public bool BodyHasCarriageReturns { get; init; }

    /// <summary>Values reused from earlier responses.</summary>
    public IReadOnlyList<ValueUse> Uses { get; init; } = [];

    /// <summary>Secrets that became environment parameters.</summary>
    public IReadOnlyList<SecretParameter> Secrets { get; init; } = [];

    /// <summary>The recorded request.</summary>
    public required RecordedRequest Recorded { get; init; }
}
