using System.Globalization;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Makes the framing headers describe the body the model holds. Bodies are always stored decoded, so
/// <c>Content-Encoding</c> and <c>Transfer-Encoding</c> (which describe the bytes on the wire) are dropped, and
/// <c>Content-Length</c> is set to the stored body's length, or dropped where that length says nothing (no
/// body recorded, a lossy body, a response to HEAD or a 204/304).
/// </summary>
internal static class WireHeaders
{
    public static IReadOnlyList<HttpHeader> Normalise(List<HttpHeader> headers, RecordedBody? body, bool bodyless)
    {
        if (!headers.Exists(IsFraming))
        {
            return headers;
        }

        var keepLength = !bodyless && body is { IsLossy: false };
        var result = new List<HttpHeader>(headers.Count);
        foreach (var header in headers)
        {
            if (header.Is("Content-Length"))
            {
                if (keepLength)
                {
                    var length = body!.Content.Length.ToString(CultureInfo.InvariantCulture);
                    result.Add(header.Value == length ? header : header with { Value = length });
                }
            }
            else if (!header.Is("Content-Encoding") && !header.Is("Transfer-Encoding"))
            {
                result.Add(header);
            }
        }

        return result;
    }

    /// <summary>The first value of a header, compared by name case-insensitively.</summary>
    public static string? Find(IReadOnlyList<HttpHeader> headers, string name)
    {
        foreach (var header in headers)
        {
            if (header.Is(name))
            {
                return header.Value;
            }
        }

        return null;
    }

    private static bool IsFraming(HttpHeader header)
        => header.Is("Content-Length") || header.Is("Content-Encoding") || header.Is("Transfer-Encoding");
}
