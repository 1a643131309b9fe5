namespace HeyGen.Ci.Core.Verdicts;

/// <summary>One statistical test of the judge on one endpoint and measure.</summary>
public sealed record JudgeTest
{
    /// <summary>The measure tested (<c>latency</c>, <c>size</c>, <c>cpu</c>, …).</summary>
    public required string Measure { get; init; }

    /// <summary>The test (<c>mann-whitney</c> for location, <c>brown-forsythe</c> for spread, …).</summary>
    public required string Test { get; init; }

    /// <summary>The test statistic.</summary>
    public double Statistic { get; init; }

    /// <summary>The p-value; null when the test could not run.</summary>
    public double? PValue { get; init; }

    /// <summary>The effect in the measure's unit (median shift, spread ratio).</summary>
    public double Effect { get; init; }

    /// <summary>Candidate and baseline sample sizes.</summary>
    public int Samples { get; init; }

    /// <summary>Baseline sample size.</summary>
    public int BaselineSamples { get; init; }

    /// <summary>The smallest effect that matters (the practical threshold), in the measure's unit.</summary>
    public double? Allowed { get; init; }

    /// <summary>True when significant and larger than the allowed effect.</summary>
    public bool Significant { get; init; }

    /// <summary>Why the test did not run (too few samples), when it did not.</summary>
    public string? Inconclusive { get; init; }
}
