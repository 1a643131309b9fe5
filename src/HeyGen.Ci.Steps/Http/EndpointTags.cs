namespace HeyGen.Ci.Steps.Http;

/// <summary>
/// The endpoints a scenario declares in its <c>@endpoint:METHOD:TEMPLATE</c> tags, and the naming of an exchange
/// by them: a path parameter is named after the value it holds (<c>${searchId2}</c>, a value captured from
/// search results), while the tag names the route (<c>{productId}</c>), so every call of one route is one
/// endpoint, whichever response its id came from.
/// </summary>
internal static class EndpointTags
{
    private const string Prefix = "endpoint:";

    /// <summary>The declared endpoints, as <c>GET /products/{productId}</c>.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string>? tags)
        => [.. (tags ?? [])
            .Select(t => t.TrimStart('@'))
            .Where(t => t.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(t => t[Prefix.Length..])
            .Select(t => t.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
                ? t[..colon] + " " + t[(colon + 1)..]
                : t)];

    /// <summary>
    /// The declared endpoint with the same method whose template has the same segments, literal where
    /// <paramref name="endpoint"/> is literal and a parameter where it has one; <paramref name="endpoint"/> itself
    /// when none does.
    /// </summary>
    public static string Resolve(string endpoint, IReadOnlyList<string> declared)
    {
        foreach (var candidate in declared)
        {
            if (Matches(endpoint, candidate))
            {
                return candidate;
            }
        }

        return endpoint;
    }

    private static bool Matches(string endpoint, string declared)
    {
        var (method, path) = Split(endpoint);
        var (declaredMethod, declaredPath) = Split(declared);
        if (!string.Equals(method, declaredMethod, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var segments = path.Split('/');
        var declaredSegments = declaredPath.Split('/');

        return segments.Length == declaredSegments.Length
            && segments.Zip(declaredSegments).All(p => IsParameter(p.First) == IsParameter(p.Second)
                && (IsParameter(p.First) || string.Equals(p.First, p.Second, StringComparison.Ordinal)));
    }

    private static (string Method, string Path) Split(string endpoint)
    {
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);

        return space < 0 ? (string.Empty, endpoint) : (endpoint[..space], endpoint[(space + 1)..]);
    }

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');
}
