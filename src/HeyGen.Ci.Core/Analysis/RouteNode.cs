namespace HeyGen.Ci.Core.Analysis;

/// <summary>One place in the tree of recorded paths: the fixed words that follow it and the
/// identifiers.</summary>
internal sealed class RouteNode
{
    /// <summary>The most literal children one node keeps; past it, the place is a parameter.</summary>
    public const int MaxLiterals = 256;

    /// <summary>Children by their fixed word, compared ordinally.</summary>
    public SortedDictionary<string, RouteNode> Literals { get; } = new(StringComparer.Ordinal);

    /// <summary>The child for an identifier segment, when one was seen here.</summary>
    public RouteNode? Parameter { get; set; }

    /// <summary>The kind of identifier the parameter child stands for (the first seen).</summary>
    public SegmentKind ParameterKind { get; set; } = SegmentKind.Literal;

    /// <summary>How many recorded paths passed through this node.</summary>
    public long Count { get; set; }

    /// <summary>Whether some recorded path ended here.</summary>
    public bool IsEnd { get; set; }

    /// <summary>Whether nothing follows this node.</summary>
    public bool IsLeaf => Literals.Count == 0 && Parameter is null;

    /// <summary>The child for an identifier, created on first use.</summary>
    public RouteNode ParameterChild(SegmentKind kind)
    {
        if (Parameter is null)
        {
            Parameter = new RouteNode();
            ParameterKind = kind;
        }

        return Parameter;
    }

    /// <summary>Adds everything under <paramref name="other"/> to this node.</summary>
    public void MergeFrom(RouteNode other)
    {
        Count += other.Count;
        IsEnd |= other.IsEnd;

        if (other.Parameter is { } parameter)
        {
            ParameterChild(other.ParameterKind).MergeFrom(parameter);
        }

        foreach (var (word, child) in other.Literals)
        {
            if (!Literals.TryGetValue(word, out var mine))
            {
                mine = new RouteNode();
                Literals[word] = mine;
            }

            mine.MergeFrom(child);
        }
    }
}
