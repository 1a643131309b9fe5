using System.Text.RegularExpressions;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>Recognises path segments that are identifiers rather than fixed words of a route.</summary>
internal static partial class SegmentClassifier
{
    /// <summary>The kind of one (still percent-encoded) path segment.</summary>
    public static SegmentKind Classify(string segment)
    {
        if (segment.Length == 0)
        {
            return SegmentKind.Literal;
        }

        if (NumberPattern().IsMatch(segment))
        {
            return SegmentKind.Number;
        }

        if (UuidPattern().IsMatch(segment))
        {
            return SegmentKind.Uuid;
        }

        if (segment.Length >= 8 && HexPattern().IsMatch(segment) && segment.Any(char.IsAsciiDigit)
            && segment.Any(char.IsAsciiLetter))
        {
            return SegmentKind.Hex;
        }

        return SlugPattern().IsMatch(segment) ? SegmentKind.Slug : SegmentKind.Literal;
    }

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex UuidPattern();

    [GeneratedRegex("^[0-9a-fA-F]+$")]
    private static partial Regex HexPattern();

    // Letters joined to digits by a dash or underscore (tr-9001, acct_2, desk-lamp-2), but not version words (v1).
    [GeneratedRegex("^(?:[A-Za-z]+[-_.])+[A-Za-z]*[0-9][A-Za-z0-9]*$|^[0-9]+[-_][A-Za-z0-9-_]+$")]
    private static partial Regex SlugPattern();
}
