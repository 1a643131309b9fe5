namespace HeyGen.Ci.Core.Analysis;

/// <summary>
/// Learns route templates from every recorded path of every session: segments that look like identifiers
/// (numbers, UUIDs, hashes, prefixed ids and slugs) and places where many different data-like words were
/// recorded become parameters. Memory grows with the number of distinct routes, not with the recording.
/// </summary>
internal sealed class RouteTemplateLearner
{
    // Below this many distinct words at one place, words are route words (login, logout, transfers).
    private const int VaryingThreshold = 3;

    // With this many distinct leaf words at one place, they are data even when they look like words.
    private const int HighCardinality = 12;

    private readonly RouteNode _root = new();

    /// <summary>Records one path (percent-encoded, without the query), such as <c>/products/17</c>.</summary>
    public void Observe(string path)
    {
        var node = _root;
        node.Count++;

        foreach (var segment in Segments(path))
        {
            node = Next(node, segment);
            node.Count++;
        }

        node.IsEnd = true;
    }

    /// <summary>The learned templates, ready to match paths.</summary>
    public RouteTable Build()
    {
        Collapse(_root);

        return new RouteTable(_root);
    }

    /// <summary>The segments of a path; the leading slash is dropped, a trailing slash is an empty
    /// segment.</summary>
    public static string[] Segments(string path)
    {
        var trimmed = path.StartsWith('/') ? path[1..] : path;

        return trimmed.Length == 0 ? [] : trimmed.Split('/');
    }

    private static RouteNode Next(RouteNode node, string segment)
    {
        var kind = SegmentClassifier.Classify(segment);
        if (kind != SegmentKind.Literal)
        {
            return node.ParameterChild(kind);
        }

        if (node.Literals.TryGetValue(segment, out var child))
        {
            return child;
        }

        if (node.Literals.Count >= RouteNode.MaxLiterals)
        {
            return node.ParameterChild(SegmentKind.Varying);
        }

        child = new RouteNode();
        node.Literals[segment] = child;

        return child;
    }

    private static void Collapse(RouteNode node)
    {
        if (LooksLikeData(node))
        {
            var merged = node.ParameterChild(SegmentKind.Varying);
            foreach (var child in node.Literals.Values)
            {
                merged.MergeFrom(child);
            }

            node.Literals.Clear();
        }

        foreach (var child in node.Literals.Values)
        {
            Collapse(child);
        }

        if (node.Parameter is { } parameter)
        {
            Collapse(parameter);
        }
    }

    private static bool LooksLikeData(RouteNode node)
    {
        var words = node.Literals;
        if (words.Count < VaryingThreshold)
        {
            return false;
        }

        if (words.Count >= HighCardinality && words.Values.All(c => c.IsLeaf))
        {
            return true;
        }

        // Slugs: most of the words are joined with dashes, underscores or dots, like desk-lamp or v1.2.3.
        var sluggish = words.Keys.Count(w => w.AsSpan().IndexOfAny("-_.%") >= 0 || w.Any(char.IsAsciiDigit));

        return sluggish * 3 >= words.Count * 2 && words.Values.All(c => c.IsLeaf || SameShape(c, words.Values));
    }

    private static bool SameShape(RouteNode child, IEnumerable<RouteNode> siblings)
    {
        var first = siblings.First();

        return child.Literals.Keys.SequenceEqual(first.Literals.Keys, StringComparer.Ordinal)
            && (child.Parameter is null) == (first.Parameter is null);
    }
}
