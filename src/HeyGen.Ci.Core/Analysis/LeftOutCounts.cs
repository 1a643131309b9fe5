namespace HeyGen.Ci.Core.Analysis;

/// <summary>How many exchanges scenarios leave out, by reason.</summary>
public sealed record LeftOutCounts
{
    /// <summary>CORS preflights.</summary>
    public long Preflights { get; init; }

    /// <summary>Images, style sheets, scripts, fonts and HTML documents.</summary>
    public long StaticAssets { get; init; }

    /// <summary>Exchanges without a recorded response.</summary>
    public long NoResponse { get; init; }

    /// <summary>Requests to another host than the session's application.</summary>
    public long OtherOrigins { get; init; }
}
