namespace HeyGen.Ci.Core.Analysis;

/// <summary>What a path segment looks like: a fixed word, or a value that identifies something.</summary>
public enum SegmentKind
{
    /// <summary>A fixed word of the route (<c>products</c>).</summary>
    Literal,

    /// <summary>A decimal number (<c>17</c>).</summary>
    Number,

    /// <summary>A UUID (<c>0b6f1c2e-5d1a-4d7e-9a41-1f0e3c9b7a10</c>).</summary>
    Uuid,

    /// <summary>A hexadecimal hash or object id of eight characters or more (<c>5f2a9c0e1b7d</c>).</summary>
    Hex,

    /// <summary>A prefixed id or a slug that mixes letters and digits (<c>tr-9001</c>,
    /// <c>desk-lamp-2</c>).</summary>
    Slug,

    /// <summary>A word that was recorded with many different values at one place of a route.</summary>
    Varying,
}
