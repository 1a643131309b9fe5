namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Puts the HTTP versions producers write (<c>http/2.0</c>, <c>HTTP/2</c>, <c>h2</c>, <c>HTTP/3</c>) in one
/// spelling, and reads the garbage some write (<c>unknown</c>, <c>me:</c>, empty) as unknown.
/// </summary>
internal static class HttpVersions
{
    public static string? Normalise(string? recorded)
    {
        var text = recorded.AsSpan().Trim();
        if (text.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase))
        {
            text = text[5..];
        }

        return text switch
        {
            "1.1" => "HTTP/1.1",
            "1.0" => "HTTP/1.0",
            "0.9" => "HTTP/0.9",
            "2" or "2.0" or "h2" or "H2" or "h2c" => "HTTP/2",
            "3" or "3.0" or "h3" or "H3" => "HTTP/3",
            _ => null,
        };
    }
}
