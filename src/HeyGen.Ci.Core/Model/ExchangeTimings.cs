namespace HeyGen.Ci.Core.Model;

/// <summary>
/// Timings of one exchange in milliseconds. <see langword="null"/> means unknown or not applicable
/// (HAR writes -1 for "not applicable"); a value is never negative or NaN.
/// </summary>
public sealed record ExchangeTimings
{
    /// <summary>Total time from request start to the last response byte.</summary>
    public double? TotalMs { get; init; }

    /// <summary>Time waiting for the first response byte.</summary>
    public double? WaitMs { get; init; }

    /// <summary>Time receiving the response.</summary>
    public double? ReceiveMs { get; init; }

    /// <summary>Nothing known.</summary>
    public static ExchangeTimings Unknown { get; } = new();
}
