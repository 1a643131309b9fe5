namespace HeyGen.Ci.Core.Ingest;

/// <summary>The HAR <c>timings</c> the model keeps, as read (negative and absent values included).</summary>
internal sealed class HarTimingsDraft
{
    public double? Send { get; set; }

    public double? Wait { get; set; }

    public double? Receive { get; set; }
}
