namespace HeyGen.Ci.Core.Model;

/// <summary>One header as recorded, name spelled as the producer wrote it.</summary>
/// <param name="Name">The header name; compare it case-insensitively.</param>
/// <param name="Value">The header value.</param>
public sealed record HttpHeader(string Name, string Value)
{
    /// <summary>Whether this header has the given name, compared case-insensitively.</summary>
    public bool Is(string name) => string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this is an HTTP/2 or HTTP/3 pseudo-header (<c>:method</c>, <c>:path</c>, …).</summary>
    public bool IsPseudo => Name.StartsWith(':');
}
