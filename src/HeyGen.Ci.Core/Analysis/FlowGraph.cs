namespace HeyGen.Ci.Core.Analysis;

/// <summary>Endpoints as nodes and the recorded transitions between them, with counts.</summary>
public sealed record FlowGraph
{
    /// <summary>Every endpoint with its calls and how often sessions started and ended on it.</summary>
    public IReadOnlyList<FlowNode> Nodes { get; init; } = [];

    /// <summary>Every transition from one endpoint to the next within a session.</summary>
    public IReadOnlyList<FlowEdge> Edges { get; init; } = [];
}
