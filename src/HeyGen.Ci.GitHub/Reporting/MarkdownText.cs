using System.Globalization;
using System.Text;

namespace HeyGen.Ci.GitHub.Reporting;

/// <summary>
/// Writes text that came from recordings and observations into Markdown so that it shows as written and can
/// neither change the layout (tables, fences, details) nor inject HTML, links or mentions.
/// </summary>
internal static class MarkdownText
{
    /// <summary>The longest a value from a recording may be in a table cell or a line.</summary>
    public const int InlineLimit = 300;

    /// <summary>The longest a value may be in a code block.</summary>
    public const int BlockLimit = 4000;

    // A zero-width space after these keeps GitHub from turning text into a mention or an issue link.
    private const string Breaker = "&#8203;";

    /// <summary>Plain text for a paragraph, list item or table cell: Markdown and HTML characters escaped.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = OneLine(TextLimit.Cap(value, InlineLimit));
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            AppendEscaped(builder, c);
        }

        return builder.ToString();
    }

    /// <summary>A code span, safe inside a table cell: backticks fenced, pipes escaped, one line.</summary>
    public static string Code(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "–";
        }

        var text = OneLine(TextLimit.Cap(value, InlineLimit)).Replace("|", "\\|", StringComparison.Ordinal);
        var fence = new string('`', LongestRun(text, '`') + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') || text.StartsWith(' ') ? " " : string.Empty;

        return fence + pad + text + pad + fence;
    }

    /// <summary>A fenced code block whose fence is longer than any backtick run inside, so nothing closes it.</summary>
    public static string Block(string? value, string info = "")
    {
        var text = TextLimit.Cap((value ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal), BlockLimit);
        var fence = new string('`', Math.Max(3, LongestRun(text, '`') + 1));

        return $"{fence}{info}\n{text.TrimEnd('\n')}\n{fence}";
    }

    /// <summary>Text inside an HTML element (a details summary): entity-encoded, mentions broken.</summary>
    public static string Html(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var encoded = System.Net.WebUtility.HtmlEncode(OneLine(TextLimit.Cap(value, InlineLimit)));

        return encoded.Replace("@", "@" + Breaker, StringComparison.Ordinal)
            .Replace("#", "&#35;", StringComparison.Ordinal);
    }

    /// <summary>A link whose address cannot close the link early.</summary>
    public static string Link(string text, Uri url)
    {
        var address = url.AbsoluteUri
            .Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal);

        return $"[{Text(text)}]({address})";
    }

    /// <summary>A number as the report shows it: invariant, two decimals.</summary>
    public static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '<':
                builder.Append("&lt;");
                break;
            case '>':
                builder.Append("&gt;");
                break;
            case '&':
                builder.Append("&amp;");
                break;
            case '@':
                builder.Append('@').Append(Breaker);
                break;
            case '#':
                builder.Append("&#35;");
                break;
            case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '|' or '~' or '!' or '{' or '}' or '+'
                or '-' or '.' or '=' or ':':
                builder.Append('\\').Append(c);
                break;
            default:
                builder.Append(c);
                break;
        }
    }

    private static string OneLine(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\n') < 0)
        {
            return text;
        }

        return text.Replace("\r\n", " ↵ ", StringComparison.Ordinal)
            .Replace('\r', ' ')
            .Replace("\n", " ↵ ", StringComparison.Ordinal);
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
