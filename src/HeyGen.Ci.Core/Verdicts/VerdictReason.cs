namespace HeyGen.Ci.Core.Verdicts;

/// <summary>One reason for a verdict: what moved, where, by how much against what is allowed.</summary>
public sealed record VerdictReason
{
    /// <summary>How serious this reason is on its own.</summary>
    public required Decision Severity { get; init; }

    /// <summary>
    /// What kind of reason: <c>scenario-failed</c>, <c>anomaly</c>, <c>judge</c>, <c>schema-change</c>,
    /// <c>coverage</c>, <c>flaky</c>, <c>inconclusive</c>.
    /// </summary>
    public required string Kind { get; init; }

    /// <summary>A sentence a reviewer understands.</summary>
    public required string Message { get; init; }

    /// <summary>The scenario id, when the reason concerns one.</summary>
    public string? Scenario { get; init; }

    /// <summary>The endpoint, <c>GET /products/{productId}</c>, when the reason concerns one.</summary>
    public string? Endpoint { get; init; }

    /// <summary>The measure that moved (<c>latency</c>, <c>status</c>, <c>size</c>, a JSON path, …).</summary>
    public string? Measure { get; init; }

    /// <summary>What was observed, as text with its unit.</summary>
    public string? Observed { get; init; }

    /// <summary>What is allowed or expected, as text with its unit.</summary>
    public string? Allowed { get; init; }

    /// <summary>Where to look, derived from the observations only.</summary>
    public string? WhereToLook { get; init; }
}
