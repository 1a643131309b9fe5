using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Makes a recorded URL absolute. A relative URL (some HTTP/2 captures record only <c>:path</c>) takes its
/// scheme and authority from <c>:scheme</c>/<c>:authority</c> or <c>Host</c>.
/// </summary>
internal static class HarUrl
{
    public static Uri? Resolve(string? recorded, IReadOnlyList<HttpHeader> headers, out HarUrlProblem problem)
    {
        problem = HarUrlProblem.Invalid;
        var text = recorded?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            text = WireHeaders.Find(headers, ":path");
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }
        }

        // On Unix "/path" parses as an absolute file URI, so relative paths are recognised first.
        if (text.StartsWith('/'))
        {
            return Relative(text, headers, ref problem);
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            return null;
        }

        if (url.Scheme is not ("http" or "https" or "ws" or "wss"))
        {
            problem = HarUrlProblem.NotHttp;
            return null;
        }

        problem = HarUrlProblem.None;
        return url;
    }

    private static Uri? Relative(string path, IReadOnlyList<HttpHeader> headers, ref HarUrlProblem problem)
    {
        var authority = WireHeaders.Find(headers, ":authority") ?? WireHeaders.Find(headers, "Host");
        if (string.IsNullOrWhiteSpace(authority))
        {
            return null;
        }

        var scheme = WireHeaders.Find(headers, ":scheme") ?? "https";
        if (!Uri.TryCreate($"{scheme}://{authority.Trim()}{path}", UriKind.Absolute, out var url))
        {
            return null;
        }

        problem = HarUrlProblem.None;
        return url;
    }
}
