using System.Text;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Rebuilds a request body from HAR <c>postData.params</c> when the producer kept no text: URL-encoded for forms
/// (and any type but multipart), multipart for <c>multipart/form-data</c>. Order, repeated names and empty
/// values are kept as recorded.
/// </summary>
internal static class FormBody
{
    private const string FallbackBoundary = "heygen-rebuilt-boundary";

    /// <summary>The body bytes, and whether content was missing (a file part without its bytes).</summary>
    public static (byte[] Content, bool IsLossy) Build(IReadOnlyList<HarParam> parameters, string? mediaType)
    {
        if (mediaType is not null
            && MediaTypes.Essence(mediaType).Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return Multipart(parameters, Boundary(mediaType) ?? FallbackBoundary);
        }

        return (UrlEncoded(parameters), false);
    }

    /// <summary>The <c>boundary</c> parameter of a multipart media type, unquoted.</summary>
    public static string? Boundary(string mediaType)
    {
        foreach (var part in mediaType.Split(';'))
        {
            var trimmed = part.Trim();
            if (trimmed.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))
            {
                return trimmed["boundary=".Length..].Trim('"');
            }
        }

        return null;
    }

    private static byte[] UrlEncoded(IReadOnlyList<HarParam> parameters)
    {
        var builder = new StringBuilder();
        foreach (var parameter in parameters)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            AppendFormEncoded(builder, parameter.Name);
            builder.Append('=');
            AppendFormEncoded(builder, parameter.Value ?? string.Empty);
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>The application/x-www-form-urlencoded byte serialisation: space as <c>+</c>, UTF-8 escaped.</summary>
    private static void AppendFormEncoded(StringBuilder builder, string value)
    {
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii && IsFormSafe((char)rune.Value))
            {
                builder.Append((char)rune.Value);
                continue;
            }

            if (rune.Value == ' ')
            {
                builder.Append('+');
                continue;
            }

            var written = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..written])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static bool IsFormSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '*' or '-' or '.' or '_';

    private static (byte[] Content, bool IsLossy) Multipart(IReadOnlyList<HarParam> parameters, string boundary)
    {
        var builder = new StringBuilder();
        var lossy = false;
        foreach (var parameter in parameters)
        {
            builder.Append("--").Append(boundary).Append("\r\n");
            builder.Append("Content-Disposition: form-data; name=\"").Append(parameter.Name).Append('"');
            if (parameter.FileName is not null)
            {
                builder.Append("; filename=\"").Append(parameter.FileName).Append('"');
                lossy |= parameter.Value is null;
            }

            builder.Append("\r\n");
            if (!string.IsNullOrEmpty(parameter.ContentType))
            {
                builder.Append("Content-Type: ").Append(parameter.ContentType).Append("\r\n");
            }

            builder.Append("\r\n").Append(parameter.Value).Append("\r\n");
        }

        builder.Append("--").Append(boundary).Append("--\r\n");
        return (Encoding.UTF8.GetBytes(builder.ToString()), lossy);
    }
}
