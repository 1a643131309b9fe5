namespace HeyGen.Ci.Core.Generation;

/// <summary>How values are written so that Gherkin and the step library read back exactly the recorded
/// text.</summary>
internal static class GherkinEscaping
{
    /// <summary>A quoted value of the step vocabulary: <c>\"</c> for a quote and <c>\\</c> for a
    /// backslash.</summary>
    public static string Quoted(string value)
        => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>A table cell as Gherkin reads it: <c>\\</c>, <c>\|</c> and <c>\n</c> are its only
    /// escapes.</summary>
    public static string Cell(string value)
        => value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>
    /// Whether a value survives a table cell: Gherkin trims the white space around a cell and has no escape
    /// for
    /// a carriage return.
    /// </summary>
    public static bool FitsCell(string value)
        => value.Length == 0
            || (!char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1]) && !value.Contains('\r'));

    /// <summary>Whether a value can sit on one step line.</summary>
    public static bool FitsLine(string value) => !value.Contains('\n') && !value.Contains('\r');

    /// <summary>
    /// The doc string separator that keeps <paramref name="content"/> as it is (<c>"""</c>, else <c>```</c>),
    /// or
    /// <see langword="null"/> when neither does: Gherkin ends a doc string at a line that starts with its
    /// separator and turns an escaped separator into the separator itself.
    /// </summary>
    public static string? DocStringSeparator(string content)
    {
        // The parser turns an escaped separator of either kind back into the separator, whichever one opened.
        if (content.Contains('\r') || content.Contains("\\\"\\\"\\\"", StringComparison.Ordinal)
            || content.Contains("\\`\\`\\`", StringComparison.Ordinal))
        {
            return null;
        }

        string[] separators = ["\"\"\"", "```"];

        return separators.FirstOrDefault(s => Keeps(content, s));
    }

    private static bool Keeps(string content, string separator)
        => !content.Split('\n').Any(l => l.TrimStart().StartsWith(separator, StringComparison.Ordinal));
}
