namespace HeyGen.Ci.Scoring.Features;

/// <summary>What one endpoint looked like on the baseline runs, pooled.</summary>
internal sealed record EndpointBaseline
{
    public required string Endpoint { get; init; }

    public required double[] Latencies { get; init; }

    public double LatencyP50 { get; init; }

    public double TimeToHeadersP50 { get; init; }

    /// <summary>How far the baseline runs' medians lie apart, in ms: the noise floor of a median shift.</summary>
    public double NoiseShiftMs { get; init; }

    public int? Status { get; init; }

    public double? SizeP50 { get; init; }

    public required double[] DifferenceMedians { get; init; }
}
