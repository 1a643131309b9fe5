namespace HeyGen.Ci.Core.Verdicts;

/// <summary>One endpoint's scores: the model's and the judge's, side by side.</summary>
public sealed record EndpointVerdict
{
    /// <summary>The endpoint, <c>GET /products/{productId}</c>.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The decision for this endpoint alone.</summary>
    public required Decision Decision { get; init; }

    /// <summary>The model's anomaly score for the endpoint (aggregated over its steps).</summary>
    public double ModelScore { get; init; }

    /// <summary>Number of candidate samples.</summary>
    public int Samples { get; init; }

    /// <summary>Number of baseline samples.</summary>
    public int BaselineSamples { get; init; }

    /// <summary>The measures that contributed most to the score, largest first.</summary>
    public IReadOnlyList<ScoreContributor> Contributors { get; init; } = [];

    /// <summary>The statistical judge's tests on this endpoint.</summary>
    public IReadOnlyList<JudgeTest> Tests { get; init; } = [];
}
