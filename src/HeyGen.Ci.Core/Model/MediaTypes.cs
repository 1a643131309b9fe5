namespace HeyGen.Ci.Core.Model;

/// <summary>Small, allocation-free tests on media type strings.</summary>
public static class MediaTypes
{
    /// <summary>
    /// Whether <paramref name="mediaType"/> is JSON: <c>application/json</c> or a <c>+json</c> suffix.
    /// </summary>
    public static bool IsJson(string mediaType)
    {
        var bare = Essence(mediaType);

        return bare.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || bare.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The type and subtype without parameters: <c>text/html; charset=utf-8</c> gives <c>text/html</c>.
    /// </summary>
    public static ReadOnlySpan<char> Essence(string mediaType)
    {
        var span = mediaType.AsSpan();
        var semicolon = span.IndexOf(';');

        return (semicolon < 0 ? span : span[..semicolon]).Trim();
    }
}
