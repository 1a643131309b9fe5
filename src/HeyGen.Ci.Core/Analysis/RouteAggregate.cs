namespace HeyGen.Ci.Core.Analysis;

/// <summary>Counts of one endpoint while the analysis streams.</summary>
internal sealed class RouteAggregate(string method, RouteMatch first)
{
    /// <summary>The method.</summary>
    public string Method { get; } = method;

    /// <summary>The first recorded path matched to the endpoint.</summary>
    public RouteMatch First { get; } = first;

    /// <summary>Calls so far.</summary>
    public long Calls { get; set; }
}
