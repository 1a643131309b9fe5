namespace HeyGen.Ci.Core.Analysis;

/// <summary>
/// Ranks recorded flows by how many sessions followed them and picks, most frequent first, every flow that
/// covers an endpoint, an entry, an exit or a transition that no flow picked before it covers.
/// </summary>
internal static class FlowSelection
{
    private const string Start = "\u0002start";
    private const string End = "\u0003end";

    /// <summary>Every flow, ranked; those picked for scenarios are marked.</summary>
    public static IReadOnlyList<FlowGroup> Select(IEnumerable<IReadOnlyList<SessionTrace>> shapes)
    {
        var ranked = shapes
            .Select(s => s.OrderBy(t => t.Id, StringComparer.Ordinal).ToList())
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s[0].Id, StringComparer.Ordinal)
            .ToList();
        var covered = new HashSet<(string, string)>();
        var flows = new List<FlowGroup>(ranked.Count);

        for (var i = 0; i < ranked.Count; i++)
        {
            var endpoints = ranked[i][0].Endpoints.ToList();
            var transitions = Transitions(endpoints).ToList();
            var adds = transitions.Where(t => !covered.Contains(t)).ToList();
            covered.UnionWith(adds);
            flows.Add(new FlowGroup
            {
                Rank = i + 1,
                Sessions = ranked[i].Select(t => t.Id).ToList(),
                Endpoints = endpoints,
                Selected = adds.Count > 0,
            });
        }

        return flows;
    }

    private static IEnumerable<(string, string)> Transitions(List<string> endpoints)
    {
        var previous = Start;
        foreach (var endpoint in endpoints)
        {
            yield return (previous, endpoint);
            previous = endpoint;
        }

        yield return (previous, End);
    }
}
