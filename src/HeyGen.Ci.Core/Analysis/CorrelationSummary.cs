namespace HeyGen.Ci.Core.Analysis;

/// <summary>A value issued by a response and used by a later request, captured as a named variable.</summary>
public sealed record CorrelationSummary
{
    /// <summary>The variable name the feature uses (<c>accessToken</c>, <c>transferId</c>).</summary>
    public required string Variable { get; init; }

    /// <summary>The endpoint whose response issued the value.</summary>
    public required string FromEndpoint { get; init; }

    /// <summary>Where in that response: <c>json</c>, <c>header</c> or <c>cookie</c>.</summary>
    public required string FromKind { get; init; }

    /// <summary>The JSON path (array items as <c>[*]</c>), header name or cookie name.</summary>
    public required string From { get; init; }

    /// <summary>The endpoint whose request used the value.</summary>
    public required string ToEndpoint { get; init; }

    /// <summary>Where in that request: <c>path</c>, <c>query</c>, <c>header</c>, <c>cookie</c> or
    /// <c>body</c>.</summary>
    public required string ToKind { get; init; }

    /// <summary>The route parameter, query parameter, header, cookie or body path that used it.</summary>
    public required string To { get; init; }

    /// <summary>How many times this flow of a value was seen.</summary>
    public long Count { get; init; }
}
