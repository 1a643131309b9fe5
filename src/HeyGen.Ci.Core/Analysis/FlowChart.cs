using System.Globalization;
using System.Text;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>Writes the flow graph as a Mermaid <c>flowchart LR</c> diagram (<c>flows.mmd</c>).</summary>
public static class FlowChart
{
    /// <summary>The diagram text, LF line ends, deterministic.</summary>
    public static string ToMermaid(FlowGraph graph)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = new StringBuilder("flowchart LR\n");
        text.Append("    start((start))\n    finish((end))\n");

        foreach (var node in graph.Nodes)
        {
            var id = "e" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
            ids[node.Endpoint] = id;
            text.Append(CultureInfo.InvariantCulture, $"    {id}[\"{Label(node.Endpoint)}\"]\n");
        }

        foreach (var node in graph.Nodes.Where(n => n.Entries > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"    start -->|{node.Entries}| {ids[node.Endpoint]}\n");
        }

        foreach (var edge in graph.Edges)
        {
            text.Append(CultureInfo.InvariantCulture, $"    {ids[edge.From]} -->|{edge.Count}| {ids[edge.To]}\n");
        }

        foreach (var node in graph.Nodes.Where(n => n.Exits > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"    {ids[node.Endpoint]} -->|{node.Exits}| finish\n");
        }

        return text.ToString();
    }

    // Mermaid labels in quotes take entity codes for the characters that would end or break them.
    private static string Label(string endpoint) => endpoint
        .Replace("\"", "#quot;", StringComparison.Ordinal)
        .Replace("{", "#123;", StringComparison.Ordinal)
        .Replace("}", "#125;", StringComparison.Ordinal);
}
