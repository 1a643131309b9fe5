namespace HeyGen.Ci.Core.Analysis;

/// <summary>What part an exchange plays: user behaviour, or something scenarios leave out.</summary>
public enum ExchangeKind
{
    /// <summary>An API call the user's actions caused: it becomes a step.</summary>
    Behaviour,

    /// <summary>A CORS preflight (<c>OPTIONS</c> with <c>Access-Control-Request-Method</c>): browser
    /// plumbing.</summary>
    Preflight,

    /// <summary>An image, style sheet, script, font or HTML document.</summary>
    StaticAsset,

    /// <summary>No response was recorded (aborted, blocked, offline).</summary>
    NoResponse,

    /// <summary>A request to another origin than the session's application.</summary>
    OtherOrigin,
}
