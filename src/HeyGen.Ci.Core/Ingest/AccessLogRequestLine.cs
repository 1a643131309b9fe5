namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Splits a logged request line into method, target and version. The target may hold spaces (nginx logs
/// what the client sent), so the method is the first word and the version the last.
/// </summary>
internal static class AccessLogRequestLine
{
    public static (string Method, Uri Url, string? Version)? Parse(string line, Uri baseAddress, out string reason)
    {
        if (line.Length == 0)
        {
            reason = "the request is empty (the client connected and sent nothing)";
            return null;
        }

        if (line.Any(c => char.IsControl(c) || c == '\uFFFD'))
        {
            reason = "the request holds binary bytes, not HTTP (often a TLS handshake sent to a plain-HTTP port)";
            return null;
        }

        var first = line.IndexOf(' ', StringComparison.Ordinal);
        var last = line.LastIndexOf(' ');
        if (first < 0)
        {
            reason = $"the request '{line}' has no target (a scanner probe or a broken client)";
            return null;
        }

        var method = line[..first];
        var hasVersion = last > first && line[(last + 1)..].StartsWith("HTTP/", StringComparison.Ordinal);
        var target = hasVersion ? line[(first + 1)..last] : line[(first + 1)..];
        var version = hasVersion ? HttpVersions.Normalise(line[(last + 1)..]) : null;
        return Check(method, target, baseAddress, out reason) is { } url ? (method, url, version) : null;
    }

    private static Uri? Check(string method, string target, Uri baseAddress, out string reason)
    {
        reason = string.Empty;
        if (!method.All(char.IsAsciiLetterUpper))
        {
            reason = $"'{method}' is not an HTTP method";
            return null;
        }

        if (method == "CONNECT")
        {
            reason = "it is a CONNECT proxy request, not a request to the application";
            return null;
        }

        if (Uri.TryCreate(target, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            target = absolute.PathAndQuery;
        }

        if (!target.StartsWith('/'))
        {
            reason = $"the target '{target}' is not a path";
            return null;
        }

        if (!Uri.TryCreate(baseAddress, target, out var url))
        {
            reason = $"the target '{target}' is not a valid path";
            return null;
        }

        return url;
    }
}
