using System.Text;

namespace HeyGen.Ci.Core.Generation;

/// <summary>Recorded URLs as features show them.</summary>
internal static class UrlText
{
    /// <summary>
    /// Decodes the percent-encoded UTF-8 of non-ASCII characters (<c>caf%C3%A9</c> reads <c>café</c>) and
    /// keeps
    /// every other escape, so reserved characters such as <c>%2F</c>, <c>%26</c> and <c>%25</c> keep their
    /// meaning.
    /// </summary>
    public static string DecodeNonAscii(string encoded)
    {
        if (!encoded.Contains('%', StringComparison.Ordinal))
        {
            return encoded;
        }

        var builder = new StringBuilder(encoded.Length);
        var i = 0;
        while (i < encoded.Length)
        {
            var run = NonAsciiRun(encoded, i);
            if (run.Count > 0 && TryDecode(run, out var text))
            {
                builder.Append(text);
                i += run.Count * 3;
                continue;
            }

            builder.Append(encoded[i]);
            i++;
        }

        return builder.ToString();
    }

    /// <summary>Decodes a query or form value: <c>+</c> is a space and every escape is decoded.</summary>
    public static string DecodeComponent(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return value;
        }
    }

    private static List<byte> NonAsciiRun(string encoded, int start)
    {
        var bytes = new List<byte>();
        for (var i = start; i + 2 < encoded.Length && encoded[i] == '%'; i += 3)
        {
            if (!byte.TryParse(encoded.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var b)
                || b < 0x80)
            {
                break;
            }

            bytes.Add(b);
        }

        return bytes;
    }

    private static bool TryDecode(List<byte> bytes, out string text)
    {
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString([.. bytes]);

            // White space and invisible characters stay encoded: a reader could not see them, Gherkin trims some.
            return !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)
                || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;

            return false;
        }
    }
}
