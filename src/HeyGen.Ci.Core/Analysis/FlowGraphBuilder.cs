namespace HeyGen.Ci.Core.Analysis;

/// <summary>Counts endpoint-to-endpoint transitions, entries and exits over sessions.</summary>
internal sealed class FlowGraphBuilder
{
    private readonly SortedDictionary<string, (long Calls, long Entries, long Exits)> _nodes =
        new(StringComparer.Ordinal);
    private readonly SortedDictionary<(string From, string To), long> _edges = new(EdgeOrder.Instance);

    /// <summary>Adds one session's endpoints in call order.</summary>
    public void AddSession(IReadOnlyList<string> endpoints)
    {
        for (var i = 0; i < endpoints.Count; i++)
        {
            var node = _nodes.GetValueOrDefault(endpoints[i]);
            node.Calls++;
            node.Entries += i == 0 ? 1 : 0;
            node.Exits += i == endpoints.Count - 1 ? 1 : 0;
            _nodes[endpoints[i]] = node;

            if (i > 0)
            {
                var edge = (endpoints[i - 1], endpoints[i]);
                _edges[edge] = _edges.GetValueOrDefault(edge) + 1;
            }
        }
    }

    /// <summary>The graph, nodes ordered by endpoint and edges by count (most first), then
    /// endpoints.</summary>
    public FlowGraph Build() => new()
    {
        Nodes = _nodes.Select(n => new FlowNode(n.Key, n.Value.Calls, n.Value.Entries, n.Value.Exits)).ToList(),
        Edges = _edges.Select(e => new FlowEdge(e.Key.From, e.Key.To, e.Value))
            .OrderByDescending(e => e.Count)
            .ThenBy(e => e.From, StringComparer.Ordinal)
            .ThenBy(e => e.To, StringComparer.Ordinal)
            .ToList(),
    };

    private sealed class EdgeOrder : IComparer<(string From, string To)>
    {
        public static EdgeOrder Instance { get; } = new();

        public int Compare((string From, string To) x, (string From, string To) y)
        {
            var from = string.CompareOrdinal(x.From, y.From);

            return from != 0 ? from : string.CompareOrdinal(x.To, y.To);
        }
    }
}
