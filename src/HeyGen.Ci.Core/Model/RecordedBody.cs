namespace HeyGen.Ci.Core.Model;

/// <summary>A request or response body as the recording holds it, decoded to the bytes the application saw.</summary>
public sealed record RecordedBody
{
    /// <summary>The body bytes (after any transfer or content decoding the producer applied).</summary>
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>The media type, such as <c>application/json; charset=utf-8</c>, when known.</summary>
    public string? MediaType { get; init; }

    /// <summary>
    /// True when the recording evidently lost bytes (binary stored as text with U+FFFD, a truncated capture):
    /// such a body is never replayed or compared as if it were exact.
    /// </summary>
    public bool IsLossy { get; init; }

    /// <summary>
    /// The size the producer declared (HAR <c>bodySize</c>/<c>content.size</c>), when it declared one.
    /// </summary>
    public long? DeclaredSize { get; init; }

    /// <summary>An empty body.</summary>
    public static RecordedBody Empty { get; } = new() { Content = ReadOnlyMemory<byte>.Empty };

    /// <summary>Whether the media type is JSON (<c>application/json</c> or any <c>+json</c> type).</summary>
    public bool IsJson => MediaType is { } type && MediaTypes.IsJson(type);
}
