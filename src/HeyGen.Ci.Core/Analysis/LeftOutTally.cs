namespace HeyGen.Ci.Core.Analysis;

/// <summary>Counts exchanges scenarios leave out, by kind.</summary>
internal sealed class LeftOutTally
{
    private long _preflights;
    private long _assets;
    private long _noResponse;
    private long _otherOrigins;

    /// <summary>Counts one exchange of <paramref name="kind"/>.</summary>
    public void Count(ExchangeKind kind)
    {
        switch (kind)
        {
            case ExchangeKind.Preflight:
                _preflights++;
                break;
            case ExchangeKind.StaticAsset:
                _assets++;
                break;
            case ExchangeKind.NoResponse:
                _noResponse++;
                break;
            case ExchangeKind.OtherOrigin:
                _otherOrigins++;
                break;
        }
    }

    /// <summary>The counts as <c>analysis.json</c> stores them.</summary>
    public LeftOutCounts ToCounts() => new()
    {
        Preflights = _preflights,
        StaticAssets = _assets,
        NoResponse = _noResponse,
        OtherOrigins = _otherOrigins,
    };
}
