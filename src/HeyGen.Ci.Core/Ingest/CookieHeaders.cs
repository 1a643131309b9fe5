using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Cookies from headers, for producers that leave the HAR <c>cookies</c> lists empty: <c>Set-Cookie</c> (one
/// cookie per header, or per line where a producer joined several with newlines) and <c>Cookie</c>.
/// </summary>
internal static class CookieHeaders
{
    public static IReadOnlyList<HttpCookie> FromSetCookie(IReadOnlyList<HttpHeader> headers)
    {
        List<HttpCookie>? cookies = null;
        foreach (var header in headers)
        {
            if (!header.Is("Set-Cookie"))
            {
                continue;
            }

            foreach (var line in header.Value.Split('\n'))
            {
                var pair = line.AsSpan();
                var semicolon = pair.IndexOf(';');
                AddPair(semicolon < 0 ? pair : pair[..semicolon], ref cookies);
            }
        }

        return cookies ?? (IReadOnlyList<HttpCookie>)[];
    }

    public static IReadOnlyList<HttpCookie> FromCookie(IReadOnlyList<HttpHeader> headers)
    {
        List<HttpCookie>? cookies = null;
        foreach (var header in headers)
        {
            if (!header.Is("Cookie"))
            {
                continue;
            }

            foreach (var pair in header.Value.Split(';'))
            {
                AddPair(pair, ref cookies);
            }
        }

        return cookies ?? (IReadOnlyList<HttpCookie>)[];
    }

    private static void AddPair(ReadOnlySpan<char> pair, ref List<HttpCookie>? cookies)
    {
        var equals = pair.IndexOf('=');
        if (equals <= 0)
        {
            return;
        }

        var name = pair[..equals].Trim();
        if (name.IsEmpty)
        {
            return;
        }

        cookies ??= [];
        cookies.Add(new HttpCookie(name.ToString(), pair[(equals + 1)..].Trim().ToString()));
    }
}
