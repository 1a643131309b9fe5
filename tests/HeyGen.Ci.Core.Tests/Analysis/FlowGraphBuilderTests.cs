using HeyGen.Ci.Core.Analysis;

namespace HeyGen.Ci.Core.Tests.Analysis;

public sealed class FlowGraphBuilderTests
{
    [Fact]
    public void Build_CountsTransitionsEntriesAndExits()
    {
        var builder = new FlowGraphBuilder();
        builder.AddSession(["GET /a", "GET /b", "GET /a"]);
        builder.AddSession(["GET /a", "GET /b"]);
        builder.AddSession(["GET /b"]);

        var graph = builder.Build();

        var a = graph.Nodes.Single(n => n.Endpoint == "GET /a");
        var b = graph.Nodes.Single(n => n.Endpoint == "GET /b");
        Assert.Equal((3L, 2L, 1L), (a.Calls, a.Entries, a.Exits));
        Assert.Equal((3L, 1L, 2L), (b.Calls, b.Entries, b.Exits));
        Assert.Equal(new FlowEdge("GET /a", "GET /b", 2), graph.Edges[0]);
        Assert.Equal(new FlowEdge("GET /b", "GET /a", 1), graph.Edges[1]);
    }

    [Fact]
    public void ToMermaid_WritesEveryNodeAndEdgeWithCounts()
    {
        var builder = new FlowGraphBuilder();
        builder.AddSession(["GET /products/{productId}", "POST /cart"]);

        var chart = FlowChart.ToMermaid(builder.Build());

        Assert.StartsWith("flowchart LR\n", chart, StringComparison.Ordinal);
        Assert.Contains("[\"GET /products/#123;productId#125;\"]", chart, StringComparison.Ordinal);
        Assert.Contains("e1 -->|1| e2", chart, StringComparison.Ordinal);
        Assert.Contains("start -->|1| e1", chart, StringComparison.Ordinal);
        Assert.Contains("e2 -->|1| finish", chart, StringComparison.Ordinal);
    }
}
