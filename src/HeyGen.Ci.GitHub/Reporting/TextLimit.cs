namespace HeyGen.Ci.GitHub.Reporting;

/// <summary>Cuts text to a length without splitting a surrogate pair, so the result is always valid UTF-16.</summary>
internal static class TextLimit
{
    /// <summary>The ellipsis appended to a value that was cut.</summary>
    public const string Ellipsis = "…";

    /// <summary>The longest prefix of <paramref name="text"/> of at most <paramref name="length"/> units.</summary>
    public static string Prefix(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var end = Math.Max(0, length);

        // A high surrogate at the cut would lose its low half: step back one unit.
        if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="length"/> units with an ellipsis when it was
    /// longer.
    /// </summary>
    public static string Cap(string text, int length)
        => text.Length <= length ? text : Prefix(text, length - Ellipsis.Length) + Ellipsis;

    /// <summary>The longest prefix of <paramref name="text"/> whose UTF-8 fits in <paramref name="bytes"/>.</summary>
    public static string PrefixUtf8(string text, int bytes)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(text) <= bytes)
        {
            return text;
        }

        var used = 0;
        var end = 0;
        while (end < text.Length)
        {
            var width = char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
            var size = width == 2 ? 4 : Utf8Width(text[end]);
            if (used + size > bytes)
            {
                break;
            }

            used += size;
            end += width;
        }

        return text[..end];
    }

    private static int Utf8Width(char c) => c switch
    {
        < (char)0x80 => 1,
        < (char)0x800 => 2,
        _ => 3,
    };
}
