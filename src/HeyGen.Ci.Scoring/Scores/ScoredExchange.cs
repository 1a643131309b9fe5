namespace HeyGen.Ci.Scoring.Scores;

/// <summary>One candidate exchange's feature vector and scores.</summary>
public sealed record ScoredExchange
{
    /// <summary>The scenario id.</summary>
    public required string Scenario { get; init; }

    /// <summary>The index of the exchange in the scenario.</summary>
    public int Exchange { get; init; }

    /// <summary>The endpoint.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The feature vector (<c>features/v1</c>).</summary>
    public IReadOnlyList<float> Features { get; init; } = [];

    /// <summary>The model's anomaly score.</summary>
    public double Score { get; init; }

    /// <summary>The model's reconstruction error, when it gives one.</summary>
    public double? ReconError { get; init; }
}
