namespace HeyGen.Ci.Core.Analysis;

/// <summary>One endpoint: a method and a route template learned across all sessions.</summary>
public sealed record RouteSummary
{
    /// <summary>The method and template, <c>GET /products/{productId}</c>.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The method.</summary>
    public required string Method { get; init; }

    /// <summary>The template, <c>/products/{productId}</c>.</summary>
    public required string Template { get; init; }

    /// <summary>The parameter names in path order.</summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];

    /// <summary>How many recorded calls it has.</summary>
    public long Calls { get; init; }

    /// <summary>A recorded path of it, the first seen.</summary>
    public string? Example { get; init; }
}
