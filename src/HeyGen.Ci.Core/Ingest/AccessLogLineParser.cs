using System.Globalization;
using System.Text;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Parses one line of the combined log format (nginx's default, Apache's <c>combined</c>) or the common log
/// format, and the extra fields nginx configurations append: a bare <c>$request_time</c> or
/// <c>rt=</c>/<c>request_time=</c>.
/// </summary>
// Not yet: custom nginx log_format layouts and JSON access logs, because the default combined and common
// formats are what most servers write.
internal static class AccessLogLineParser
{
    private const string TimeFormat = "dd/MMM/yyyy:HH:mm:ss zzz";

    /// <summary>The entry, or null with the reason the line is not one.</summary>
    public static AccessLogEntry? Parse(string line, out string reason)
    {
        var cursor = new AccessLogCursor(line);
        var address = cursor.Word();
        cursor.Word();
        cursor.Word();
        if (string.IsNullOrEmpty(address) || cursor.Bracketed() is not { } timeText)
        {
            reason = "it does not start with a client address, two fields and a [time]";
            return null;
        }

        if (!TryParseTime(timeText, out var time))
        {
            reason = $"the time [{timeText}] is not in the dd/MMM/yyyy:HH:mm:ss +zzzz form";
            return null;
        }

        if (cursor.Quoted() is not { } request)
        {
            reason = "the request field is not a quoted string";
            return null;
        }

        if (!int.TryParse(cursor.Word(), NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            reason = "the status after the request is not a number";
            return null;
        }

        cursor.Word();
        var referer = Dash(cursor.Quoted());
        var userAgent = Dash(cursor.Quoted());
        reason = string.Empty;
        return new AccessLogEntry(address, time, request, status, referer, userAgent, RequestTime(cursor));
    }

    private static bool TryParseTime(string text, out DateTimeOffset time)
    {
        // The log writes the offset as +0000; the parser wants +00:00.
        var normalised = text.Length > 5 && text[^5] is '+' or '-' ? text.Insert(text.Length - 2, ":") : text;
        return DateTimeOffset.TryParseExact(normalised, TimeFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.None, out time);
    }

    private static double? RequestTime(AccessLogCursor cursor)
    {
        while (cursor.Next() is { } field)
        {
            var value = field;
            foreach (var prefix in (string[])["rt=", "request_time=", "upstream_response_time="])
            {
                if (field.StartsWith(prefix, StringComparison.Ordinal))
                {
                    value = field[prefix.Length..];
                    break;
                }
            }

            if (value.Contains('.', StringComparison.Ordinal)
                && double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s))
            {
                return s * 1000;
            }
        }

        return null;
    }

    private static string? Dash(string? value) => value is null or "-" or "" ? null : value;

    /// <summary>Decodes nginx's escapes in a quoted field: <c>\"</c>, <c>\\</c> and <c>\xHH</c> (one byte).</summary>
    public static string Unescape(ReadOnlySpan<char> text)
    {
        if (text.IndexOf('\\') < 0)
        {
            return text.ToString();
        }

        var bytes = new List<byte>(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                if (text[i + 1] == 'x' && i + 3 < text.Length
                    && byte.TryParse(text.Slice(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture,
                        out var b))
                {
                    bytes.Add(b);
                    i += 3;
                    continue;
                }

                i++;
            }

            Rune.DecodeFromUtf16(text[i..], out var rune, out var used);
            var written = rune.EncodeToUtf8(utf8);
            bytes.AddRange(utf8[..written]);
            i += used - 1;
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
