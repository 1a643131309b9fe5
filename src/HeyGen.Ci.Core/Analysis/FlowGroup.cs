namespace HeyGen.Ci.Core.Analysis;

/// <summary>Sessions that made the same calls in the same order and differ at most in route parameter
/// values.</summary>
internal sealed record FlowGroup
{
    /// <summary>The rank among recorded flows, 1 = most sessions.</summary>
    public required int Rank { get; init; }

    /// <summary>The session ids, ordered ordinally.</summary>
    public required IReadOnlyList<string> Sessions { get; init; }

    /// <summary>The endpoints in call order.</summary>
    public required IReadOnlyList<string> Endpoints { get; init; }

    /// <summary>Whether a scenario is generated for it (it covers a transition no more frequent flow
    /// covers).</summary>
    public bool Selected { get; init; }
}
